/**
 * A workbook for people to fill in: one sheet per record kind, Chinese headers with the field's description as a
 * note, drop-down lists for enumerations, number and date formats, a frozen header row, and example rows.
 *
 * @module
 */
import { InvalidOptionError } from '../errors.js';
import { recordKinds, recordKindLabels, datasetKeys, type RecordKind } from '../models/kinds.js';
import { isRecordKind } from '../validation/validate-record.js';
import { xlsxFields, type XlsxField } from './fields.js';
import { ExcelJS, type DataValidation, type Worksheet } from './vendor.js';

/** Options of {@link writeTemplate}. */
export interface TemplateOptions {
  /** The kinds to write a sheet for, in this order (default: every kind). */
  readonly kinds?: readonly RecordKind[];
  /**
   * Records to write under each header, as a dataset (`{ communities: [...] }`): e.g. the first record of each kind
   * of `kunshan2013()` as an example row. Records that are not objects are left out.
   */
  readonly rows?: Readonly<Record<string, readonly unknown[] | unknown>>;
  /** How many rows get the drop-down lists and formats (default 1,000). */
  readonly formattedRows?: number;
}

/** Inline drop-down lists are limited by Excel to 255 characters; longer ones go to a hidden sheet. */
const INLINE_LIST_MAX = 255;
/** The hidden sheet holding the longer drop-down lists. */
export const CHOICES_SHEET = '选项';

const TYPE_NOTES: Readonly<Record<XlsxField['type'], string>> = {
  string: '文本 / text',
  number: '数字 / number',
  integer: '整数 / whole number',
  boolean: '是 / 否 (yes / no)',
  date: '日期 / date (2013-06-30)',
  'date-time': '日期时间 / date and time (2013-09-29 09:30, +08:00 unless given)',
  list: '多个值用"、"或";"分隔 / several values, separated by 、 or ;',
  json: 'JSON 文本 / JSON text',
};

function note(field: XlsxField): string {
  const lines = [field.description, '', `字段 / field: ${field.name}`, `格式 / format: ${TYPE_NOTES[field.type]}`];
  if (field.required) lines.push('必填 / required');
  if (field.choices !== undefined) {
    lines.push(`可选值 / choices: ${field.choices.map((c) => (c.label === undefined ? c.value : `${c.label['zh-CN']}`)).join('、')}`);
  }
  return lines.join('\n');
}

/** The text of a choice as the sheet shows it: its Chinese label, else the value. */
function choiceText(field: XlsxField, value: unknown): unknown {
  const found = field.choices?.find((c) => c.value === value);
  return found?.label?.['zh-CN'] ?? value;
}

function at(record: unknown, path: readonly string[]): unknown {
  let node = record;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || Array.isArray(node) || !Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * A field's value as a cell: Chinese labels for enumeration members, `是`/`否` for booleans, a date as an Excel
 * date, lists joined by `、`, objects as JSON text.
 *
 * @param field - the column's field
 * @param value - the record's value
 * @returns the cell value, or `null` for an absent field
 * @example
 * ```ts
 * cellValue(kindField, 'rural'); //=> '农村社区'
 * cellValue(registeredOnField, '2013-06-30'); //=> Date 2013-06-30T00:00:00Z
 * ```
 */
export function cellValue(field: XlsxField, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  switch (field.type) {
    case 'boolean':
      return typeof value === 'boolean' ? (value ? '是' : '否') : String(value);
    case 'date': {
      const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
      return match === null ? String(value) : new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    }
    case 'list':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && !/[;；、，\n]/.test(v))
        ? value.map((v) => choiceText(field, v)).join('、')
        : JSON.stringify(value);
    case 'json':
      return JSON.stringify(value);
    case 'number':
    case 'integer':
      return typeof value === 'number' ? value : String(value);
    default:
      return typeof value === 'string' ? choiceText(field, value) : JSON.stringify(value);
  }
}

const NUMBER_FORMATS: Partial<Record<XlsxField['type'], string>> = {
  integer: '0',
  date: 'yyyy-mm-dd',
  'date-time': '@',
  string: '@',
  list: '@',
  json: '@',
};

