/**
 * The CLI's input problem codes take the workbook reader's codes and their classification from
 * `src/xlsx/messages.ts`: a code added to the workbook reader cannot be missing from the CLI, nor be fatal or a
 * warning in one and not in the other (but for the two column codes the CSV reader shares, an error in every
 * format in the CLI, on purpose).
 */
import { describe, expect, it } from 'vitest';
import { isFatal, inputProblemCodes, problemSeverity } from '../../src/cli/problem.js';
import { xlsxFatalCodes, xlsxProblemCodes, xlsxWarningCodes } from '../../src/xlsx/messages.js';
import { readXlsx } from '../../src/xlsx/read.js';

/** The codes both the CSV reader and the workbook reader report; the CLI keeps the CSV reader's severity. */
const SHARED_WITH_CSV = ['unknown_column', 'duplicate_column'];

describe("the CLI's input problem codes and the workbook reader's", () => {
  it('hold every workbook code, each code once', () => {
    for (const code of xlsxProblemCodes) expect(inputProblemCodes, code).toContain(code);
    expect(new Set(inputProblemCodes).size).toBe(inputProblemCodes.length);
    // 18 codes of the text readers and 12 of the workbook reader, 2 of them the same.
    expect(inputProblemCodes).toHaveLength(18 + 12 - 2);
  });

  it('classify every workbook code as the workbook reader does', () => {
    for (const code of xlsxProblemCodes) {
      expect(isFatal(code), code).toBe((xlsxFatalCodes as readonly string[]).includes(code));
      const warning = (xlsxWarningCodes as readonly string[]).includes(code) && !SHARED_WITH_CSV.includes(code);
      expect(problemSeverity(code), code).toBe(warning ? 'warning' : 'error');
    }
    // What the workbook reader's own documentation says is fatal and a warning.
    expect([...xlsxFatalCodes]).toEqual(['too_large', 'inflates_too_large', 'too_many_parts', 'too_many_rows', 'too_many_cells', 'not_a_workbook']);
    expect([...xlsxWarningCodes]).toEqual(['unknown_sheet', 'unknown_column', 'duplicate_column', 'formula_cell']);
    for (const code of SHARED_WITH_CSV) expect(problemSeverity(code as (typeof inputProblemCodes)[number]), code).toBe('error');
  });

  it('agree on a problem the workbook reader really reports: bytes that are no workbook are fatal in both', async () => {
    const read = await readXlsx(new TextEncoder().encode('id,name\nc1,某社区\n'), { locale: 'en' });
    expect(read.problems.map((p) => [p.code, p.severity, p.fatal])).toEqual([['not_a_workbook', 'error', true]]);
    expect([isFatal('not_a_workbook'), problemSeverity('not_a_workbook')]).toEqual([true, 'error']);
  });
});
