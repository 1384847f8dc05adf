/**
 * The built ESM output in a browser: a page script that imports the built main and datasets entries is bundled
 * with esbuild for the browser platform (a Node built-in anywhere in the graph would fail right there), served from
 * 127.0.0.1 by node:http, and loaded in headless Chromium (found by scripts/browser.ts, driven by playwright-core). In the
 * page it validates records and runs `check` on the four reference communities; the test then compares with what
 * it knows by hand and with the same calls in Node, renders the report (community-standards/report) as text and as
 * a page — the same strings as in Node — and shows that page in Chromium, and requires a clean console. Needs `npm run build` and
 * a Chromium (`npm install` brings one): without them it fails, it does not skip.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/browser.js';
import { referenceCommunities } from '../../src/datasets/index.js';
import { check } from '../../src/index.js';
import { renderHtml, renderText } from '../../src/report/index.js';
import { bundle, esmFile } from './built.js';


/** The page's program: everything it computes goes to `globalThis.__results` (or the error to `__error`). */
function pageScript(): string {
  return `
import { check, validateRecord } from './${esmFile('.')}';
import { referenceCommunities } from './${esmFile('./datasets')}';
import { renderHtml, renderText, toReportJSON, parseReportJSON } from './${esmFile('./report')}';
try {
  const datan = {
    id: 'qiandeng-datan', name: '千灯大潭村', kind: 'rural', model: 'pure-rural',
    households: { registered: 481 }, population: { registered: 1603 },
  };
  const good = validateRecord('community', datan);
  const bad = validateRecord('community', { id: 'x', kind: 'village', households: { registered: -1 }, population: {} }, { locale: 'en' });
  const data = referenceCommunities();
  const report = check(data, { asOf: '2013-06-30' });
  const english = check(data, { asOf: '2013-06-30', locale: 'en' });
  const page = renderHtml(english);
  const text = renderText(english);
  const parsed = parseReportJSON(JSON.stringify(toReportJSON(english))).ok;
  globalThis.__results = JSON.parse(JSON.stringify({ good, bad, report, english, page, text, parsed, userAgent: navigator.userAgent }));
  document.body.textContent = report.summary.total.pass + ' / ' + report.findings.length;
} catch (error) {
  globalThis.__error = String(error && error.stack || error);
}
`;
}

const HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>community-standards</title></head>
<body><script type="module" src="/app.js"></script></body></html>`;

interface Results {
  readonly good: { ok: boolean; value?: { name: string } };
  readonly bad: { ok: boolean; issues: { code: string; path: (string | number)[]; message: string }[] };
  readonly report: ReturnType<typeof check>;
  readonly english: ReturnType<typeof check>;
  readonly page: string;
  readonly text: string;
  readonly parsed: boolean;
  readonly userAgent: string;
}

describe('the built ESM bundle in headless Chromium', () => {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let results: Results;
  const problems: string[] = [];

  beforeAll(async () => {
    const app = (await bundle(pageScript(), { platform: 'browser', minify: false })).code;
    server = createServer((request, response) => {
      if (request.url === '/' || request.url === '/index.html') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HTML);
      } else if (request.url === '/app.js') {
        response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(app);
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;

    browser = await launchBrowser();
    const page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction('globalThis.__results !== undefined || globalThis.__error !== undefined', undefined, { timeout: 60_000 });
    const error = (await page.evaluate('globalThis.__error')) as string | undefined;
    if (error !== undefined) throw new Error(`the page failed: ${error}`);
    results = (await page.evaluate('globalThis.__results')) as Results;
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server === undefined ? resolve() : server.close(() => resolve())));
  });

  it('runs in Chromium', () => {
    expect(results.userAgent).toMatch(/Chrome\/\d+/);
  });

  it('validates a good record and reports the problems of a broken one', () => {
    expect(results.good.ok).toBe(true);
    expect(results.good.value?.name).toBe('千灯大潭村');
    expect(results.bad.ok).toBe(false);
    // By hand: no name, no model, kind 'village', households −1.
    expect(results.bad.issues.map((i) => `${i.code} ${i.path.join('.')}`).sort()).toEqual([
      'invalid_value kind',
      'required model',
      'required name',
      'too_small households.registered',
    ]);
    expect(results.bad.issues.map((i) => i.message)).toContain('households.registered: too small — must be >= 0, received -1');
  });

  it('checks the four reference communities', () => {
    const { report } = results;
    expect(report.issues).toEqual([]);
    const communities = Object.keys(report.summary.bySubject).filter((k) => k.startsWith('community:')).sort();
    expect(communities).toEqual([
      'community:qiandeng-datan',
      'community:qiandeng-yanwu',
      'community:yushan-jinghe',
      'community:yushan-lishe',
    ]);
    // Report, paragraph 3: all four have a one-stop hall. Only three of 泾河村's items are named (paragraph 2,
    // "水电服务、城管服务、计划生育服务等": a partial list), so whether it reaches 20 cannot be told: not applicable,
    // like the three communities whose items are not reported at all (unknown is neither zero nor a failure).
    expect(report.summary.byRule['hall.one-stop']).toEqual({ pass: 4, fail: 0, notApplicable: 0 });
    expect(report.summary.byRule['hall.min-items']).toEqual({ pass: 0, fail: 0, notApplicable: 4 });
    const jinghe = report.findings.find((f) => f.rule === 'hall.min-items' && f.subject.id === 'yushan-jinghe');
    expect(jinghe?.message).toBe('服务项目清单不完整(只列出 3 项),无法判断是否达到 20 项');
    const english = results.english.findings.find((f) => f.rule === 'hall.min-items' && f.subject.id === 'yushan-jinghe');
    expect(english?.message).toBe('the service item list is partial (3 listed), so whether there are 20 cannot be told');
  });

  it('gives the same reports in the browser as in Node', () => {
    const asOf = '2013-06-30';
    const node = JSON.parse(JSON.stringify(check(referenceCommunities(), { asOf }))) as unknown;
    const nodeEnglish = JSON.parse(JSON.stringify(check(referenceCommunities(), { asOf, locale: 'en' }))) as unknown;
    expect(results.report).toEqual(node);
    expect(results.english).toEqual(nodeEnglish);
  });

  it('renders the report in the browser as in Node, and the page shows in Chromium with nothing fetched', async () => {
    const english = check(referenceCommunities(), { asOf: '2013-06-30', locale: 'en' });
    expect(results.page).toBe(renderHtml(english));
    expect(results.text).toBe(renderText(english));
    expect(results.parsed).toBe(true);
    const page = await browser!.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.setContent(results.page);
    // One bar per rule run and one chart of the severities, all inline SVG.
    expect(await page.locator('svg.chart-rule').count()).toBe(english.rules.length);
    expect(await page.locator('svg.chart-severity').count()).toBe(1);
    expect(await page.locator('h1').textContent()).toBe('Community public-service standards: check report');
    expect(requests).toEqual([]);
    await page.close();
  });

  it('leaves the console clean: no errors, warnings, failed requests or uncaught exceptions', () => {
    expect(problems).toEqual([]);
  });
});
