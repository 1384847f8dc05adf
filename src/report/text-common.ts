/**
 * Pieces shared by the text renderers: numbers, subjects, locations and problem lists.
 *
 * @module
 */
import type { Locale } from '../locale.js';
import { recordKindLabels, type RecordKind } from '../models/kinds.js';
import type { ProblemJSON, ProblemsJSON } from './json.js';
import { reportMessages } from './messages.js';
import { renderTable } from './table.js';
import { sheetCell } from '../xlsx/sheet-cell.js';

/**
 * A whole number with thousands separators, without `Intl`.
 *
 * @param n - the number
 * @returns the text
 * @example
 * ```ts
 * grouped(10872); //=> '10,872'
 * ```
 */
export function grouped(n: number): string {
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * A record named by its kind's label and id, e.g. `社区 c1`.
 *
 * @param kind - the kind
 * @param id - the id, if known
 * @param locale - the locale of the label
 * @returns the text
 * @example
 * ```ts
 * subjectText('serviceCenter', 'sc1', 'en'); //=> 'service centre sc1'
 * ```
 */
export function subjectText(kind: RecordKind, id: string | undefined, locale: Locale): string {
  const label = recordKindLabels[kind][locale];
  return id === undefined ? label : `${label} ${id}`;
}

/**
 * Where a problem or failure is: `file:line`, `file#/pointer`, `[file]sheet!cell` (as Excel names a cell of
 * another workbook), the file, or nothing.
 *
 * @param at - the file and line or pointer
 * @returns the text, or `''`
 * @example
 * ```ts
 * whereText({ file: 'a.csv', line: 4 }); //=> 'a.csv:4'
 * whereText({ file: 'a.xlsx', sheet: '社区', cell: 'D12' }); //=> '[a.xlsx]社区!D12'
 * ```
 */
export function whereText(at: {
  readonly file?: string | undefined;
  readonly line?: number | undefined;
  readonly pointer?: string | undefined;
  readonly sheet?: string | undefined;
  readonly cell?: string | undefined;
}): string {
  if (at.file === undefined) return '';
  if (at.sheet !== undefined) return `[${at.file}]${sheetCell(at.sheet, at.cell ?? 'A1')}`;
  if (at.line !== undefined) return `${at.file}:${at.line}`;
  if (at.pointer !== undefined) return `${at.file}#${at.pointer}`;
  return at.file;
}

/**
 * Problems as a table (mark, where, record, message), under a heading that says how many, with a line for those
 * not listed.
 *
 * @param problems - the problems
 * @param locale - the locale
 * @param more - the line for those not listed (default: how many, in the locale)
 * @returns the lines (none when there is no problem)
 * @example
 * ```ts
 * problemLines(output.problems, 'en');
 * //=> ['Input problems (1):', '✗  bad.ndjson:3  community c2  households.resident: too small — must be >= 0, received -1']
 * ```
 */
export function problemLines(problems: ProblemsJSON, locale: Locale, more: (n: number) => string = reportMessages[locale].text.more): string[] {
  if (problems.total === 0) return [];
  const m = reportMessages[locale].text;
  const rows = problems.items.map((p: ProblemJSON) => [
    p.severity === 'error' ? '✗' : '!',
    whereText(p),
    p.kind === undefined ? '' : subjectText(p.kind, p.id, locale),
    p.message,
  ]);
  const lines = [m.problems(problems.items.length, problems.total), ...renderTable(['', '', '', ''], rows).slice(2)];
  if (problems.total > problems.items.length) lines.push(more(problems.total - problems.items.length));
  return lines;
}
