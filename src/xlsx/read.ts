/**
 * Reading a workbook of records: one sheet per record kind, a header row of field names or Chinese labels, one
 * record a row.
 *
 * @module
 */
import { InvalidOptionError } from '../errors.js';
import { resolveLocale, type Locale } from '../locale.js';
import { datasetKeys, recordKindLabels, type RecordKind } from '../models/kinds.js';
import { readCell, type CellOptions } from './cells.js';
import { columnLookup, kindOfSheet, xlsxFields, type XlsxField } from './fields.js';
import { xlsxFatalCodes, xlsxMessages, xlsxWarningCodes, type XlsxProblemCode } from './messages.js';
import { defaultXlsxLimits, scanWorkbook, type XlsxLimits } from './scan.js';
import { ExcelJS, type Worksheet } from './vendor.js';
import { setPath } from '../set-path.js';

/** A record read from a row. */
export interface XlsxRecord {
  /** Its kind (from the sheet's name). */
  readonly kind: RecordKind;
  /** The record, not yet validated. */
  readonly value: Readonly<Record<string, unknown>>;
  /** The sheet's name. */
  readonly sheet: string;
  /** The 1-based row. */
  readonly row: number;
  /** The cell of each field read, by dotted name: `{ 'households.registered': 'D12' }`. */
  readonly cells: Readonly<Record<string, string>>;
  /** The first cell of the row (where a problem of the whole record is shown). */
  readonly firstCell: string;
}

/** A problem met reading the workbook. */
export interface XlsxProblem {
  /** The code. */
  readonly code: XlsxProblemCode;
  /** `error`, or `warning` for an ignored sheet or column and a formula cell. */
  readonly severity: 'error' | 'warning';
  /** Whether the workbook was not read at all. */
  readonly fatal?: boolean;
  /** The sheet, when the problem is in one. */
  readonly sheet?: string;
  /** The cell, e.g. `D12`. */
  readonly cell?: string;
  /** The message, in the locale. */
  readonly message: string;
  /** The values of the message. */
  readonly params: Readonly<Record<string, unknown>>;
}

/** What was read. */
export interface XlsxRead {
  /** The records, sheet by sheet, row by row. */
  readonly records: readonly XlsxRecord[];
  /** The records as a dataset: under each kind's plural (`communities`…), in order. */
  readonly dataset: Readonly<Record<string, readonly unknown[]>>;
  /** The problems, in the order met. */
  readonly problems: readonly XlsxProblem[];
}

/** Options of {@link readXlsx}. */
export interface ReadXlsxOptions extends CellOptions {
  /** The locale of the messages (default `zh-CN`). */
  readonly locale?: Locale;
  /** The limits of the work (see {@link XlsxLimits}). */
  readonly limits?: XlsxLimits;
}

/** Cells a row may have (a sheet's records have a few dozen fields; Excel's own limit is 16,384). */
const MAX_COLUMNS = 1024;
/** Rows searched for the header (title rows above it are skipped). */
const HEADER_ROWS = 20;
const WARNINGS: ReadonlySet<XlsxProblemCode> = new Set(xlsxWarningCodes);
const FATAL: ReadonlySet<XlsxProblemCode> = new Set(xlsxFatalCodes);

/**
 * A column number as Excel's letters.
 *
 * @param column - the 1-based column
 * @returns the letters
 * @example
 * ```ts
 * columnLetters(4); //=> 'D'
 * columnLetters(28); //=> 'AB'
 * ```
 */
export function columnLetters(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

function bytesOf(data: unknown): Uint8Array | undefined {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return undefined;
}


/** A header cell's text (exceljs's rich text and formula shapes too). */
function headerText(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  if (typeof raw !== 'object') return String(raw).trim();
  const object = raw as Record<string, unknown>;
  if (Array.isArray(object['richText'])) return (object['richText'] as { text?: unknown }[]).map((r) => String(r.text ?? '')).join('').trim();
  if ('result' in object) return headerText(object['result']);
  if ('text' in object) return headerText(object['text']);
  return '';
}

interface Column {
  readonly index: number;
  readonly field: XlsxField;
}

/**
 * Reads a workbook (.xlsx) of records. Each visible sheet named by a record kind — the kind (`community`), its
 * plural, or its Chinese or English label (`社区`, `服务中心`) — holds records of that kind; other sheets are
 * reported and ignored. The header is the row, among the first 20, naming most fields (by dotted name
 * `households.registered`, Chinese label path `户数.户籍`, or full label path `户数.户籍户数`): the title rows above
 * it are skipped. Every non-empty row under it is a record. Cells are read as their fields' types (see
 * `readCell`): Excel serial dates and dates typed as text, numbers stored as text, full-width digits, enumeration
 * members by their Chinese labels; a formula cell is read as the result Excel saved and reported (`formula_cell`).
 *
 * The work is bounded before the workbook is parsed (see {@link scanWorkbook}): a file over `limits.maxBytes`, a zip
 * bomb, or more rows than `limits.maxRows` or cells than `limits.maxCells` is refused with one fatal problem. Bad input never throws.
 *
 * @param data - the workbook's bytes
 * @param options - the locale of the messages, the limits, the date system and UTC offset of cells
 * @returns the records (as read and as a dataset) and the problems
 * @throws {@link index!InvalidOptionError} when `data` is not bytes
 * @example
 * ```ts
 * const { dataset, records, problems } = await readXlsx(await file.arrayBuffer());
 * records[0]; //=> { kind: 'community', sheet: '社区', row: 3, cells: { id: 'A3', … }, value: { id: 'yanwu', … } }
 * ```
 */
export async function readXlsx(data: Uint8Array | ArrayBuffer, options: ReadXlsxOptions = {}): Promise<XlsxRead> {
  const bytes = bytesOf(data);
  if (bytes === undefined) throw new InvalidOptionError('data', 'expected the bytes of a workbook (Uint8Array or ArrayBuffer)', data);
  const locale = resolveLocale(options.locale);
  const problems: XlsxProblem[] = [];
  const problem = (code: XlsxProblemCode, params: Record<string, unknown>, sheet?: string, cell?: string) => {
    problems.push({
      code,
      severity: WARNINGS.has(code) ? 'warning' : 'error',
      ...(FATAL.has(code) && { fatal: true }),
      ...(sheet !== undefined && { sheet }),
      ...(cell !== undefined && { cell }),
      message: xlsxMessages[locale][code](params),
      params,
    });
  };
  const records: XlsxRecord[] = [];
  const dataset: Record<string, unknown[]> = {};
  const done = (): XlsxRead => ({ records, dataset, problems });

  const limits = { ...defaultXlsxLimits, ...options.limits };
  const refusal = scanWorkbook(bytes, limits);
  if (refusal !== undefined) {
    problem(refusal.code, refusal.params);
    return done();
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as never, {
      // exceljs expands these ranges cell by cell: a data validation or a merge over a whole sheet
      // (`A1:XFD1048576`) is 17 billion cells. They hold nothing a record needs, so they are not read: a merged
      // cell's value is its first cell's, as Excel stores it.
      ignoreNodes: ['dataValidations', 'conditionalFormatting', 'mergeCells', 'extLst'],
      maxRows: limits.maxRows + 1,
      maxCols: MAX_COLUMNS,
    } as never);
  } catch (error) {
    problem('not_a_workbook', { detail: error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200) });
    return done();
  }
  const cellOptions: CellOptions = {
    date1904: options.date1904 ?? (workbook.properties as { date1904?: boolean } | undefined)?.date1904 === true,
    ...(options.utcOffset !== undefined && { utcOffset: options.utcOffset }),
  };
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== undefined && sheet.state !== 'visible') continue;
    readSheet(sheet, cellOptions, locale, problem, (record) => {
      records.push(record);
      (dataset[datasetKeys[record.kind]] ??= []).push(record.value);
    });
  }
  return done();
}

