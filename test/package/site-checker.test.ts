/**
 * The checker page of the documentation site (site/checker.html, built into docs-site/media/ by `npm run
 * docs:site`), in headless Chromium: on the Kunshan 2013 sample it shows the counts `community-standards check`
 * gives on the shipped file, its downloads are the command's own JSON, page and workbook, files chosen by the reader
 * are checked as the command checks them, a failure's explanation cites the report, and the page is accessible in
 * both languages — all without asking the server for anything but the page.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../src/index.js';
import { root } from './built.js';
import { SITE, startSite, type SiteHarness } from './site-harness.js';

const EXAMPLES = join(root, 'examples/data');
const FIXTURES = join(root, 'test/fixtures');
const bin = join(root, 'dist/bin.js');

/** `community-standards ARGS` run in `cwd`: its standard output. */
function cli(args: readonly string[], cwd: string): string {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`check exited ${String(run.status)}: ${run.stderr}`);
  return run.stdout;
}

interface ReportCounts {
  records: number;
  rules: number;
  pass: number;
  fail: number;
  notApplicable: number;
  error: number;
  warning: number;
  info: number;
  problems: number;
}

/** The counts of `check --output json`. */
function countsOf(json: string): ReportCounts {
  const doc = JSON.parse(json) as {
    input: { records: number; problems: { total: number } };
    report: { rules: unknown[]; summary: { total: { pass: number; fail: number; notApplicable: number }; bySeverity: { error: number; warning: number; info: number } } };
  };
  const { total, bySeverity } = doc.report.summary;
  return { records: doc.input.records, rules: doc.report.rules.length, ...total, ...bySeverity, problems: doc.input.problems.total };
}

/** The counts the page shows, as numbers. */
async function shownCounts(page: Page): Promise<ReportCounts> {
  await page.locator('[data-count="fail"]').waitFor({ timeout: 120_000 });
  const cells = await page.locator('[data-count]').evaluateAll((dds) => dds.map((dd) => [dd.getAttribute('data-count'), dd.textContent ?? '']));
  return Object.fromEntries(cells.map(([key, text]) => [key, Number(String(text).replace(/,/g, ''))])) as unknown as ReportCounts;
}

