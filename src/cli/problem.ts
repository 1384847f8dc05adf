/**
 * Problems with the input files — a line that is not JSON, a CSV row with too many cells, a file that is not
 * UTF-8 — as codes with a location. Readers emit codes; the text lives in `src/cli/messages.ts`.
 *
 * @module
 */
import type { RecordKind } from '../models/kinds.js';
import { xlsxFatalCodes, xlsxProblemCodes, xlsxWarningCodes } from '../xlsx/messages.js';
import { sheetCell } from '../xlsx/sheet-cell.js';

/** The codes of the CLI's own readers (text files: JSON, NDJSON, CSV); see {@link inputProblemCodes}. */
const textProblemCodes = [
  'unreadable_file',
  'not_utf8',
  'not_gbk',
  'malformed_json_file',
  'csv_needs_kind',
  'malformed_line',
  'line_too_long',
  'not_an_object',
  'missing_kind',
  'unknown_kind',
  'kind_mismatch',
  'malformed_csv',
  'field_count',
  'unknown_column',
  'duplicate_column',
  'unknown_dataset_key',
  'duplicate_meta',
  'empty_input',
] as const;

/**
 * The codes of input problems: those of the text readers, then those of workbooks (`xlsxProblemCodes` of
 * `community-standards/xlsx`, taken from there, so that every code the workbook reader reports is one here; the
 * two both readers report, `unknown_column` and `duplicate_column`, are listed once). Those marked fatal stop the
 * reading of their file (exit code 2); the others name a line or a column and the run goes on.
 *
 * - `unreadable_file` (fatal): missing, a directory, no permission
 * - `not_utf8` (fatal): bytes that are not UTF-8 (GBK from an old spreadsheet, UTF-16…)
 * - `not_gbk` (fatal): with `--encoding gbk`, bytes that are not GBK/GB18030
 * - `malformed_json_file` (fatal): a `.json` file that does not parse
 * - `csv_needs_kind` (fatal): a CSV file with neither `--kind` nor a `$kind` column
 * - `malformed_line`: an NDJSON line that does not parse
 * - `line_too_long`: a line (NDJSON or CSV) longer than `MAX_LINE_CHARS`, left out unread
 * - `not_an_object`: a line or array element that is not a JSON object
 * - `missing_kind`: a record without `$kind`, and no `--kind`
 * - `unknown_kind`: a `$kind` that is not a record kind
 * - `kind_mismatch`: a `$kind` other than the `--kind` given
 * - `malformed_csv`: a CSV row the CSV parser rejects (a stray quote…)
 * - `field_count`: a CSV row with more or fewer cells than the header
 * - `unknown_column`: a CSV or sheet column that is no field of the kind (reported once; the column is ignored)
 * - `duplicate_column`: a CSV or sheet column named twice (the second is ignored)
 * - `unknown_dataset_key`: a key of a JSON dataset that is not a record kind's plural nor `meta`
 * - `duplicate_meta`: a second, different `meta` (the first is kept)
 * - `empty_input`: a file without any record (a warning)
 * - `too_large`, `inflates_too_large`, `too_many_parts`, `too_many_rows`, `too_many_cells` (fatal): a workbook past
 *   a limit of the work of reading it (see `community-standards/xlsx`)
 * - `not_a_workbook` (fatal): a `.xlsx` file that is no readable workbook
 * - `unknown_sheet`: a sheet whose name is no record kind (a warning; ignored)
 * - `no_header`: a sheet of a kind without a header row
 * - `formula_cell`: a formula cell, read as the result Excel saved (a warning)
 * - `error_cell`: a cell holding an error value (`#N/A`…), read as empty
 *
 * @example
 * ```ts
 * inputProblemCodes.includes('not_utf8'); //=> true
 * ```
 */
export const inputProblemCodes = /* @__PURE__ */ Object.freeze([...new Set([...textProblemCodes, ...xlsxProblemCodes])]);

/** An input problem's code. */
export type InputProblemCode = (typeof inputProblemCodes)[number];

/**
 * Codes the text readers share with the workbook reader whose severity is the CLI's own: an ignored column is an
 * `error` in every format here (as it always was for CSV), where `readXlsx` alone calls it a `warning`.
 */