function readSheet(
  sheet: Worksheet,
  cellOptions: CellOptions,
  locale: Locale,
  problem: (code: XlsxProblemCode, params: Record<string, unknown>, sheet?: string, cell?: string) => void,
  emit: (record: XlsxRecord) => void,
): void {
  const name = sheet.name;
  const kind = kindOfSheet(name);
  const last = sheet.rowCount;
  if (kind === undefined) {
    if (sheet.actualRowCount > 0) problem('unknown_sheet', { sheet: name }, name);
    return;
  }
  const fields = xlsxFields(kind);
  const lookup = columnLookup(fields);

  // The header: the row among the first ones naming most fields.
  let headerRow = 0;
  let best = 0;
  for (let r = 1; r <= Math.min(last, HEADER_ROWS); r++) {
    let known = 0;
    sheet.getRow(r).eachCell((cell) => {
      if (lookup(headerText(cell.value)) !== undefined) known++;
    });
    if (known > best) {
      best = known;
      headerRow = r;
    }
  }
  if (headerRow === 0) {
    if (sheet.actualRowCount > 0) problem('no_header', { sheet: name }, name);
    return;
  }
  const columns: Column[] = [];
  const taken = new Set<string>();
  sheet.getRow(headerRow).eachCell((cell, index) => {
    const text = headerText(cell.value);
    if (text === '') return;
    const field = lookup(text);
    const at = `${columnLetters(index)}${headerRow}`;
    if (field === undefined) {
      problem('unknown_column', { column: text, kindLabel: recordKindLabels[kind][locale] }, name, at);
      return;
    }
    if (taken.has(field.name)) {
      problem('duplicate_column', { column: text }, name, at);
      return;
    }
    taken.add(field.name);
    columns.push({ index, field });
  });
  const parents = new Set<string>();
  for (const { field } of columns) {
    if (field.parentsRequired) for (let i = 1; i < field.path.length; i++) parents.add(field.path.slice(0, i).join('.'));
  }
  const parentPaths = [...parents].sort((a, b) => a.length - b.length).map((p) => p.split('.'));

  // Only the rows the sheet holds: a row numbered far down (`<row r="20000000">`) must not make us visit, and
  // exceljs create, every row above it.
  sheet.eachRow((row, r) => {
    if (r <= headerRow) return;
    const value: Record<string, unknown> = {};
    const cells: Record<string, string> = {};
    let any = false;
    for (const { index, field } of columns) {
      const at = `${columnLetters(index)}${r}`;
      const read = readCell(row.getCell(index).value, field, cellOptions);
      if (read.formula !== undefined) problem('formula_cell', { formula: read.formula }, name, at);
      if (read.error !== undefined) problem('error_cell', { error: read.error }, name, at);
      cells[field.name] = at;
      if (read.value === undefined) continue;
      any = true;
      setPath(value, field.path, read.value);
    }
    if (!any) return;
    const record: Record<string, unknown> = {};
    for (const path of parentPaths) setPath(record, path, {});
    for (const [key, v] of Object.entries(value)) mergeInto(record, key, v);
    emit({ kind, value: record, sheet: name, row: r, cells, firstCell: `${columnLetters(columns[0]?.index ?? 1)}${r}` });
  });
}

/** Puts a top-level field of the row's values into the record, merging into an object already there (`{}`). */
function mergeInto(record: Record<string, unknown>, key: string, value: unknown): void {
  const present = Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
  if (typeof present === 'object' && present !== null && !Array.isArray(present) && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) mergeInto(present as Record<string, unknown>, k, v);
    return;
  }
  setPath(record, [key], value); // an own property: `__proto__` is only a key
}
