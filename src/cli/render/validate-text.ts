/**
 * `validate` as text: the problems, a table of the files, and a verdict.
 *
 * @module
 */
import { cliMessages } from '../messages.js';
import type { ValidateOutput } from '../output.js';
import { reportMessages } from '../../report/messages.js';
import { renderTable } from '../../report/table.js';
import { grouped, problemLines } from '../../report/text-common.js';

/**
 * Renders the output of `validate` for a terminal: the first problems (where, which record, what), a table of
 * records per file (valid / invalid), and one line with the verdict and exit code.
 *
 * @param output - the output of `validate`
 * @returns the text, ending with a line break
 * @example
 * ```ts
 * renderValidateText(output);
 * //=> 'file        format  records  valid  invalid\n…\n✓ all 3 records are valid (exit code 0)\n'
 * ```
 */
export function renderValidateText(output: ValidateOutput): string {
  const { locale } = output;
  const m = cliMessages[locale];
  const w = { ...reportMessages[locale].words, ...m.words };
  const lines = problemLines(output.problems, locale, m.text.more);
  if (lines.length > 0) lines.push('');
  const rows = output.files.map((f) => [f.file, f.format, grouped(f.records), grouped(f.valid ?? 0), grouped(f.invalid ?? 0)]);
  if (output.files.length > 1) {
    const t = output.totals;
    rows.push([w.total, '', grouped(t.records), grouped(t.valid), grouped(t.invalid)]);
  }
  lines.push(...renderTable([w.file, w.format, w.records, w.valid, w.invalid], rows, ['left', 'left', 'right', 'right', 'right']), '');
  lines.push(
    m.text.validateVerdict({
      records: grouped(output.totals.records),
      invalid: output.totals.invalid,
      errors: output.problems.errors,
      failing: 0,
      fatal: output.exitCode === 2,
      exitCode: output.exitCode,
    }),
  );
  return `${lines.join('\n')}\n`;
}