const ERRORS_IN_EVERY_FORMAT: ReadonlySet<InputProblemCode> = new Set(['unknown_column', 'duplicate_column']);
const FATAL: ReadonlySet<InputProblemCode> = new Set(['unreadable_file', 'not_utf8', 'not_gbk', 'malformed_json_file', 'csv_needs_kind', ...xlsxFatalCodes]);
const WARNINGS: ReadonlySet<InputProblemCode> = new Set([
  'duplicate_meta',
  'empty_input',
  ...xlsxWarningCodes.filter((code) => !ERRORS_IN_EVERY_FORMAT.has(code)),
]);

/**
 * Whether a problem stops the reading of its file (and makes the exit code 2).
 *
 * @param code - the problem's code
 * @returns whether it is fatal
 * @example
 * ```ts
 * isFatal('not_utf8'); //=> true
 * isFatal('malformed_line'); //=> false
 * ```
 */
export function isFatal(code: InputProblemCode): boolean {
  return FATAL.has(code);
}

/**
 * The severity of an input problem: `warning` for a duplicate `meta`, an empty file, an ignored sheet and a formula
 * cell, `error` for the rest.
 *
 * @param code - the problem's code
 * @returns its severity
 * @example
 * ```ts
 * problemSeverity('empty_input'); //=> 'warning'
 * ```
 */
export function problemSeverity(code: InputProblemCode): 'error' | 'warning' {
  return WARNINGS.has(code) ? 'warning' : 'error';
}

/** Where something is in the input: the file, and the line (NDJSON, CSV), JSON pointer (JSON) or sheet and cell (.xlsx). */
export interface Location {
  /** The file, as given on the command line (`-` for standard input). */
  readonly file: string;
  /** The 1-based line (of a record's first line, for a CSV row over several lines). */
  readonly line?: number;
  /** A JSON pointer into a `.json` file, e.g. `/communities/3`. */
  readonly pointer?: string;
  /** The sheet of a workbook. */
  readonly sheet?: string;
  /** The cell in the sheet, e.g. `A12` (a record's first cell). */
  readonly cell?: string;
  /** A record read from a sheet: the cell of each field, by dotted name (to place its validation issues). */
  readonly cells?: Readonly<Record<string, string>>;
}

/** An input problem as a reader reports it: a code, where, and the values its message needs. */
export interface InputProblem {
  /** The code. */
  readonly code: InputProblemCode;
  /** Where. */
  readonly location: Location;
  /** The CSV column concerned, if any. */
  readonly column?: string;
  /** The record kind concerned, if known. */
  readonly kind?: RecordKind;
  /** Values for the message (the parser's detail, counts, the kind found…). */
  readonly params?: Readonly<Record<string, unknown>>;
}

/**
 * Thrown by a reader when its file cannot be read at all (a fatal {@link InputProblem}); caught by the command,
 * which reports it and goes on with the next file. Internal to the CLI.
 *
 * @example
 * ```ts
 * throw new FatalInputError({ code: 'unreadable_file', location: { file: 'a.csv' }, params: { reason: 'ENOENT' } });
 * ```
 */
export class FatalInputError extends Error {
  override name = 'FatalInputError';
  /** The problem. */
  readonly problem: InputProblem;

  /** @param problem - the fatal problem */
  constructor(problem: InputProblem) {
    super(`${problem.code} in ${problem.location.file}`);
    this.problem = problem;
  }
}

/**
 * Renders a location as `file:line`, `file#/pointer`, `[file]sheet!cell` (Excel's way) or `file`.
 *
 * @param location - the location
 * @returns the text
 * @example
 * ```ts
 * formatLocation({ file: 'a.ndjson', line: 3 }); //=> 'a.ndjson:3'
 * formatLocation({ file: 'a.json', pointer: '/communities/0' }); //=> 'a.json#/communities/0'
 * formatLocation({ file: 'a.xlsx', sheet: '社区', cell: 'D12' }); //=> '[a.xlsx]社区!D12'
 * ```
 */
export function formatLocation(location: Location): string {
  if (location.sheet !== undefined) return `[${location.file}]${sheetCell(location.sheet, location.cell ?? 'A1')}`;
  if (location.line !== undefined) return `${location.file}:${location.line}`;
  if (location.pointer !== undefined) return `${location.file}#${location.pointer}`;
  return location.file;
}
