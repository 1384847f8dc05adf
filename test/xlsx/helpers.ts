/**
 * Workbooks for the tests, written with exceljs as a person's spreadsheet program would save them.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { ExcelJS, type Workbook } from '../../src/xlsx/vendor.js';

/** A workbook's bytes. */
export async function bytesOf(workbook: Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A workbook with one sheet of the given rows (arrays of cell values). */
export async function sheetOf(name: string, rows: readonly (readonly unknown[])[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name);
  for (const row of rows) sheet.addRow([...row]);
  return bytesOf(workbook);
}

/** Rewrites one part of a workbook's zip container (its text), keeping the others. */
export function rewritePart(data: Uint8Array, part: string, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(data);
  const xml = files[part];
  if (xml === undefined) throw new Error(`no part ${part}`);
  files[part] = strToU8(edit(strFromU8(xml)));
  return zipSync(files);
}
