/**
 * The third-party code of `community-standards/xlsx`: exceljs (workbooks) and fflate (the bounded pre-scan of the
 * zip container).
 *
 * exceljs is imported through its own browser build (`dist/exceljs.bare.min.js`: exceljs with the Buffer and
 * stream shims it needs, without the core-js polyfills), not through its main file, which requires Node's `fs`,
 * `stream` and `crypto`. The same code then runs in Node.js and in browsers, and bundlers need no polyfills. It is
 * about 180 kB brotli: the reason this entry is kept out of the main entry.
 *
 * @module
 */
import type * as ExcelJSTypes from 'exceljs';
import build from 'exceljs/dist/exceljs.bare.min.js';

/** exceljs (4.4), typed by its own declarations. */
export const ExcelJS = build as typeof ExcelJSTypes;

export type { Workbook, Worksheet, Cell, CellValue, Row, DataValidation } from 'exceljs';
