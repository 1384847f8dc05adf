import { describe, expect, it } from 'vitest';
import { createProblemLog, fromInputProblem, fromIssue, readId } from '../../src/cli/problem-log.js';
import { formatLocation, isFatal, problemSeverity, inputProblemCodes } from '../../src/cli/problem.js';

describe('createProblemLog', () => {
  it('counts every problem and keeps only the first ones', () => {
    const log = createProblemLog(2);
    for (const code of ['a', 'b', 'a']) log.add({ severity: 'error', code, message: code });
    log.add({ severity: 'warning', code: 'w', message: 'w' });
    expect(log.output()).toEqual({
      total: 4,
      errors: 3,
      warnings: 1,
      byCode: { a: 2, b: 1, w: 1 },
      items: [
        { severity: 'error', code: 'a', message: 'a' },
        { severity: 'error', code: 'b', message: 'b' },
      ],
    });
    expect(log.fatal).toBe(false);
    log.add({ severity: 'error', code: 'not_utf8', message: '', fatal: true });
    expect(log.fatal).toBe(true);
  });
});

describe('problems', () => {
  it('marks the codes that stop a file fatal, and four as warnings', () => {
    expect(inputProblemCodes.filter(isFatal)).toEqual([
      'unreadable_file',
      'not_utf8',
      'not_gbk',
      'malformed_json_file',
      'csv_needs_kind',
      'too_large',
      'inflates_too_large',
      'too_many_parts',
      'too_many_rows',
      'too_many_cells',
      'not_a_workbook',
    ]);
    expect(inputProblemCodes.filter((c) => problemSeverity(c) === 'warning')).toEqual(['duplicate_meta', 'empty_input', 'unknown_sheet', 'formula_cell']);
  });

  it('locates and words them', () => {
    expect(fromInputProblem({ code: 'field_count', location: { file: 'a.csv', line: 4 }, params: { count: 3, expected: 9 } }, 'en')).toEqual({
      severity: 'error',
      code: 'field_count',
      message: '3 cells where the header has 9; row skipped',
      file: 'a.csv',
      line: 4,
    });
    expect(fromIssue({ code: 'required', path: ['name'], message: 'name: …' }, { file: 'a.json', pointer: '/0' }, 'plaque', 'p1')).toEqual({
      severity: 'error',
      code: 'required',
      message: 'name: …',
      file: 'a.json',
      pointer: '/0',
      kind: 'plaque',
      id: 'p1',
      path: 'name',
    });
    expect(formatLocation({ file: 'a.json', pointer: '/0' })).toBe('a.json#/0');
    expect([readId({ id: 'x' }), readId({ id: 3 }), readId(null), readId({ id: 'y'.repeat(201) })]).toEqual(['x', undefined, undefined, undefined]);
  });
});
