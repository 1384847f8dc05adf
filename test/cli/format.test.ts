import { describe, expect, it } from 'vitest';
import { formatOf, isInputFormat } from '../../src/cli/format.js';

describe('formatOf', () => {
  it('tells the format from the extension, any case; --format wins; stdin is NDJSON', () => {
    expect(['a.json', 'a.NDJSON', 'a.jsonl', 'dir.v2/a.Csv', 'a.txt', 'noext', 'a.XLSX', 'a.xls'].map((f) => formatOf(f))).toEqual(['json', 'ndjson', 'ndjson', 'csv', undefined, undefined, 'xlsx', undefined]);
    expect(formatOf('a.txt', 'csv')).toBe('csv');
    expect(formatOf('-')).toBe('ndjson');
    expect(isInputFormat('xls')).toBe(false);
    expect(isInputFormat('xlsx')).toBe(true);
  });
});
