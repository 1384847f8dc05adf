import { describe, expect, it } from 'vitest';
import { readCsvHeader } from '../../src/cli/csv-header.js';
import { FatalInputError } from '../../src/cli/problem.js';

const at = { file: 'a.csv', line: 2 };

describe('readCsvHeader', () => {
  it('builds nested records from dotted columns, with required objects present even when their cells are empty', () => {
    const header = readCsvHeader(['id', 'name', 'kind', 'model', 'households.resident', 'population.resident'], 'a.csv', 1, 'community');
    expect(header.problems).toEqual([]);
    expect(header.toItem(['c1', '东湖', 'urban', 'other', '1500', ''], at)).toEqual({
      type: 'record',
      kind: 'community',
      value: { id: 'c1', name: '东湖', kind: 'urban', model: 'other', households: { resident: 1500 }, population: {} },
      location: at,
    });
  });

  it('reports unknown and repeated columns once, with their position, and ignores them', () => {
    const header = readCsvHeader([' id ', 'name', 'colour', 'name'], 'a.csv', 1, 'plaque');
    expect(header.problems).toEqual([
      { code: 'unknown_column', location: { file: 'a.csv', line: 1 }, column: 'colour', params: { column: 'colour', position: 3 } },
      { code: 'duplicate_column', location: { file: 'a.csv', line: 1 }, column: 'name', params: { column: 'name', position: 4 } },
    ]);
    expect(header.width).toBe(4);
    expect(header.toItem(['p1', '牌', 'red', 'other'], at)).toMatchObject({ value: { id: 'p1', name: '牌' } });
  });

  it('ignores a "__proto__" column (not a field): the record keeps its plain prototype', () => {
    const header = readCsvHeader(['$kind', 'id', '__proto__'], 'a.csv', 1);
    expect(header.problems.map((p) => p.code)).toEqual(['unknown_column']);
    const item = header.toItem(['plaque', 'p1', '{"polluted":true}'], at);
    expect(item.type === 'record' && Object.getPrototypeOf(item.value)).toBe(Object.prototype);
    expect(item.type === 'record' && Object.keys(item.value)).toEqual(['id']);
  });

  it('takes each row’s kind from $kind, checking it against --kind', () => {
    const header = readCsvHeader(['$kind', 'id', 'communityId', 'name'], 'a.csv', 1, 'plaque');
    expect(header.toItem(['', 'p1', 'c1', '牌'], at)).toMatchObject({ type: 'record', kind: 'plaque' });
    expect(header.toItem(['community', 'c1', '', ''], at)).toEqual({
      type: 'problem',
      problem: { code: 'kind_mismatch', location: at, params: { kind: 'community', expected: 'plaque' } },
    });
    const free = readCsvHeader(['$kind', 'id'], 'a.csv', 1);
    expect(free.toItem(['', 'x'], at)).toEqual({ type: 'problem', problem: { code: 'missing_kind', location: at } });
    expect(free.toItem(['grids', 'x'], at)).toEqual({ type: 'problem', problem: { code: 'unknown_kind', location: at, params: { kind: 'grids' } } });
  });

  it('cannot read a CSV with neither --kind nor a $kind column', () => {
    expect(() => readCsvHeader(['id', 'name'], 'a.csv', 1)).toThrow(FatalInputError);
  });
});
