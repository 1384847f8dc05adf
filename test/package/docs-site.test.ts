/**
 * The documentation site (`npm run docs` → docs-site/) served over HTTP and opened in headless Chromium: the home
 * page loads without errors, the search finds an export, and a rule page and the generated rules catalogue render.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/browser.js';
import { root } from './built.js';

const SITE = join(root, 'docs-site');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json' };

describe('the documentation site in headless Chromium', () => {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let base = '';
  const problems: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(SITE, 'index.html'))) throw new Error('docs-site/ is missing: run `npm run docs` first');
    server = createServer((request, response) => {
      // Browsers ask for a favicon the site does not have.
      if (request.url === '/favicon.ico') return void response.writeHead(204).end();
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      const file = join(SITE, path.endsWith('/') ? `${path}index.html` : path);
      if (!file.startsWith(SITE) || !existsSync(file)) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8` }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server === undefined ? resolve() : server.close(() => resolve())));
  });

  async function open(path: string): Promise<Page> {
    const page = await (browser as Browser).newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${path}: console.error ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${path}: HTTP ${r.status()} ${r.url()}`);
    });
    await page.goto(`${base}/${path}`);
    return page;
  }

  it('opens the home page, and its search finds communityWorkFunds', async () => {
    const page = await open('index.html');
    expect(await page.title()).toContain('community-standards');
    await page.click('#tsd-search-trigger');
    await page.fill('#tsd-search-input', 'communityWorkFunds');
    const first = page.locator('#tsd-search-results li a').first();
    await first.waitFor({ timeout: 20_000 });
    expect(await first.getAttribute('href')).toContain('functions/calculators.communityWorkFunds.html');
    await page.close();
  });

  it('renders a rule’s page with the Chinese sentence it encodes', async () => {
    const page = await open('variables/rules.hallMinItems.html');
    const text = await page.locator('body').innerText();
    expect(text).toContain('hall.min-items');
    expect(text).toContain('85%的社区服务项目达20个以上');
    await page.close();
  });

  it('renders the generated rules catalogue', async () => {
    const page = await open('documents/rules.html');
    const text = await page.locator('body').innerText();
    expect(text).toContain('signage.four-plaques');
    expect(text).toContain('社区只悬挂社区党组织、社区居委会、社区服务中心、综合治理办公室四块牌子及“江苏社区”标志');
    await page.close();
  });

  it('gives a rule its own page: sentence, parameter linked to its page, worked examples', async () => {
    const page = await open('documents/rules.hall.min-items.html');
    const text = await page.locator('body').innerText();
    expect(text).toContain('85%的社区服务项目达20个以上');
    expect(text).toContain('hall.min-items/fail-19');
    await page.getByRole('link', { name: 'hall.minServiceItems' }).first().click();
    await page.waitForURL(/parameters\.hall\.minServiceItems\.html$/);
    expect(await page.locator('body').innerText()).toContain('社区服务项目数下限');
    await page.close();
  });

  it('shows the 2012 switch of the community work funds on the parameter’s timeline', async () => {
    const page = await open('documents/parameters.funding.communityWork.html');
    const text = await page.locator('body').innerText();
    expect(text).toMatch(/2005-01-01 .*8,000 元 · registered-households/);
    expect(text).toMatch(/2012-01-01 .*15,000 元 · resident-households/);
    await page.close();
  });

  it('lists on the Kunshan profile page what changed on 2012-01-01', async () => {
    const page = await open('documents/Profiles_and_parameters.Profile_kunshan.html');
    const text = await page.locator('body').innerText();
    const section = text.slice(text.indexOf('2012-01-01'));
    expect(section).toMatch(/funding\.communityWork\s+changed\s+8,000 元 · registered-households \(kunshan\)\s+15,000 元 · resident-households \(kunshan\)/);
    await page.close();
  });

  it('logs no errors and fetches nothing that is missing', () => {
    expect(problems).toEqual([]);
  });
});
