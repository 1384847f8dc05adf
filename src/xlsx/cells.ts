/**
 * Reading a worksheet cell as a field value: Excel serial dates and dates typed as text, numbers stored as text,
 * full-width digits and spaces, enumeration members by their Chinese labels, formula cells by their cached value.
 *
 * @module
 */
import { normalizeName, toHalfWidth, type XlsxChoice, type XlsxField } from './fields.js';

/** A cell as read: its value for the record (absent for an empty cell) and what is notable about it. */
export interface CellRead {
  /** The field value, or `undefined` for an empty cell. Text that does not read as the field's type stays text. */
  readonly value: unknown;
  /** The cell's formula (without `=`), when it holds one: its value is the result Excel saved with the file. */
  readonly formula?: string;
  /** The cell holds an error value (`#N/A`, `#DIV/0!`…). */
  readonly error?: string;
}

/** How cells are read. */
export interface CellOptions {
  /** The workbook uses the 1904 date system (old Mac workbooks). */
  readonly date1904?: boolean;
  /** The UTC offset given to a date-time typed without one (default `+08:00`, China Standard Time). */
  readonly utcOffset?: string;
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const TRUE = new Set(['true', 'yes', 'y', '1', '是', '有', '√', '✓', '✔']);
const FALSE = new Set(['false', 'no', 'n', '0', '否', '无', '×', '✗', '✘']);
const DAY_MS = 86_400_000;
const LIST_SEPARATORS = /[;；、，\n]/;

/** Unwraps exceljs's cell value shapes (formula, rich text, hyperlink, error) to a plain value. */
function plain(raw: unknown): { value: unknown; formula?: string; error?: string } {
  if (raw === null || raw === undefined) return { value: undefined };
  if (typeof raw !== 'object' || raw instanceof Date) return { value: raw };
  const object = raw as Record<string, unknown>;
  if ('formula' in object || 'sharedFormula' in object) {
    const inner = plain(object['result']);
    const text = object['formula'] ?? object['sharedFormula'];
    return { ...inner, formula: typeof text === 'string' ? text : '' };
  }
  if (Array.isArray(object['richText'])) {
    return { value: (object['richText'] as { text?: unknown }[]).map((run) => (typeof run.text === 'string' ? run.text : '')).join('') };
  }
  if ('error' in object) return { value: undefined, error: String(object['error']) };
  if ('text' in object) return plain(object['text']);
  return { value: undefined };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A date's wall-clock parts as exceljs stores them (UTC), as `YYYY-MM-DD`. */
function isoDate(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function isoDateTime(date: Date, offset: string): string {
  return `${isoDate(date)}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}${offset}`;
}

/**
 * An Excel serial date as a date (wall clock, in UTC fields). In the 1900 system day 1 is 1900-01-01 and day 60
 * is Lotus's phantom 1900-02-29 (no date: `undefined`); in the 1904 system day 0 is 1904-01-01.
 *
 * @param serial - the serial number (a fraction is the time of day)
 * @param date1904 - whether the workbook uses the 1904 system
 * @returns the date, or `undefined` out of Excel's range
 * @example
 * ```ts
 * excelSerialDate(41455)?.toISOString(); //=> '2013-06-30T00:00:00.000Z'
 * ```
 */
export function excelSerialDate(serial: number, date1904 = false): Date | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2958466) return undefined;
  if (date1904) return new Date(Date.UTC(1904, 0, 1) + Math.round(serial * DAY_MS));
  if (serial < 1 || Math.floor(serial) === 60) return undefined;
  const base = serial < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(base + Math.round(serial * DAY_MS));
}

const TEXT_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const TEXT_DATE_TIME = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+|T)(\d{1,2})\s*[:时]\s*(\d{1,2})(?:\s*[:分]\s*(\d{1,2})\s*秒?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A date typed as text, as `YYYY-MM-DD`: `2013-06-30`, `2013/6/30`, `2013.6.30`, `2013年6月30日`, `20130630`,
 * full-width digits too. Anything else is returned unchanged (validation reports it).
 *
 * @param text - the cell's text
 * @returns the ISO date, or the text
 * @example
 * ```ts
 * textDate('2013年6月30日'); //=> '2013-06-30'
 * textDate('２０１３/６/３０'); //=> '2013-06-30'
 * textDate('六月'); //=> '六月'
 * ```
 */
export function textDate(text: string): string {
  const half = toHalfWidth(text).trim();
  const match = TEXT_DATE.exec(half) ?? COMPACT_DATE.exec(half);
  if (match === null) return text;
  return `${match[1]}-${pad(Number(match[2]))}-${pad(Number(match[3]))}`;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

function textDateTime(text: string, offset: string): string {
  const half = toHalfWidth(text).trim();
  if (ISO_DATE_TIME.test(half)) return half;
  const match = TEXT_DATE_TIME.exec(half);
  if (match === null) return text;
  const zone = match[7] === undefined ? offset : match[7] === 'Z' ? 'Z' : match[7].length === 5 ? `${match[7].slice(0, 3)}:${match[7].slice(3)}` : match[7];
  return `${match[1]}-${pad(Number(match[2]))}-${pad(Number(match[3]))}T${pad(Number(match[4]))}:${pad(Number(match[5]))}:${pad(Number(match[6] ?? 0))}${zone}`;
}

function choice(text: string, choices: readonly XlsxChoice[] | undefined): string {
  if (choices === undefined) return text;
  const key = normalizeName(text);
  const found = choices.find(
    (c) => normalizeName(c.value) === key || (c.label !== undefined && (normalizeName(c.label['zh-CN']) === key || normalizeName(c.label.en) === key)),
  );
  return found === undefined ? text : found.value;
}

/** Text as a string field: trimmed (ideographic spaces too), full-width digits as ASCII digits. */
function stringText(text: string): string {
  return text.replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

function asNumber(value: unknown): unknown {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return isoDate(value);
  const text = String(value);
  const compact = toHalfWidth(text).replace(/[\s,]/g, '');
  return NUMBER.test(compact) ? Number(compact) : stringText(text);
}

function asBoolean(value: unknown): unknown {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : value;
  const word = normalizeName(String(value));
  return TRUE.has(word) ? true : FALSE.has(word) ? false : stringText(String(value));
}

function asString(value: unknown, field: XlsxField): unknown {
  if (value instanceof Date) return isoDate(value);
  const text = stringText(typeof value === 'number' ? numberText(value) : String(value));
  return choice(text, field.choices);
}

/** A number as text without float noise (an id typed as a number: `3205830001`). */
function numberText(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
}

function asList(value: unknown, field: XlsxField): unknown {
  if (typeof value !== 'string') return [asString(value, field)];
  const text = value.trim();
  if (text.startsWith('[')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return value;
    }
  }
  return text
    .split(LIST_SEPARATORS)
    .map((part) => stringText(part))
    .filter((part) => part !== '')
    .map((part) => choice(part, field.choices));
}

/**
 * Reads a cell (as exceljs gives it) as the value of a field. An empty cell (or one holding only spaces) is an
 * absent field. Values that do not read as the field's type are kept as text, so that validation reports them
 * with what the cell held.
 *
 * @param raw - the cell's value: a number, text, boolean, `Date`, or exceljs's formula, rich-text, hyperlink or
 *   error object
 * @param field - the column's field
 * @param options - the workbook's date system and the UTC offset of date-times typed without one
 * @returns the value and whether the cell is a formula or an error
 * @example
 * ```ts
 * readCell('１,２００', integerField).value; //=> 1200
 * readCell(41455, dateField).value; //=> '2013-06-30'
 * readCell({ formula: 'B2*2', result: 24 }, integerField); //=> { value: 24, formula: 'B2*2' }
 * readCell('农村社区', kindField).value; //=> 'rural'
 * ```
 */
export function readCell(raw: unknown, field: XlsxField, options: CellOptions = {}): CellRead {
  const { value, formula, error } = plain(raw);
  const flags = { ...(formula !== undefined && { formula }), ...(error !== undefined && { error }) };
  if (value === undefined || (typeof value === 'string' && stringText(value) === '')) return { value: undefined, ...flags };
  const offset = options.utcOffset ?? '+08:00';
  let out: unknown;
  switch (field.type) {
    case 'number':
    case 'integer':
      out = asNumber(value);
      break;
    case 'boolean':
      out = asBoolean(value);
      break;
    case 'date': {
      const date = value instanceof Date ? value : typeof value === 'number' ? excelSerialDate(value, options.date1904) : undefined;
      out = date !== undefined ? isoDate(date) : textDate(stringText(String(value)));
      break;
    }
    case 'date-time': {
      const date = value instanceof Date ? value : typeof value === 'number' ? excelSerialDate(value, options.date1904) : undefined;
      out = date !== undefined ? isoDateTime(date, offset) : textDateTime(stringText(String(value)), offset);
      break;
    }
    case 'list':
      out = asList(value, field);
      break;
    case 'json': {
      const text = String(value).trim();
      try {
        out = JSON.parse(text) as unknown;
      } catch {
        out = text;
      }
      break;
    }
    default:
      out = asString(value, field);
  }
  return { value: out, ...flags };
}
