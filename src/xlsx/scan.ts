/**
 * A bounded look inside a workbook before exceljs reads it: the zip container is inflated in small steps by
 * fflate, counting what comes out, so that a zip bomb or a sheet of a million rows is refused after a bounded
 * amount of work instead of filling memory.
 *
 * @module
 */
import { Unzip, UnzipInflate } from 'fflate';

/** Limits on the work of reading one workbook. */
export interface XlsxLimits {
  /** The workbook file's size (default 50 MiB). */
  readonly maxBytes?: number;
  /** The bytes of all its parts once inflated (default 200 MiB). */
  readonly maxInflatedBytes?: number;
  /** The parts (files) in the container (default 2,000). */
  readonly maxParts?: number;
  /** The rows of all its sheets together (default 100,000). */
  readonly maxRows?: number;
  /** The cells of all its sheets together (default 2,000,000: 100,000 rows of 20 cells; each costs exceljs some 300 bytes). */
  readonly maxCells?: number;
}

/** The defaults of {@link XlsxLimits}. */
export const defaultXlsxLimits: Readonly<Required<XlsxLimits>> = Object.freeze({
  maxBytes: 50 * 1024 * 1024,
  maxInflatedBytes: 200 * 1024 * 1024,
  maxParts: 2000,
  maxRows: 100_000,
  maxCells: 2_000_000,
});

/** Why a workbook was refused before it was read. */
export type ScanRefusal =
  | { readonly code: 'too_large'; readonly params: { readonly bytes: number; readonly max: number } }
  | { readonly code: 'inflates_too_large'; readonly params: { readonly max: number } }
  | { readonly code: 'too_many_parts'; readonly params: { readonly max: number } }
  | { readonly code: 'too_many_rows'; readonly params: { readonly max: number } }
  | { readonly code: 'too_many_cells'; readonly params: { readonly max: number } }
  | { readonly code: 'not_a_workbook'; readonly params: { readonly detail: string } };

/** Compressed bytes pushed at a time: deflate expands at most ~1,032×, so one step inflates at most ~8 MiB. */
const STEP = 8 * 1024;
const ROW = [0x3c, 0x72, 0x6f, 0x77]; // "<row"
const CELL = [0x3c, 0x63]; // "<c"

/**
 * Counts the elements `<name` followed by a space, `>` or `/` (a row or cell element of SpreadsheetML: not `<cols`
 * or `<cfRule`), across chunk boundaries.
 */
function elementCounter(tag: readonly number[]): (chunk: Uint8Array) => number {
  let matched = 0; // how many bytes of the tag the previous chunk ended with
  return (chunk) => {
    let count = 0;
    for (const byte of chunk) {
      if (matched === tag.length) {
        if (byte === 0x20 || byte === 0x3e || byte === 0x2f || byte === 0x09 || byte === 0x0a || byte === 0x0d) count++;
        matched = 0;
      }
      if (byte === tag[matched]) matched++;
      else matched = byte === tag[0] ? 1 : 0;
    }
    return count;
  };
}

/**
 * Inflates every part of a workbook's zip container in small steps, stopping at the first limit passed: the
 * file's size, the parts' inflated size (whatever sizes the container declares), the number of parts, and the
 * rows and cells of its worksheets (`<row` and `<c` elements of `xl/worksheets/*.xml`). Nothing is kept.
 *
 * @param data - the workbook's bytes
 * @param limits - the limits (defaults: {@link defaultXlsxLimits})
 * @returns why the workbook is refused, or `undefined` when it is within the limits
 * @example
 * ```ts
 * scanWorkbook(bytes); //=> undefined
 * scanWorkbook(zipBomb)?.code; //=> 'inflates_too_large'
 * ```
 */
export function scanWorkbook(data: Uint8Array, limits: XlsxLimits = {}): ScanRefusal | undefined {
  const max = { ...defaultXlsxLimits, ...limits };
  if (data.byteLength > max.maxBytes) return { code: 'too_large', params: { bytes: data.byteLength, max: max.maxBytes } };
  if (data.byteLength < 4 || data[0] !== 0x50 || data[1] !== 0x4b) return { code: 'not_a_workbook', params: { detail: 'not a zip container' } };
  let inflated = 0;
  let parts = 0;
  let rows = 0;
  let cells = 0;
  let refusal: ScanRefusal | undefined;
  const unzip = new Unzip((file) => {
    if (refusal !== undefined) return;
    parts++;
    if (parts > max.maxParts) {
      refusal = { code: 'too_many_parts', params: { max: max.maxParts } };
      return;
    }
    const sheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(file.name);
    const countRows = sheet ? elementCounter(ROW) : undefined;
    const countCells = sheet ? elementCounter(CELL) : undefined;
    file.ondata = (error, chunk) => {
      if (refusal !== undefined) return;
      if (error !== null) {
        refusal = { code: 'not_a_workbook', params: { detail: error.message } };
        return;
      }
      inflated += chunk.byteLength;
      if (inflated > max.maxInflatedBytes) refusal = { code: 'inflates_too_large', params: { max: max.maxInflatedBytes } };
      else if (countRows !== undefined && (rows += countRows(chunk)) > max.maxRows) refusal = { code: 'too_many_rows', params: { max: max.maxRows } };
      else if (countCells !== undefined && (cells += countCells(chunk)) > max.maxCells) refusal = { code: 'too_many_cells', params: { max: max.maxCells } };
      if (refusal !== undefined) file.terminate();
    };
    try {
      file.start();
    } catch (error) {
      refusal = { code: 'not_a_workbook', params: { detail: error instanceof Error ? error.message : String(error) } };
    }
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < data.byteLength && refusal === undefined; at += STEP) {
      const end = Math.min(at + STEP, data.byteLength);
      unzip.push(data.subarray(at, end), end === data.byteLength);
    }
  } catch (error) {
    refusal ??= { code: 'not_a_workbook', params: { detail: error instanceof Error ? error.message : String(error) } };
  }
  if (refusal === undefined && parts === 0) return { code: 'not_a_workbook', params: { detail: 'an empty zip container' } };
  return refusal;
}
