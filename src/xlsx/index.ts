/**
 * `community-standards/xlsx`: the workbooks people already keep. Read records from .xlsx sheets with Chinese
 * headers (`readXlsx`, `validateXlsx`), write a template to fill in (`writeTemplate`), and a check report as a
 * workbook (`renderXlsx`). Runs in Node.js and browsers; it brings exceljs (about 180 kB brotli), so it is kept
 * out of the main entry.
 *
 * @module
 */
export { readXlsx, columnLetters, type ReadXlsxOptions, type XlsxRead, type XlsxRecord, type XlsxProblem } from './read.js';
export { validateXlsx, type XlsxIssue, type XlsxValidation } from './validate.js';
export { writeTemplate, cellValue, CHOICES_SHEET, type TemplateOptions } from './template.js';
export { renderXlsx, type RenderXlsxOptions } from './render.js';
export { readCell, excelSerialDate, textDate, type CellRead, type CellOptions } from './cells.js';
export { xlsxFields, kindOfSheet, chineseTerm, columnLookup, normalizeName, toHalfWidth, type XlsxField, type XlsxCellType, type XlsxChoice } from './fields.js';
export { scanWorkbook, defaultXlsxLimits, type XlsxLimits, type ScanRefusal } from './scan.js';
export { xlsxProblemCodes, xlsxMessages, type XlsxProblemCode, type XlsxMessageParams } from './messages.js';
export { cellOfPath, pathLabel, placeIssue } from './place.js';
export { sheetCell } from './sheet-cell.js';