describe('the checker page of the documentation site, in headless Chromium', () => {
  let site: SiteHarness | undefined;
  let downloads = '';

  beforeAll(async () => {
    site = await startSite(['checker']);
    downloads = mkdtempSync(join(tmpdir(), 'cs-checker-'));
  });

  afterAll(async () => {
    await site?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  const open = (query = '') => (site as SiteHarness).open(`/media/checker.html${query}`);

  async function download(page: Page, button: string): Promise<Buffer> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`#download-${button}`).click()]);
    const path = join(downloads, `${button}-${file.suggestedFilename()}`);
    await file.saveAs(path);
    return readFileSync(path);
  }

  it('shows, on the Kunshan 2013 sample, the counts of `community-standards check` on examples/data/kunshan-2013.ndjson', async () => {
    const page = await open();
    // Every state of the status line and the progress bar while the page works.
    await page.evaluate(() => {
      const d = (globalThis as unknown as { document: { getElementById(id: string): { textContent: string | null; value?: number; hasAttribute(a: string): boolean } } }).document;
      const seen: string[] = [];
      (globalThis as unknown as { seen: string[] }).seen = seen;
      const status = d.getElementById('status');
      const bar = d.getElementById('progress');
      const Observer = (globalThis as unknown as { MutationObserver: new (f: () => void) => { observe(n: never, o: object): void } }).MutationObserver;
      new Observer(() => seen.push(`${bar.hasAttribute('value') ? String(bar.value) : 'busy'} ${status.textContent ?? ''}`)).observe(status as never, { childList: true, characterData: true, subtree: true });
    });
    await page.getByRole('button', { name: '使用昆山 2013 年示例数据' }).click();
    const shown = await shownCounts(page);
    const seen = await page.evaluate(() => (globalThis as unknown as { seen: string[] }).seen);
    // The bar moves as the 2.4 MB file is read (a share between 0 and 1), then shows work without a share while the
    // records are checked.
    const reading = seen.filter((s) => s.includes('正在读取 kunshan-2013.ndjson'));
    expect(reading.length).toBeGreaterThan(2);
    expect(reading.some((s) => Number(s.split(' ')[0]) > 0 && Number(s.split(' ')[0]) < 1)).toBe(true);
    expect(seen).toContain('busy 正在检查 11,220 条记录……');
    expect(shown).toEqual(countsOf(cli(['check', '--output', 'json', 'kunshan-2013.ndjson'], EXAMPLES)));
    // The same figures as the command's own table (its 合计 row: pass, fail, fail on figures, fail on readings, n/a).
    const total = /^合计\s+([\d,]+)\s+([\d,]+)\s+[\d,]+\s+[\d,]+\s+([\d,]+)\s*$/m.exec(cli(['check', 'kunshan-2013.ndjson'], EXAMPLES));
    expect(total?.slice(1).map((n) => Number(n.replace(/,/g, '')))).toEqual([shown.pass, shown.fail, shown.notApplicable]);
    expect(shown.records).toBe(11_220);
    // Checked in the worker: the page did not have to fall back to checking in itself.
    expect(await page.locator('#status').innerText()).toBe('已检查 11,220 条记录。');
    await page.close();
  });

  it('downloads the report as the command writes it: the same JSON, the same page, the same workbook sheets', async () => {
    const page = await open();
    await page.locator('#sample').click();
    await shownCounts(page);
    const json = await download(page, 'json');
    expect(JSON.parse(json.toString('utf8'))).toEqual(JSON.parse(cli(['check', '--output', 'json', 'kunshan-2013.ndjson'], EXAMPLES)));

    const html = await download(page, 'html');
    const xlsx = await download(page, 'xlsx');
    const fromCli = mkdtempSync(join(tmpdir(), 'cs-checker-cli-'));
    try {
      const sample = join(EXAMPLES, 'kunshan-2013.ndjson');
      cli(['check', sample, '--output', 'html', join(fromCli, 'report.html')], fromCli);
      cli(['check', sample, '--output', 'xlsx', join(fromCli, 'report.xlsx')], fromCli);
      // The command names the file as given; the page, by its name: the same otherwise.
      expect(html.toString('utf8')).toBe(readFileSync(join(fromCli, 'report.html'), 'utf8').replaceAll(sample, 'kunshan-2013.ndjson'));
      const sheets = (bytes: Uint8Array) => {
        const parts = unzipSync(bytes);
        const names = Object.keys(parts).filter((n) => /^xl\/(worksheets\/sheet\d+\.xml|sharedStrings\.xml|workbook\.xml)$/.test(n));
        return Object.fromEntries(names.map((n) => [n, Buffer.from(parts[n] as Uint8Array).toString('utf8').replaceAll(sample, 'kunshan-2013.ndjson')]));
      };
      const fromPage = sheets(new Uint8Array(xlsx));
      expect(Object.keys(fromPage).length).toBeGreaterThan(2);
      expect(fromPage).toEqual(sheets(new Uint8Array(readFileSync(join(fromCli, 'report.xlsx')))));
    } finally {
      rmSync(fromCli, { recursive: true, force: true });
    }
    await page.close();
  });

  it('explains a failure on request: its rule, the report’s sentence, the parameters', async () => {
    const page = await open('?lang=en');
    await page.locator('#sample').click();
    await shownCounts(page);
    const report = page.locator('#report');
    await report.locator('details:has(table.failures) > summary').click();
    const firstRow = report.locator('table.failures tbody tr').first();
    const ruleId = (await firstRow.locator('td.code').first().innerText()).trim();
    const rule = rules.find((r) => r.id === ruleId);
    expect(rule).toBeDefined();
    await firstRow.getByRole('button').press('Enter');
    const text = await page.locator('#explanation-text').innerText();
    expect(text).toContain(`Rule ${ruleId}`);
    expect(text).toContain(rule?.source.quote);
    expect(text).toMatch(/para\. \d+/);
    // The parameters the finding rests on (some of the rule's), each with its value and its source or assumption note.
    const named = [...text.matchAll(/Parameter (\S+) = .+/g)].map((found) => found[1]);
    expect(named.length).toBeGreaterThan(0);
    for (const id of named) expect(rule?.parameters).toContain(id);
    expect(text).toMatch(/\n\s+(Source|Assumption): /);
    // Focus moves to the explanation, so a keyboard reader lands on it.
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id)).toBe('explanation-heading');
    await page.close();
  });

  it('checks the files a reader chooses — a workbook, a CSV file of one kind — as the command checks them', async () => {
    const page = await open('?lang=en');
    await page.locator('#as-of').fill('2013-06-30');
    await page.locator('#files').setInputFiles(join(FIXTURES, 'communities.xlsx'));
    await expect.poll(() => page.locator('#chosen').innerText()).toContain('communities.xlsx');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    expect(await shownCounts(page)).toEqual(countsOf(cli(['check', '--output', 'json', '--as-of', '2013-06-30', 'communities.xlsx'], FIXTURES)));

    await page.locator('#files').setInputFiles(join(FIXTURES, 'good.csv'));
    await expect.poll(() => page.locator('#chosen').innerText()).toContain('good.csv');
    await page.getByLabel('Record kind of CSV rows').selectOption('community');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => page.locator('#status').innerText()).toBe('3 records checked.');
    expect(await shownCounts(page)).toEqual(countsOf(cli(['check', '--output', 'json', '--as-of', '2013-06-30', '--kind', 'community', 'good.csv'], FIXTURES)));
    await page.close();
  });

  it('checks with a profile file of the reader’s own, as `check --profile FILE` does', async () => {
    const page = await open('?lang=en');
    await page.getByLabel('Profile file of your own (optional)').setInputFiles(join(FIXTURES, 'profile-more-items.json'));
    await expect.poll(() => page.locator('#profile').inputValue()).toBe('file');
    expect(await page.locator('#profile option:checked').innerText()).toBe('File: profile-more-items.json');
    await page.locator('#sample').click();
    const shown = await shownCounts(page);
    const withFile = countsOf(cli(['check', '--output', 'json', '--profile', join(FIXTURES, 'profile-more-items.json'), 'kunshan-2013.ndjson'], EXAMPLES));
    expect(shown).toEqual(withFile);
    // At least 25 service items instead of 20: more centres fail hall.min-items than under the Kunshan profile.
    expect(shown.fail).toBeGreaterThan(countsOf(cli(['check', '--output', 'json', 'kunshan-2013.ndjson'], EXAMPLES)).fail);
    expect(await page.locator('#report').getByText('example-city').count()).toBeGreaterThan(0);

    await page.getByLabel('Profile file of your own (optional)').setInputFiles(join(FIXTURES, 'profile-bad.json'));
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => page.locator('#status').innerText()).toContain('the profile file profile-bad.json is invalid');
    expect(await page.locator('#status').innerText()).toContain('hall.minItemz');
    await page.close();
  });

  it('renders what the data and file names say as text, never as markup, and says what it could not read', async () => {
    const page = await open('?lang=en');
    await page.locator('#as-of').fill('2013-06-30');
    const markup = '<img src=x onerror="document.title=1">';
    // The markup as an id (repeated, so the report names it in its problems) and as the file's name.
    const csv = `$kind,id,name,kind,model\ncommunity,"${markup.replace(/"/g, '""')}",a,urban,other\ncommunity,"${markup.replace(/"/g, '""')}",b,urban,other\n`;
    const name = `${markup}.csv`;
    await page.locator('#files').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => page.locator('#chosen').innerText()).toBe(`Chosen: ${name}`);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await shownCounts(page);
    const problems = await page.locator('#report table.problems').innerText();
    expect(problems).toContain(markup);
    expect(problems).toContain(name);
    expect(await page.locator('#report img').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.title()).not.toBe('1');

    await page.locator('#files').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"communities": [') });
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => page.locator('#status').innerText()).toContain('could not be read');
    expect(await page.locator('#report table.problems').innerText()).toContain('broken.json');

    // What cannot be checked at all leaves no stale report to read or download.
    await page.locator('#files').setInputFiles({ name: 'data.txt', mimeType: 'text/plain', buffer: Buffer.from('{}') });
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => page.locator('#status').innerText()).toContain('Cannot tell the format of data.txt');
    expect(await page.locator('#result').isHidden()).toBe(true);
    await page.locator('#files').setInputFiles({ name: 'ok.ndjson', mimeType: 'application/x-ndjson', buffer: Buffer.from('{"$kind":"meta","asOf":"2013-06-30"}\n') });
    // A date field takes years up to 275760; the library, 0001–9999.
    await page.locator('#as-of').evaluate((field) => {
      (field as unknown as { value: string }).value = '275760-09-13';
    });
    expect(await page.locator('#as-of').inputValue()).toBe('275760-09-13');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => page.locator('#status').innerText()).toContain('The date 275760-09-13 is not valid');
    await page.close();
  });

  it('checks what was chosen last when the choice or the language changes during a check', async () => {
    const page = await open();
    await page.locator('#as-of').fill('2013-06-30');
    await page.locator('#sample').click();
    // While the sample is being checked: another file, then English.
    await page.locator('#files').setInputFiles(join(FIXTURES, 'good.ndjson'));
    await page.locator('#checker').evaluate((form) => (form as unknown as { requestSubmit(): void }).requestSubmit());
    await page.locator('#lang').selectOption('en');
    await expect.poll(() => page.locator('#status').innerText(), { timeout: 120_000 }).toMatch(/^\d+ records checked\.$/);
    expect(await shownCounts(page)).toEqual(countsOf(cli(['check', '--output', 'json', '--as-of', '2013-06-30', 'good.ndjson'], FIXTURES)));
    expect(await page.locator('#chosen').innerText()).toBe('Chosen: good.ndjson');
    expect(await page.locator('#download-sample').isHidden()).toBe(true);
    expect(await page.locator('#report h1').innerText()).not.toMatch(/[\u4e00-\u9fff]{2}/);
    await page.close();
  });

  it('checks in the page itself, and says so, when the browser cannot start a worker', async () => {
    const counts = countsOf(cli(['check', '--output', 'json', 'kunshan-2013.ndjson'], EXAMPLES));
    // A browser that refuses workers outright, and one whose worker fails as it starts.
    const refusing = 'globalThis.Worker = class { constructor() { throw new Error("no workers here"); } };';
    const failing =
      'globalThis.Worker = class { constructor() { this.l = {}; } addEventListener(t, f) { (this.l[t] ??= []).push(f); } postMessage() { setTimeout(() => (this.l.error ?? []).forEach((f) => f({ message: "" }))); } terminate() {} };';
    for (const script of [refusing, failing]) {
      const page = await (site as SiteHarness).browser.newPage();
      await page.addInitScript({ content: script });
      await page.goto(`${(site as SiteHarness).base}/media/checker.html?lang=en`);
      await page.locator('#sample').click();
      expect(await shownCounts(page)).toEqual(counts);
      expect(await page.locator('#status').innerText()).toBe('11,220 records checked. (The browser could not start a background thread; checked in the page instead.)');
      await page.close();
    }
  });

  it('switches language with the keyboard and checks again; passes axe’s WCAG 2.1 A/AA checks in both languages, report shown', async () => {
    const page = await open();
    await page.locator('#sample').click();
    const before = await shownCounts(page);
    expect(await (site as SiteHarness).axe(page)).toEqual([]);
    await page.locator('#lang').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('#result-heading').innerText()).toBe('Result');
    await expect.poll(() => page.locator('#status').innerText(), { timeout: 120_000 }).toBe('11,220 records checked.');
    expect(await page.locator('#report h1').innerText()).not.toMatch(/[\u4e00-\u9fff]{2}/);
    expect(await shownCounts(page)).toEqual(before);
    expect(await (site as SiteHarness).axe(page)).toEqual([]);
    await page.close();
  });

  it('works from a file (file://), its worker included', async () => {
    const page = await (site as SiteHarness).browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${pathToFileURL(join(SITE, 'media', 'checker.html')).href}?lang=en`);
    await page.locator('#sample').click();
    await shownCounts(page);
    expect(await page.locator('#status').innerText()).toBe('11,220 records checked.');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('logs no errors and asks the server for nothing but the page: the data stays in the browser', () => {
    expect(site?.problems).toEqual([]);
    expect(new Set(site?.requests)).toEqual(new Set(['/media/checker.html']));
  });
});
