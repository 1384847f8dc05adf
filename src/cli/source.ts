/**
 * Opening an input file (or standard input) as a stream of UTF-8 text, counting the bytes read.
 *
 * @module
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { decodeGbk, decodeUtf8 } from './encoding.js';
import type { CliIo } from './io.js';
import { FatalInputError } from './problem.js';

/** Bytes read at a time: large enough for throughput, small enough to keep memory flat. */
const CHUNK_BYTES = 64 * 1024;

/** An open input: its text as a stream, and how far reading has gone. */
export interface Source {
  /** The file as given on the command line (`-` for standard input). */
  readonly file: string;
  /** Its size in bytes, when known (not for standard input). */
  readonly size: number | undefined;
  /** The bytes read so far. */
  bytesRead(): number;
  /** The text, chunk by chunk, strictly decoded as UTF-8 (see `decodeUtf8`). */
  readonly text: AsyncIterable<string>;
  /** The bytes, chunk by chunk (a workbook is read as bytes); iterate either this or `text`, once. */
  readonly bytes: AsyncIterable<Uint8Array>;
}

/**
 * Opens a file for reading as UTF-8 text, or standard input for `-`. Nothing is read until `text` is iterated.
 *
 * @param file - the path (relative to `io.cwd`) or `-`
 * @param io - the surroundings (standard input, working directory)
 * @param encoding - how the text is encoded: `utf-8` (default, strictly) or `gbk` (`--encoding gbk`)
 * @returns the source
 * A named pipe or a process substitution (`<(cat f)`, read as `/dev/fd/63`) is read like a file, its size unknown.
 *
 * @throws {@link FatalInputError} `unreadable_file` when the file is missing, a directory, or not readable;
 *   iterating `text` throws `not_utf8` at the first byte that is not UTF-8
 * @example
 * ```ts
 * const source = await openSource('data.ndjson', processIo());
 * for await (const text of source.text) console.log(text.length, source.bytesRead(), source.size);
 * ```
 */
export async function openSource(file: string, io: CliIo, encoding: 'utf-8' | 'gbk' = 'utf-8'): Promise<Source> {
  const decode = encoding === 'gbk' ? decodeGbk : decodeUtf8;
  let read = 0;
  const count = (n: number) => {
    read += n;
  };
  if (file === '-') return { file, size: undefined, bytesRead: () => read, text: decode(io.stdin, file, count), bytes: counted(io.stdin, count) };
  const path = resolve(io.cwd, file);
  let size: number | undefined;
  try {
    const info = await stat(path);
    // A named pipe, `<(cmd)` (/dev/fd/N) or a terminal is read like standard input: to its end, size unknown.
    const stream = info.isFIFO() || info.isCharacterDevice() || info.isSocket();
    if (!info.isFile() && !stream) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    size = stream ? undefined : info.size;
  } catch (error) {
    throw unreadable(file, error);
  }
  async function* bytes(): AsyncGenerator<Uint8Array> {
    try {
      for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) yield chunk as Uint8Array;
    } catch (error) {
      throw unreadable(file, error);
    }
  }
  return { file, size, bytesRead: () => read, text: decode(bytes(), file, count), bytes: counted(bytes(), count) };
}

async function* counted(chunks: AsyncIterable<Uint8Array | string>, count: (n: number) => void): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    count(bytes.byteLength);
    yield bytes;
  }
}

function unreadable(file: string, error: unknown): FatalInputError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : 'EIO';
  return new FatalInputError({ code: 'unreadable_file', location: { file }, params: { reason: code } });
}
