/**
 * Messages of the problems met reading a workbook, in every locale.
 *
 * @module
 */
import { deepFrozen } from '../deep-freeze.js';
import type { Locale } from '../locale.js';

/**
 * The codes of the problems that stop the reading of a workbook: `readXlsx` marks them `fatal` (the workbook is
 * not read at all), and the CLI's `validate`, `check` and `stats` stop the file at them (exit code 2).
 *
 * @example
 * ```ts
 * xlsxFatalCodes.includes('not_a_workbook'); //=> true
 * xlsxFatalCodes.includes('formula_cell'); //=> false
 * ```
 */
export const xlsxFatalCodes = /* @__PURE__ */ Object.freeze([
  'too_large',
  'inflates_too_large',
  'too_many_parts',
  'too_many_rows',
  'too_many_cells',
  'not_a_workbook',
] as const);

/**
 * The codes of workbook problems.
 *
 * - `too_large`, `inflates_too_large`, `too_many_parts`, `too_many_rows`, `too_many_cells`: the workbook passes a
 *   limit and is not read (fatal)
 * - `not_a_workbook`: not an .xlsx file, or one exceljs cannot read (fatal)
 * - `unknown_sheet`: a sheet whose name is no record kind (ignored; a warning)
 * - `no_header`: a sheet of a kind with no row of known column names in its first 20 rows
 * - `unknown_column`, `duplicate_column`: a header cell that names no field, or one already named (ignored)
 * - `formula_cell`: a formula cell, read as the value Excel saved with the file (a warning)
 * - `error_cell`: a cell holding an error value such as `#N/A` (read as empty)
 *
 * @example
 * ```ts
 * xlsxProblemCodes.includes('formula_cell'); //=> true
 * ```
 */
export const xlsxProblemCodes = /* @__PURE__ */ Object.freeze([
  ...xlsxFatalCodes,
  'unknown_sheet',
  'no_header',
  'unknown_column',
  'duplicate_column',
  'formula_cell',
  'error_cell',
] as const);

/** A workbook problem's code. */
export type XlsxProblemCode = (typeof xlsxProblemCodes)[number];

/**
 * The codes of the problems `readXlsx` reports with severity `warning` (something ignored or read as Excel saved
 * it); every other code is an `error`.
 *
 * @example
 * ```ts
 * xlsxWarningCodes.includes('formula_cell'); //=> true
 * xlsxWarningCodes.includes('no_header'); //=> false
 * ```
 */
export const xlsxWarningCodes = /* @__PURE__ */ Object.freeze(['unknown_sheet', 'unknown_column', 'duplicate_column', 'formula_cell'] as const satisfies readonly XlsxProblemCode[]);

/** The values a workbook problem's message reads. */
export type XlsxMessageParams = Readonly<Record<string, unknown>>;
const s = (params: XlsxMessageParams, key: string) => String(params[key] ?? '');
const mib = (params: XlsxMessageParams, key: string) => `${Math.round(Number(params[key] ?? 0) / 1024 / 1024)} MiB`;

/** The message of every code, in every locale. */
export const xlsxMessages: Readonly<Record<Locale, Readonly<Record<XlsxProblemCode, (params: XlsxMessageParams) => string>>>> = /* @__PURE__ */ deepFrozen({
  'zh-CN': {
    too_large: (p) => `工作簿过大(${mib(p, 'bytes')},上限 ${mib(p, 'max')}),未读取`,
    inflates_too_large: (p) => `工作簿解压后超过 ${mib(p, 'max')}(可能是压缩炸弹),未读取`,
    too_many_parts: (p) => `工作簿包含的部件超过 ${s(p, 'max')} 个,未读取`,
    too_many_rows: (p) => `工作簿的行数超过 ${s(p, 'max')} 行,未读取;请拆分后再检查`,
    too_many_cells: (p) => `工作簿的单元格数超过 ${s(p, 'max')} 个,未读取;请拆分后再检查`,
    not_a_workbook: (p) => `不是可读取的 .xlsx 工作簿(${s(p, 'detail')})`,
    unknown_sheet: (p) => `工作表「${s(p, 'sheet')}」不对应任何记录类别,已忽略`,
    no_header: (p) => `工作表「${s(p, 'sheet')}」前 20 行中找不到表头(字段名或中文列名)`,
    unknown_column: (p) => `列「${s(p, 'column')}」不是${s(p, 'kindLabel')}的字段,已忽略`,
    duplicate_column: (p) => `列「${s(p, 'column')}」重复,第二列已忽略`,
    formula_cell: (p) => `公式单元格(=${s(p, 'formula')}):按 Excel 保存的计算结果读取,本工具不重新计算`,
    error_cell: (p) => `单元格为错误值 ${s(p, 'error')},按空值读取`,
  },
  en: {
    too_large: (p) => `the workbook is too large (${mib(p, 'bytes')}, limit ${mib(p, 'max')}); not read`,
    inflates_too_large: (p) => `the workbook inflates to more than ${mib(p, 'max')} (a zip bomb?); not read`,
    too_many_parts: (p) => `the workbook holds more than ${s(p, 'max')} parts; not read`,
    too_many_rows: (p) => `the workbook has more than ${s(p, 'max')} rows; not read — split it and check again`,
    too_many_cells: (p) => `the workbook has more than ${s(p, 'max')} cells; not read — split it and check again`,
    not_a_workbook: (p) => `not a readable .xlsx workbook (${s(p, 'detail')})`,
    unknown_sheet: (p) => `sheet "${s(p, 'sheet')}" is no record kind; ignored`,
    no_header: (p) => `sheet "${s(p, 'sheet')}" has no header row (field names or Chinese labels) in its first 20 rows`,
    unknown_column: (p) => `column "${s(p, 'column')}" is no field of ${s(p, 'kindLabel')}; ignored`,
    duplicate_column: (p) => `column "${s(p, 'column')}" appears twice; the second is ignored`,
    formula_cell: (p) => `formula cell (=${s(p, 'formula')}): read as the result Excel saved; never recomputed here`,
    error_cell: (p) => `the cell holds the error value ${s(p, 'error')}; read as empty`,
  },
});
