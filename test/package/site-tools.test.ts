/**
 * The documentation site's tools (site/*.html, built into the site by `npm run docs:site`), opened in headless
 * Chromium from the built site: they compute with the library itself, switch language, and pass an accessibility
 * check (axe-core, WCAG 2 A/AA rules) in both languages.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from './built.js';
import { SITE, startSite, type SiteHarness } from './site-harness.js';

describe('the tools of the documentation site, in headless Chromium', () => {
  let site: SiteHarness | undefined;
  let requests: string[] = [];
  let problems: string[] = [];

  beforeAll(async () => {
    site = await startSite(['calculators', 'profiles', 'search']);
    ({ requests, problems } = site);
  });

  afterAll(async () => {
    await site?.close();
  });

  async function open(query = '', tool = 'calculators'): Promise<Page> {
    return (site as SiteHarness).open(`/media/${tool}.html${query}`);
  }

  async function axe(page: Page): Promise<string[]> {
    return (site as SiteHarness).axe(page);
  }

  it('gives 1,125,000 yuan for 7,500 resident households on 2013-06-30 (15,000 per 100, report ¶7), with the worked note', async () => {
    const page = await open();
    await page.getByLabel('常住户数').fill('7500');
    await page.getByLabel('日期').first().fill('2013-06-30');
    await page.locator('#funds button').click();
    // 7,500 / 100 × 15,000 = 1,125,000 yuan.
    await expect.poll(() => page.locator('#funds-result').innerText()).toContain('1,125,000元');
    expect(await page.locator('#funds-note').innerText()).toContain('funding.communityWork');
    // Before 2012: 8,000 per 100 registered households; 6,000 registered → 480,000 yuan.
    await page.getByLabel('户籍户数').fill('6000');
    await page.getByLabel('日期').first().fill('2011-06-30');
    await page.locator('#funds-date').press('Enter');
    await expect.poll(() => page.locator('#funds-result').innerText()).toContain('480,000元');
    await page.close();
  });

  it('allocates the bidding pilot’s 300万元 (2013, report ¶7) to the sample projects by score: A 200万, C 100万, B does not fit', async () => {
    const page = await open();
    await page.locator('#welfare-programme').selectOption('bidding-pilot');
    await page.locator('#welfare button').click();
    await expect.poll(() => page.locator('#welfare-result').innerText()).toContain('共资助 3,000,000元,余额 0元');
    const rows = await page.locator('#welfare-table tbody tr').allInnerTexts();
    expect(rows.map((r) => r.split('\t').slice(1, 2).concat(r.split('\t').slice(5, 6)))).toEqual([
      ['a', '2,000,000元'],
      ['b', '0元'],
      ['c', '1,000,000元'],
    ]);
    await page.close();
  });

  it('shows what it cannot read on the page, escaped, instead of failing', async () => {
    const page = await open();
    await page.locator('#welfare-projects').fill('x, <img src=x onerror=alert(1)>, high, lots');
    await page.locator('#welfare button').click();
    await expect.poll(() => page.locator('#welfare-table tbody tr').count()).toBe(1);
    expect(await page.locator('#welfare-table img').count()).toBe(0);
    expect(await page.locator('#welfare-table tbody').innerText()).toContain('<img src=x onerror=alert(1)>');
    await page.locator('#welfare-budget').fill('not money');
    await page.locator('#welfare button').click();
    await expect.poll(() => page.locator('#welfare-result').innerText()).toBe('预算无法识别');
    await page.close();
  });

  it('switches to English with the keyboard, and passes axe’s WCAG 2.1 A/AA checks in both languages', async () => {
    const page = await open();
    expect(await axe(page)).toEqual([]);
    await page.locator('#lang').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Calculators');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.locator('#funds-result').innerText()).toContain('1,125,000');
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('compares parameters: what changed in Kunshan on 2012-01-01, linked to the parameters’ pages; accessible', async () => {
    const page = await open('', 'profiles');
    await expect.poll(() => page.locator('#dates-table tbody tr').count()).toBe(2);
    const rows = await page.locator('#dates-table tbody tr').allInnerTexts();
    // Report ¶7: 8,000 yuan per 100 registered households, then from 2012 15,000 per 100 resident households; and
    // "2012年起,每年投入500万元开展公益创投活动".
    expect(rows[0]).toMatch(/^funding\.communityWork\t改变\t.*8,000.*户籍.*\t.*15,000.*常住/);
    expect(rows[1]).toMatch(/^funding\.welfareVenture\t新增\t—\t5,000,000 ?元.*报告 ¶7/);
    expect(await page.locator('#profiles-result').innerText()).toMatch(/^\d+ 个参数不同。$/);
    expect(await axe(page)).toEqual([]);
    await page.locator('#dates-table a', { hasText: 'funding.communityWork' }).click();
    await page.waitForURL(/documents\/parameters\.funding\.communityWork\.html$/);
    expect(await page.locator('body').innerText()).toContain('15,000 元 · resident-households');
    await page.close();
  });

  it('compares a profile file of the reader’s own with the profile it builds on', async () => {
    const page = await open('?lang=en', 'profiles');
    await page.getByLabel('Add a profile file of your own').setInputFiles(join(root, 'test/fixtures/profile-more-items.json'));
    await expect.poll(() => page.locator('#own-result').innerText()).toBe('Profile example-city added (it builds on kunshan); below, what differs between them at the date chosen.');
    // The file sets hall.minServiceItems to 25 from 2013-01-01, as an assumption; Kunshan's 20 is the report's (¶3).
    await expect.poll(() => page.locator('#profiles-result').innerText()).toBe('1 parameter differ.');
    const row = (await page.locator('#profiles-table tbody tr').allInnerTexts())[0]?.split('\t');
    expect(row?.slice(0, 2)).toEqual(['hall.minServiceItems', 'changed']);
    expect(row?.[2]).toMatch(/^20\b.*\(kunshan; report ¶3\)$/);
    expect(row?.[3]).toMatch(/^25\b.*\(example-city; assumption\)$/);
    // A file the command line refuses is refused here with the same words.
    await page.getByLabel('Add a profile file of your own').setInputFiles(join(root, 'test/fixtures/profile-bad.json'));
    await expect.poll(() => page.locator('#own-result').innerText()).toContain('the profile file profile-bad.json is invalid');
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('searches rules and parameters in Chinese by substring, full-width digits too, and links every result to a page that exists', async () => {
    const page = await open('?q=四块牌子', 'search');
    const first = page.locator('#results li a').first();
    await expect.poll(() => first.innerText()).toBe('signage.four-plaques — “四块牌子”');
    // “社区工作经费拨付标准从原来的每百户户籍人口8000元”, typed with full-width digits.
    await page.locator('#query').fill('户籍人口８０００元');
    await expect.poll(() => page.locator('#results li a').allInnerTexts()).toEqual(['funding.communityWork — 社区工作经费拨付标准', 'funding.communityWorkRounding — 社区工作经费舍入方式']);
    await page.locator('#query').fill('');
    const links = page.locator('#results li a');
    const hrefs = await Promise.all(Array.from({ length: await links.count() }, (_, i) => links.nth(i).getAttribute('href').then((h) => h ?? '')));
    expect(hrefs.length).toBeGreaterThan(60);
    for (const href of hrefs) expect(existsSync(join(SITE, 'media', href)), href).toBe(true);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('finds the API by name, each export linked to its typedoc page', async () => {
    const page = await open('?lang=en&q=communityWorkFunds', 'search');
    const first = page.locator('#results li a').first();
    await expect.poll(() => first.innerText()).toBe('communityWorkFunds — function from community-standards/calculators');
    expect(await first.getAttribute('href')).toBe('../functions/calculators.communityWorkFunds.html');
    await page.locator('#query').fill('readXlsx');
    await expect.poll(() => page.locator('#results li a').first().innerText()).toBe('readXlsx — function from community-standards/xlsx');
    await page.locator('#results li a').first().click();
    await page.waitForURL(/functions\/xlsx\.readXlsx\.html$/);
    expect(await page.locator('h1').first().innerText()).toContain('readXlsx');
    await page.close();
  });

  it('logs no errors and asks the server only for the pages (and the two pages links were followed to)', () => {
    expect(problems).toEqual([]);
    const followed = (r: string) => r.startsWith('/documents/') || r.startsWith('/functions/') || r.startsWith('/assets/');
    expect(requests.filter((r) => !followed(r))).toEqual(requests.filter((r) => r.startsWith('/media/')));
    expect(new Set(requests.filter((r) => r.startsWith('/media/')))).toEqual(new Set(['/media/calculators.html', '/media/profiles.html', '/media/search.html']));
  });
});
