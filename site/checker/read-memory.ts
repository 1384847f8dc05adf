/**
 * Opening files held in memory (dropped on the checker page) as the command line opens files on disk: decoded as
 * UTF-8 (strictly) or GBK, and read by the command line's own readers — NDJSON, JSON and workbooks as they are, CSV
 * read whole (read-csv-whole.ts).
 */
import type { RecordKind } from '../../src/models/kinds.js';
import { decodeGbk, decodeUtf8 } from '../../src/cli/encoding.js';
import type { InputFormat } from '../../src/cli/format.js';
import type { InputItem } from '../../src/cli/input-item.js';
import { FatalInputError } from '../../src/cli/problem.js';
import type { InputOpener } from '../../src/cli/read-files.js';
import { readJson } from '../../src/cli/read-json.js';
import { readNdjson } from '../../src/cli/read-ndjson.js';
import { readXlsxBytes } from '../../src/cli/read-xlsx.js';
import { readCsvWhole } from './read-csv-whole.js';

/** Bytes handed to the decoder at a time, so that progress moves while a large file is read. */
const CHUNK_BYTES = 256 * 1024;

/**
 * The opener of files in memory, by name.
 *
 * @param files - the files' bytes, by name
 * @param encoding - how text files are encoded: UTF-8 (default) or GBK
 * @param onBytes - told the bytes of the file read so far, as they are read (before any record may come)
 * @returns the opener `collectDataset` calls for each file
 * @example
 * ```ts
 * const input = await collectDataset({ files: ['a.ndjson'], locale: 'en', log, progress }, memoryOpener(new Map([['a.ndjson', bytes]])));
 * ```
 */
export function memoryOpener(files: ReadonlyMap<string, Uint8Array>, encoding?: 'gbk', onBytes: (bytes: number) => void = () => {}): InputOpener {
  return async (file, format, kind) => {
    const bytes = files.get(file);
    if (bytes === undefined) throw new FatalInputError({ code: 'unreadable_file', location: { file }, params: { reason: 'ENOENT' } });
    let read = 0;
    const count = (n: number) => {
      read += n;
      onBytes(read);
    };
    const items = format === 'xlsx' ? countAll(readXlsxBytes(bytes, file, kind), bytes.byteLength, count) : readText((encoding === 'gbk' ? decodeGbk : decodeUtf8)(chunks(bytes), file, count), format, file, kind);
    return { size: bytes.byteLength, bytesRead: () => read, items };
  };
}

function readText(text: AsyncIterable<string>, format: Exclude<InputFormat, 'xlsx'>, file: string, kind: RecordKind | undefined): AsyncGenerator<InputItem> {
  switch (format) {
    case 'ndjson':
      return readNdjson(text, file, kind);
    case 'json':
      return readJson(text, file, kind);
    case 'csv':
      return readCsvWhole(text, file, kind);
  }
}

async function* chunks(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.byteLength; at += CHUNK_BYTES) yield bytes.subarray(at, Math.min(at + CHUNK_BYTES, bytes.byteLength));
}

/** A workbook is read at once: its bytes count as read when its first item comes. */
async function* countAll(items: AsyncGenerator<InputItem>, size: number, count: (n: number) => void): AsyncGenerator<InputItem> {
  let counted = false;
  for await (const item of items) {
    if (!counted) count(size);
    counted = true;
    yield item;
  }
}
