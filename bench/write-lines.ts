/**
 * Writing a large generated file from the benchmarks (and the tests that prove bounded memory): lines from a lazy
 * iterable (e.g. `generateNdjson`) go through a write stream one chunk at a time, waiting for `drain` whenever the
 * stream's buffer is full (backpressure), so that memory stays flat whatever the file's size.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

/** What {@link writeLines} wrote. */
export interface Written {
  /** Lines written. */
  readonly lines: number;
  /** Bytes written (UTF-8). */
  readonly bytes: number;
}

/** Lines gathered into one `write` call: fewer calls, and still a small, bounded chunk (a few hundred KB). */
const LINES_PER_CHUNK = 1_000;

/**
 * Writes every line of `lines` (each ending with `\n` already) to `file`, replacing it.
 *
 * @param file - the file to write
 * @param lines - the lines, consumed lazily
 * @returns how many lines and bytes were written
 * @example
 * ```ts
 * await writeLines('/tmp/600k.ndjson', generateNdjson({ communities: 600_000 })); //=> { lines: 14…, bytes: 2… }
 * ```
 */
export async function writeLines(file: string, lines: Iterable<string>): Promise<Written> {
  const out = createWriteStream(file);
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => undefined); // observed below, at the next wait
  let count = 0;
  let bytes = 0;
  let chunk: string[] = [];
  const flush = async () => {
    const text = chunk.join('');
    chunk = [];
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await Promise.race([once(out, 'drain'), failed]);
  };
  for (const line of lines) {
    chunk.push(line);
    count++;
    if (chunk.length === LINES_PER_CHUNK) await flush();
  }
  if (chunk.length > 0) await flush();
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
  return { lines: count, bytes };
}
