/**
 * A cell reference as Excel writes it, with its sheet (`社区!D12`): small on purpose, for the report's renderers.
 *
 * @module
 */

/**
 * A cell reference with its sheet, quoted as Excel quotes a sheet name with spaces or punctuation.
 *
 * @param sheet - the sheet's name
 * @param cell - the cell, e.g. `D12`
 * @returns the reference
 * @example
 * ```ts
 * sheetCell('社区', 'D12'); //=> '社区!D12'
 * sheetCell('my data', 'A1'); //=> "'my data'!A1"
 * ```
 */
export function sheetCell(sheet: string, cell: string): string {
  const plain = /^[\p{L}\p{N}_.]+$/u.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${cell}`;
}
