/**
 * Naming a validation issue's place as a person sees it in the workbook: `社区!D12 户数.户籍:值过小,应 >= 0`.
 *
 * @module
 */
import type { Locale } from '../locale.js';
import type { RecordKind } from '../models/kinds.js';
import { formatPath, type PathSegment, type ValidationIssue } from '../validation/issue.js';
import { xlsxFields } from './fields.js';
import { sheetCell } from './sheet-cell.js';

/** The column of a path: its longest prefix that is a column (`openingHours[0].opens` is in `openingHours`). */
function columnOf(cells: Readonly<Record<string, string>>, path: readonly PathSegment[]): { name: string; depth: number } | undefined {
  for (let depth = path.length; depth > 0; depth--) {
    const head = path.slice(0, depth);
    if (head.some((s) => typeof s !== 'string')) continue;
    const name = head.join('.');
    if (Object.prototype.hasOwnProperty.call(cells, name)) return { name, depth };
  }
  return undefined;
}

/**
 * The cell of a field of a record read from a row: the field's column (or the column of the list or object holding
 * it), else the row's first cell.
 *
 * @param record - the record's cells (`{ 'households.registered': 'D12' }`) and first cell
 * @param path - the field's path in the record
 * @returns the cell, e.g. `D12`
 * @example
 * ```ts
 * cellOfPath({ cells: { 'households.registered': 'D12' }, firstCell: 'A12' }, ['households', 'registered']); //=> 'D12'
 * cellOfPath({ cells: {}, firstCell: 'A12' }, ['name']); //=> 'A12'
 * ```
 */
export function cellOfPath(record: { readonly cells: Readonly<Record<string, string>>; readonly firstCell: string }, path: readonly PathSegment[]): string {
  const column = columnOf(record.cells, path);
  return column === undefined ? record.firstCell : (record.cells[column.name] as string);
}

/**
 * A field's path as a person reads the sheet's header: in Chinese, its label path (`户数.户籍`), else the dotted
 * name (`households.registered`); list indexes stay (`每周开放时间[0].opens`).
 *
 * @param kind - the record's kind
 * @param path - the field's path in the record
 * @param locale - the locale
 * @returns the text
 * @example
 * ```ts
 * pathLabel('community', ['households', 'registered'], 'zh-CN'); //=> '户数.户籍'
 * pathLabel('community', ['households', 'registered'], 'en'); //=> 'households.registered'
 * ```
 */
export function pathLabel(kind: RecordKind, path: readonly PathSegment[], locale: Locale): string {
  if (locale !== 'zh-CN' || path.length === 0) return formatPath(path);
  const fields = xlsxFields(kind);
  for (let depth = path.length; depth > 0; depth--) {
    const head = path.slice(0, depth);
    if (head.some((s) => typeof s !== 'string')) continue;
    const field = fields.find((f) => f.name === head.join('.'));
    if (field === undefined) continue;
    const rest = formatPath(path.slice(depth));
    return depth === path.length ? field.label : `${field.label}${rest.startsWith('[') ? '' : '.'}${rest}`;
  }
  return formatPath(path);
}

/**
 * A validation issue of a record read from a sheet, its message naming the field as the header does and prefixed
 * by its cell: `社区!D12 户数.户籍:值过小,应 >= 0,实为 -1`.
 *
 * @param issue - the issue (its path from the record's root, its message starting with that path)
 * @param record - the record's kind, sheet and cells
 * @param locale - the locale of the message
 * @returns the issue's place (`社区!D12`) and message (naming the field by its label)
 * @example
 * ```ts
 * placeIssue(issue, record, 'zh-CN');
 * //=> { place: '社区!D12', cell: 'D12', message: '户数.户籍:值过小,应 >= 0,实为 -1' }
 * ```
 */
export function placeIssue(
  issue: Pick<ValidationIssue, 'path' | 'message'>,
  record: { readonly kind: RecordKind; readonly sheet: string; readonly cells: Readonly<Record<string, string>>; readonly firstCell: string },
  locale: Locale,
): { place: string; cell: string; message: string } {
  const cell = cellOfPath(record, issue.path);
  const where = formatPath(issue.path);
  const message = issue.path.length > 0 && issue.message.startsWith(where) ? pathLabel(record.kind, issue.path, locale) + issue.message.slice(where.length) : issue.message;
  return { place: sheetCell(record.sheet, cell), cell, message };
}
