import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../../scripts/browser.js';
import { cli, root } from '../helpers.js';


describe('check --output html, in headless Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cs-html-'));
  let browser: Browser;

  beforeAll(async () => {
    // No skipping: without a Chromium this fails, saying what to install (scripts/browser.ts).
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(file: string) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(file).href);
    return { page, errors, requests };
  }

  it('renders the Kunshan 2013 report: no console error, nothing fetched, a chart per rule, per severity and per figure', async () => {
    const file = join(dir, 'report.html');
    const { code, stdout } = await cli(['check', 'examples/data/kunshan-2013.ndjson', '--output', 'html', file], { cwd: root });
    expect(code).toBe(1);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(`→ ${file}`);
    const { page, errors, requests } = await open(file);
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(await page.locator('svg.chart-severity').count()).toBe(1);
    expect(await page.locator('svg.chart-rule').count()).toBe(25); // every rule of the registry: the 17 of v0.1, governance.property-triad, circle.15-minute, the three property.*, brand.in-catalogue, employment.zero-employment-cleared and service.needs-matched
    expect(await page.locator('svg.chart-figure').count()).toBe(29); // every statistic; 23 with a report figure
    expect(await page.locator('tr[data-statistic] td.mark.yes').count()).toBe(23);
    // 177 village centres computed and reported: two bars of the same length
    const widths = await page.locator('svg.chart-figure[data-id="centers.village"] rect').evaluateAll((rects) => rects.map((r) => r.getAttribute('width')));
    expect(widths).toHaveLength(2);
    expect(widths[0]).toBe(widths[1]);
    // hall.one-stop: 308 communities, all pass — one green segment the whole width
    const oneStop = page.locator('tr[data-rule="hall.one-stop"] svg.chart-rule rect');
    expect(await oneStop.count()).toBe(2); // background and the pass segment
    expect(await page.locator('h1').textContent()).toBe('社区公共服务标准检查报告');
    await page.close();
  });

  it('escapes record text: an id that looks like HTML shows as text and runs nothing', async () => {
    const data = join(dir, 'hostile.ndjson');
    const id = '<img src=x onerror="console.error(1)">';
    writeFileSync(
      data,
      [
        { $kind: 'meta', asOf: '2013-06-30' },
        { $kind: 'community', id, name: '<b>东湖</b>', kind: 'urban', model: 'other', households: {}, population: {} },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const file = join(dir, 'hostile.html');
    await cli(['check', data, '--output', 'html', file, '--locale', 'en']);
    const html = readFileSync(file, 'utf8');
    expect(html).not.toContain('<img');
    const { page, errors, requests } = await open(file);
    expect(errors).toEqual([]);
    expect(requests).toHaveLength(1);
    expect(await page.locator('table.failures').textContent()).toContain(id);
    await page.close();
  });
});
