/**
 * The documentation site (`npm run docs` → docs-site/) served over HTTP and opened in headless Chromium: the home
 * page loads without errors, the search finds an export, and a rule page and the generated rules catalogue render.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiIndex } from '../../scripts/api-index.js';
import { root } from './built.js';
import { SITE, startSite, type SiteHarness } from './site-harness.js';

describe('the documentation site in headless Chromium', () => {
  let site: SiteHarness | undefined;

  beforeAll(async () => {
    site = await startSite([]);
  });

  afterAll(async () => {
    await site?.close();
  });

  function open(path: string): Promise<Page> {
    return (site as SiteHarness).open(`/${path}`);
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

  it('gives the search page every export of the package, each with the typedoc page that exists for it', () => {
    const index = apiIndex();
    // As many as the API report counts (`N exports.` under each entry's heading).
    const counted = readdirSync(join(root, 'api')).reduce((n, f) => n + Number(/^(\d+) exports\.$/m.exec(readFileSync(join(root, 'api', f), 'utf8'))?.[1]), 0);
    expect(index.length).toBe(counted);
    expect(index.filter((e) => !existsSync(join(SITE, e.page))).map((e) => e.page)).toEqual([]);
    expect(index).toContainEqual({ name: 'communityWorkFunds', kind: 'function', entry: 'community-standards/calculators', page: 'functions/calculators.communityWorkFunds.html' });
  });

  it('logs no errors and fetches nothing that is missing', () => {
    expect(site?.problems).toEqual([]);
  });
});
