/**
 * Reading a workbook (.xlsx) on the command line: its bytes gathered (up to the size limit), read by
 * `community-standards/xlsx`, each record located at its sheet and row and each problem at its cell.
 *
 * @module
 */
import type { RecordKind } from '../models/kinds.js';
import { defaultXlsxLimits } from '../xlsx/scan.js';
import type { XlsxProblem } from '../xlsx/read.js';
import type { InputItem } from './input-item.js';
import { FatalInputError, type InputProblemCode } from './problem.js';
import type { Source } from './source.js';

/** Gathers the bytes of a source, refusing (fatal `too_large`) past `max` without reading on. */
async function gather(source: Source, max: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of source.bytes) {
    total += chunk.byteLength;
    if (total > max) {
      throw new FatalInputError({ code: 'too_large', location: { file: source.file }, params: { bytes: source.size ?? total, max } });
    }
    chunks.push(chunk);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function columnNumber(cell: string | undefined): number | undefined {
  const letters = /^[A-Z]+/.exec(cell ?? '')?.[0];
  if (letters === undefined) return undefined;
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

/**
 * Reads a workbook: every visible sheet named by a record kind, one record a row (see `readXlsx`). Records are
 * located at their sheet and first cell, with the cell of each field (so validation issues name theirs); the
 * workbook's problems keep their codes. A workbook refused by a limit or unreadable is fatal. With `--kind`,
 * records of other kinds are reported (`kind_mismatch`).
 *
 * @param source - the open file
 * @param kindOption - the `--kind` option
 * @returns the records and the problems, sheet by sheet
 * @throws `FatalInputError` for a workbook past a limit or unreadable
 * @example
 * ```ts
 * for await (const item of readXlsxFile(await openSource('kunshan.xlsx', io))) console.log(item.type);
 * ```
 */
export async function* readXlsxFile(source: Source, kindOption?: RecordKind): AsyncGenerator<InputItem> {
  yield* readXlsxBytes(await gather(source, defaultXlsxLimits.maxBytes), source.file, kindOption);
}

/**
 * Reads the bytes of a workbook already in memory, as {@link readXlsxFile} reads a file (the documentation site's
 * checker reads a dropped file so).
 *
 * @param bytes - the workbook
 * @param file - its name, for locations
 * @param kindOption - the `--kind` option
 * @returns the records and the problems, sheet by sheet
 * @throws `FatalInputError` for a workbook past a limit or unreadable
 * @example
 * ```ts
 * for await (const item of readXlsxBytes(new Uint8Array(await file.arrayBuffer()), file.name)) console.log(item.type);
 * ```
 */
export async function* readXlsxBytes(bytes: Uint8Array, file: string, kindOption?: RecordKind): AsyncGenerator<InputItem> {
  if (bytes.byteLength > defaultXlsxLimits.maxBytes) {
    throw new FatalInputError({ code: 'too_large', location: { file }, params: { bytes: bytes.byteLength, max: defaultXlsxLimits.maxBytes } });
  }
  // Loaded on first use: exceljs is large, and only workbooks need it.
  const { readXlsx } = await import('../xlsx/read.js');
  const read = await readXlsx(bytes, { locale: 'en' });
  for (const p of read.problems) {
    const problem = toInputProblem(p, file);
    if (p.fatal === true) throw new FatalInputError(problem);
    yield { type: 'problem', problem };
  }
  for (const record of read.records) {
    const location = { file, sheet: record.sheet, cell: record.firstCell, cells: record.cells };
    if (kindOption !== undefined && record.kind !== kindOption) {
      yield { type: 'problem', problem: { code: 'kind_mismatch', location, params: { kind: record.kind, expected: kindOption } } };
      continue;
    }
    yield { type: 'record', kind: record.kind, value: record.value, location };
  }
}

function toInputProblem(p: XlsxProblem, file: string) {
  const location = { file, ...(p.sheet !== undefined && { sheet: p.sheet }), ...(p.cell !== undefined && { cell: p.cell }) };
  const code = p.code as InputProblemCode;
  const column = p.code === 'unknown_column' || p.code === 'duplicate_column' ? String(p.params['column']) : undefined;
  const params = column === undefined ? p.params : { ...p.params, column, position: columnNumber(p.cell) };
  return { code, location, ...(column !== undefined && { column }), params };
}
