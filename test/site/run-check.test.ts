/**
 * The checker page's work (site/checker/run-check.ts) gives the same document as `community-standards check
 * --output json` on the same file: the page reads dropped files from memory, the command line from disk, and both
 * go through the same reading, checking and statistics. Compared here in full, file by file, for every input
 * format (and GBK text), and on the Kunshan 2013 sample the page offers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck, type CheckProgress, type CheckRequest } from '../../site/checker/run-check.js';
import { cliMessages } from '../../src/cli/messages.js';
import { cli, cliJson, fixtures, root } from '../cli/helpers.js';

function bytesOf(dir: string, name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(dir, name)));
}

async function page(request: CheckRequest): Promise<unknown> {
  const outcome = await runCheck(request);
  if (!outcome.ok) throw new Error(`the page could not check: ${outcome.code}`);
  // What the page downloads as JSON: the document as JSON text.
  return JSON.parse(JSON.stringify(outcome.output));
}

describe('the checker page checks as `check --output json` does', () => {
  it('on the Kunshan 2013 sample: 11,220 records, 6,066 pass, 1,142 fail, 1,704 not applicable (the README’s table)', async () => {
    const dir = join(root, 'examples/data');
    const request: CheckRequest = { files: [{ name: 'kunshan-2013.ndjson', bytes: bytesOf(dir, 'kunshan-2013.ndjson') }], profile: 'kunshan', locale: 'zh-CN' };
    const fromPage = (await page(request)) as { input: { records: number }; report: { summary: { total: Record<string, number> } } };
    const { json } = await cliJson(['check', 'kunshan-2013.ndjson'], { cwd: dir });
    expect(fromPage).toEqual(json);
    // The figures the README's table sums (checked there against the command's text output).
    expect(fromPage.input.records).toBe(11_220);
    expect(fromPage.report.summary.total).toMatchObject({ pass: 6066, fail: 1142, notApplicable: 1704 });
  });

  it.each([
    ['good.ndjson', []],
    ['failing.ndjson', []],
    ['bad.ndjson', []],
    ['good.csv', []],
    ['mixed.csv', []],
    ['bad.csv', []],
    ['records.json', []],
    ['broken.json', []],
    ['communities.xlsx', []],
    ['gbk.csv', ['--encoding', 'gbk']],
    ['utf16.csv', []],
  ] as const)('on test/fixtures/%s %j', async (name, extra) => {
    const request: CheckRequest = {
      files: [{ name, bytes: bytesOf(fixtures, name) }],
      profile: 'kunshan',
      locale: 'en',
      asOf: '2013-06-30',
      ...(extra.length > 0 && { encoding: 'gbk' as const }),
    };
    const { json } = await cliJson(['check', name, '--as-of', '2013-06-30', '--locale', 'en', ...extra]);
    expect(await page(request)).toEqual(json);
  });

  it('on CSV rows of the kind chosen (`--kind`), in the language chosen', async () => {
    const request: CheckRequest = { files: [{ name: 'good.csv', bytes: bytesOf(fixtures, 'good.csv') }], profile: 'kunshan', locale: 'zh-CN', asOf: '2013-06-30', kind: 'community' };
    const { json } = await cliJson(['check', 'good.csv', '--kind', 'community', '--as-of', '2013-06-30']);
    // Three rows under the header (the third's name runs over two lines).
    expect((json as { input: { records: number } }).input.records).toBe(3);
    expect(await page(request)).toEqual(json);
  });

  it('with a profile file of the reader’s own, as `--profile FILE` reads it', async () => {
    const text = readFileSync(join(fixtures, 'profile-more-items.json'), 'utf8');
    const request: CheckRequest = { files: [{ name: 'good.ndjson', bytes: bytesOf(fixtures, 'good.ndjson') }], profile: { file: 'profile-more-items.json', text }, locale: 'en' };
    const { json } = await cliJson(['check', 'good.ndjson', '--profile', 'profile-more-items.json', '--locale', 'en']);
    expect((json as { profile: { id: string } }).profile.id).toBe('example-city');
    expect(await page(request)).toEqual(json);
    // A file the command refuses, the page refuses with the same reason.
    const bad = readFileSync(join(fixtures, 'profile-bad.json'), 'utf8');
    const refused = await runCheck({ ...request, profile: { file: 'profile-bad.json', text: bad } });
    const fromCli = await cli(['check', 'good.ndjson', '--profile', 'profile-bad.json', '--locale', 'en']);
    expect(fromCli.code).toBe(2);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(fromCli.stderr).toContain(cliMessages.en.usage[refused.code](refused.params));
  });

  it('on several files at once, with the national profile', async () => {
    const names = ['good.ndjson', 'good.csv'];
    const request: CheckRequest = { files: names.map((name) => ({ name, bytes: bytesOf(fixtures, name) })), profile: 'national', locale: 'en', asOf: '2014-01-01' };
    const { json } = await cliJson(['check', ...names, '--profile', 'national', '--as-of', '2014-01-01', '--locale', 'en']);
    expect(await page(request)).toEqual(json);
  });

  it('says why nothing was checked: a name with no known extension, no date', async () => {
    const bytes = bytesOf(fixtures, 'good.ndjson');
    expect(await runCheck({ files: [{ name: 'data.txt', bytes }], profile: 'kunshan', locale: 'en' })).toEqual({ ok: false, code: 'unknown_format', params: { file: 'data.txt' } });
    // A CSV file has no meta, so no date of its own.
    expect(await runCheck({ files: [{ name: 'mixed.csv', bytes: bytesOf(fixtures, 'mixed.csv') }], profile: 'kunshan', locale: 'en' })).toEqual({ ok: false, code: 'missing_as_of', params: {} });
  });

  it('reports its progress: the file being read, then the check', async () => {
    const dir = join(root, 'examples/data');
    const seen: string[] = [];
    await runCheck({ files: [{ name: 'kunshan-2013.ndjson', bytes: bytesOf(dir, 'kunshan-2013.ndjson') }], profile: 'kunshan', locale: 'en' }, (p) => seen.push(p.phase === 'reading' ? `reading ${p.file}` : `checking ${p.records}`));
    // While reading: at the meta line (no record yet), at every 1,024th of the 11,220 records (1,024 … 10,240: ten),
    // and as the 2,387,698 bytes pass 1 MiB and 2 MiB (two), so thirteen times; then the check, once.
    expect(seen.filter((s) => s === 'reading kunshan-2013.ndjson').length).toBe(13);
    expect(seen.at(-1)).toBe('checking 11220');
  });

  it('moves the bar while a JSON file is parsed whole, before any record comes', async () => {
    const { kunshan2013 } = await import('../../src/datasets/kunshan2013.js');
    const bytes = new TextEncoder().encode(JSON.stringify(kunshan2013()));
    expect(bytes.byteLength).toBeGreaterThan(2 * 2 ** 20);
    const seen: CheckProgress[] = [];
    const outcome = await runCheck({ files: [{ name: 'k.json', bytes }], profile: 'kunshan', locale: 'en' }, (p) => seen.push(p));
    expect(outcome.ok && outcome.output.input?.records).toBe(11_220);
    const early = seen.filter((p) => p.phase === 'reading' && p.records === 0 && p.bytes >= 2 ** 20);
    expect(early.length).toBeGreaterThanOrEqual(2);
  });

  it('says a date is not one before reading anything, as `--as-of` does', async () => {
    const bytes = bytesOf(fixtures, 'good.ndjson');
    for (const asOf of ['275760-09-13', '2013-02-30', 'yesterday']) {
      expect(await runCheck({ files: [{ name: 'good.ndjson', bytes }], profile: 'kunshan', locale: 'en', asOf })).toEqual({
        ok: false,
        code: 'bad_value',
        params: { option: '--as-of', value: asOf, expected: 'YYYY-MM-DD' },
      });
      expect((await cli(['check', 'good.ndjson', '--as-of', asOf])).code).toBe(2);
    }
  });
});
