/**
 * What the browser tests of the documentation site share: the built site (docs-site/) served from a local server
 * that records every path asked for, a headless Chromium whose pages log their errors, and axe-core's WCAG 2.1
 * A/AA checks. Needs `npm run docs:site` first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/browser.js';
import { root } from './built.js';

/** The built documentation site. */
export const SITE = join(root, 'docs-site');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json' };
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** The served site and the browser. */
export interface SiteHarness {
  /** `http://127.0.0.1:PORT`. */
  readonly base: string;
  readonly browser: Browser;
  /** Every path the server was asked for, in order. */
  readonly requests: string[];
  /** Errors the pages logged or threw, and answers of 400 or more. */
  readonly problems: string[];
  /** A new page at a path of the site (e.g. `/media/checker.html?lang=en`). */
  open(path: string): Promise<Page>;
  /** axe-core's WCAG 2.1 A/AA violations on a page, one line each. */
  axe(page: Page): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * Serves docs-site/ (a folder's `index.html` for the folder; no favicon, which the site does not have) and starts
 * Chromium.
 *
 * @param tools - the tool pages that must have been built (`docs-site/media/<tool>.html`)
 * @returns the harness
 * @throws when a tool page is not built
 */
export async function startSite(tools: readonly string[]): Promise<SiteHarness> {
  if (!existsSync(join(SITE, 'index.html'))) throw new Error('docs-site/ is missing: run `npm run docs:site` first');
  for (const tool of tools) {
    if (!existsSync(join(SITE, 'media', `${tool}.html`))) throw new Error(`docs-site/media/${tool}.html is missing: run \`npm run docs:site\` first`);
  }
  const requests: string[] = [];
  const problems: string[] = [];
  const server = createServer((request, response) => {
    if (request.url === '/favicon.ico') return void response.writeHead(204).end();
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    requests.push(path);
    const file = join(SITE, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(SITE) || !existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8` }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchBrowser();
  return {
    base,
    browser,
    requests,
    problems,
    async open(path) {
      const page = await browser.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`${path}: console.error ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
      page.on('response', (r) => {
        if (r.status() >= 400) problems.push(`${path}: HTTP ${r.status()} ${r.url()}`);
      });
      await page.goto(`${base}${path}`);
      return page;
    },
    async axe(page) {
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const run = (globalThis as unknown as { axe: { run: (o: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe.run;
        return (await run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations;
      });
      return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