/**
 * Writes a workbook to fill in: one sheet per kind (named by its Chinese label), the header in row 1 (Chinese label
 * paths such as `户数.户籍`, bold, frozen), each header cell with a note (the field's description, its name, format,
 * whether it is required, its choices), drop-down lists for enumerations (in Chinese) and for yes/no fields, number
 * and date formats, and the `rows` given under the header. The workbook reads back with {@link readXlsx} into the
 * same records.
 *
 * @param options - the kinds, the rows (e.g. one example per kind from `kunshan2013()`), how many rows to format
 * @returns the workbook's bytes
 * @throws {@link index!InvalidOptionError} for an unknown kind or a bad `formattedRows`
 * @example
 * ```ts
 * const data = kunshan2013();
 * const example = Object.fromEntries(Object.entries(data).map(([key, list]) => [key, Array.isArray(list) ? list.slice(0, 1) : list]));
 * const bytes = await writeTemplate({ kinds: ['community', 'serviceCenter'], rows: example });
 * ```
 */
export async function writeTemplate(options: TemplateOptions = {}): Promise<Uint8Array> {
  const given: unknown = options.kinds ?? recordKinds;
  if (!Array.isArray(given)) throw new InvalidOptionError('kinds', 'expected a list of record kinds', given);
  const kinds: RecordKind[] = [];
  for (const kind of given as unknown[]) {
    if (!isRecordKind(kind)) throw new InvalidOptionError('kinds', 'expected record kinds', kind);
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  const formatted = options.formattedRows ?? 1000;
  if (!Number.isInteger(formatted) || formatted < 1 || formatted > 100_000) throw new InvalidOptionError('formattedRows', 'expected a whole number from 1 to 100,000', formatted);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'community-standards';
  let choices: Worksheet | undefined;
  const lists = new Map<string, string>();
  const listFormula = (values: readonly string[]): string => {
    const inline = `"${values.join(',')}"`;
    if (inline.length <= INLINE_LIST_MAX && values.every((v) => !v.includes(',') && !v.includes('"'))) return inline;
    const key = values.join('\u0000');
    const found = lists.get(key);
    if (found !== undefined) return found;
    choices ??= workbook.addWorksheet(CHOICES_SHEET, { state: 'hidden' });
    const column = lists.size + 1;
    values.forEach((v, i) => (choices!.getCell(i + 1, column).value = v));
    const letters = choices.getColumn(column).letter;
    const formula = `${CHOICES_SHEET}!$${letters}$1:$${letters}$${values.length}`;
    lists.set(key, formula);
    return formula;
  };

  for (const kind of kinds) {
    const fields = xlsxFields(kind);
    const sheet = workbook.addWorksheet(recordKindLabels[kind]['zh-CN'], { views: [{ state: 'frozen', ySplit: 1 }] });
    fields.forEach((field, i) => {
      const column = sheet.getColumn(i + 1);
      column.width = Math.min(40, Math.max(10, field.label.length * 2 + 4));
      const format = NUMBER_FORMATS[field.type];
      if (format !== undefined) column.numFmt = format;
      const header = sheet.getCell(1, i + 1);
      header.value = field.label;
      header.numFmt = '@';
      header.font = { bold: true };
      header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: field.required ? 'FFFCE4D6' : 'FFDDEBF7' } };
      header.note = note(field);
      const range = `${column.letter}2:${column.letter}${formatted + 1}`;
      const values = field.type === 'boolean' ? ['是', '否'] : field.type === 'string' ? field.choices?.map((c) => c.label?.['zh-CN'] ?? c.value) : undefined;
      if (values !== undefined) {
        (sheet as unknown as { dataValidations: { add(range: string, validation: DataValidation): void } }).dataValidations.add(range, {
          type: 'list',
          allowBlank: true,
          formulae: [listFormula(values)],
          showErrorMessage: true,
          errorTitle: '无效的值 / invalid value',
          error: '请从下拉列表中选择 / choose from the list',
        });
      }
    });
    const list = options.rows?.[datasetKeys[kind]];
    if (!Array.isArray(list)) continue;
    for (const record of list) {
      if (typeof record !== 'object' || record === null || Array.isArray(record)) continue;
      sheet.addRow(fields.map((field) => cellValue(field, at(record, field.path))));
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
