import { describe, expect, it } from 'vitest';
import { formatOf } from '../../src/cli/format.js';
import { uniqueNames } from '../../site/checker/unique-names.js';

describe('uniqueNames (files dropped on the checker page)', () => {
  it('keeps distinct names and numbers repeats before the extension, so the format stays', () => {
    const names = uniqueNames(['a.csv', 'a.csv', 'b.xlsx', 'a.csv', 'a (2).csv', 'noext', 'noext', '.csv', '.csv']);
    expect(names).toEqual(['a.csv', 'a (2).csv', 'b.xlsx', 'a (3).csv', 'a (2) (2).csv', 'noext', 'noext (2)', '.csv', '(2).csv']);
    expect(new Set(names).size).toBe(names.length);
    expect(names.map((n) => formatOf(n))).toEqual(['csv', 'csv', 'xlsx', 'csv', 'csv', undefined, undefined, 'csv', 'csv']);
  });
});
