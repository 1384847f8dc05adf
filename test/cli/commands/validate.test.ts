import { describe, expect, it } from 'vitest';
import type { ProblemOutput, ValidateOutput } from '../../../src/cli/index.js';
import { cli, cliJson } from '../helpers.js';

const where = (p: ProblemOutput) => `${p.file ?? ''}:${p.line ?? p.pointer ?? ''}:${p.code}`;

describe('validate (in-process run)', () => {
  it('accepts a good NDJSON file: 5 records, all valid, exit 0', async () => {
    const { code, json } = await cliJson<ValidateOutput>(['validate', 'good.ndjson']);
    expect(code).toBe(0);
    expect(json).toMatchObject({ version: 1, command: 'validate', exitCode: 0, ok: true, totals: { records: 5, valid: 5, invalid: 0 } });
    expect(json.byKind).toEqual({
      community: { records: 2, valid: 2, invalid: 0 },
      serviceCenter: { records: 2, valid: 2, invalid: 0 },
      plaque: { records: 1, valid: 1, invalid: 0 },
    });
    expect(json.problems).toEqual({ total: 0, errors: 0, warnings: 0, byCode: {}, items: [] });
  });

  it('reports every bad line of bad.ndjson with its line, and goes on to the last record (exit 1)', async () => {
    const { code, json } = await cliJson<ValidateOutput>(['validate', 'bad.ndjson', '--locale', 'en']);
    expect(code).toBe(1);
    // lines 2 (c1, -5 households), 3 (c2, unknown field), 6 (p1, valid), 9 (c4, valid) are records
    expect(json.totals).toEqual({ records: 4, valid: 2, invalid: 2 });
    expect(json.problems.items.map(where)).toEqual([
      'bad.ndjson:2:too_small',
      'bad.ndjson:3:unrecognized_keys',
      'bad.ndjson:4:malformed_line',
      'bad.ndjson:7:missing_kind',
      'bad.ndjson:8:unknown_kind',
    ]);
    expect(json.problems.items[0]).toMatchObject({ kind: 'community', id: 'c1', path: 'households.resident', severity: 'error' });
    expect(json.problems.items[4]?.message).toContain('"communities" is not a record kind');
  });

  it('counts every problem but lists only --max-problems of them', async () => {
    const { json } = await cliJson<ValidateOutput>(['validate', 'bad.ndjson', '--max-problems', '2']);
    expect(json.problems.total).toBe(5);
    expect(json.problems.items).toHaveLength(2);
    expect(json.problems.byCode).toEqual({ too_small: 1, unrecognized_keys: 1, malformed_line: 1, missing_kind: 1, unknown_kind: 1 });
  });

  it('reads CSV with --kind: dotted columns as nested fields, ;-lists, 是/false booleans, JSON cells, quoted line breaks', async () => {
    const { code, json } = await cliJson<ValidateOutput>(['validate', 'good.csv', '--kind', 'community']);
    expect(json.problems.items).toEqual([]);
    expect(code).toBe(0);
    expect(json.files).toEqual([{ file: 'good.csv', format: 'csv', readable: true, records: 3, valid: 3, invalid: 0 }]);
  });

  it('reports bad.csv row by row: unknown and repeated columns once, the bad number, cell counts, stray and unclosed quotes', async () => {
    const { code, json } = await cliJson<ValidateOutput>(['validate', 'bad.csv', '--kind', 'community']);
    expect(code).toBe(1);
    expect(json.problems.items.map((p) => `${p.line ?? ''}:${p.code}:${p.column ?? p.path ?? ''}`)).toEqual([
      '1:unknown_column:colour',
      '1:duplicate_column:name',
      '2:invalid_type:households.resident',
      '3:field_count:',
      '4:malformed_csv:',
      '5:too_small:households.resident',
      '7:malformed_csv:', // line 6 is blank
    ]);
    // rows 2 (c1) and 5 (c4) are read; the unknown column "colour" is not reported again for them
    expect(json.totals).toEqual({ records: 2, valid: 0, invalid: 2 });
  });

  it('reads a CSV with a $kind column (several kinds in one file)', async () => {
    const { json } = await cliJson<ValidateOutput>(['validate', 'mixed.csv']);
    expect(json.byKind).toEqual({
      community: { records: 1, valid: 1, invalid: 0 },
      serviceCenter: { records: 1, valid: 1, invalid: 0 },
      plaque: { records: 1, valid: 0, invalid: 1 }, // p9 has no communityId and no name
    });
  });

  it('reads a UTF-8 CSV with a byte-order mark (Excel’s “CSV UTF-8”)', async () => {
    const { json } = await cliJson<ValidateOutput>(['validate', 'bom.csv', '--kind', 'community']);
    expect(json.totals).toEqual({ records: 1, valid: 1, invalid: 0 });
  });

  it('reads a JSON array by pointer, and rejects records of another kind than --kind', async () => {
    const { json } = await cliJson<ValidateOutput>(['validate', 'records.json']);
    expect(json.totals).toEqual({ records: 3, valid: 2, invalid: 1 });
    expect(json.problems.items.map(where)).toEqual(['records.json:/2:required']);
    const strict = await cliJson<ValidateOutput>(['validate', 'records.json', '--kind', 'plaque']);
    expect(strict.json.problems.items.map(where)).toEqual(['records.json:/0:kind_mismatch', 'records.json:/2:required']);
  });

  it('reads a JSON dataset (the reference communities)', async () => {
    const { code, json } = await cliJson<ValidateOutput>(['validate', '../../examples/data/reference-communities.json']);
    expect(code).toBe(0);
    expect(json.byKind.community?.records).toBe(4);
  });

  it('stops at GBK and UTF-16 input with a clear, fatal problem (exit 2), and goes on with the next file', async () => {
    const { code, json } = await cliJson<ValidateOutput>(['validate', 'gbk.csv', 'utf16.csv', 'good.csv', '--kind', 'community', '--locale', 'en']);
    expect(code).toBe(2);
    const [gbk, utf16] = json.problems.items;
    // gbk.csv: the 43-byte header and its line break, then "c1," — the first GBK byte is byte 47, on line 2
    expect(gbk).toMatchObject({ file: 'gbk.csv', line: 2, code: 'not_utf8', fatal: true });
    expect(gbk?.message).toMatch(/^not UTF-8 text \(at byte 47\); it looks like GBK\/GB18030/);
    expect(utf16).toMatchObject({ file: 'utf16.csv', line: 1, code: 'not_utf8' });
    expect(utf16?.message).toContain('UTF-16');
    expect(json.files.map((f) => [f.file, f.readable, f.records])).toEqual([
      ['gbk.csv', false, 0],
      ['utf16.csv', false, 0],
      ['good.csv', true, 3],
    ]);
  });

  it('exits 2 for a missing file and a .json that does not parse', async () => {
    const { code, json } = await cliJson<ValidateOutput>(['validate', 'broken.json', 'nowhere.ndjson']);
    expect(code).toBe(2);
    expect(json.problems.items.map((p) => [p.file, p.code])).toEqual([
      ['broken.json', 'malformed_json_file'],
      ['nowhere.ndjson', 'unreadable_file'],
    ]);
  });

  it('prints a readable text summary by default', async () => {
    const { code, stdout } = await cli(['validate', 'good.ndjson', 'bad.ndjson', '--locale', 'en']);
    expect(code).toBe(1);
    expect(stdout).toContain('✗  bad.ndjson:2  community c1  households.resident: too small — must be >= 0, received -5');
    expect(stdout).toMatch(/total\s+9\s+7\s+2/);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('✗ 2 of 9 records invalid, 5 problems in all (exit code 1)');
  });
});
