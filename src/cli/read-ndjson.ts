/**
 * Reading NDJSON record by record: one JSON object a line, tagged with `$kind`.
 *
 * @module
 */
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import type { RecordKind } from '../models/kinds.js';
import { tagRecord, type InputItem } from './input-item.js';
import { capLines, MAX_LINE_CHARS } from './line-limit.js';

/**
 * Reads NDJSON text line by line (`node:readline` over a stream, which pauses the stream while its lines wait to
 * be taken, so memory stays flat whatever the file's size):
 * each non-blank line is parsed and tagged (see `tagRecord`). A line that is not JSON yields a
 * `malformed_line` problem naming the file and line, and reading goes on. Lines may end with `\n` or `\r\n`. A
 * line longer than `MAX_LINE_CHARS` (8 Mi characters) is left out unread, as a `line_too_long` problem.
 *
 * @param text - the text, chunk by chunk
 * @param file - the file's name, for locations
 * @param kindOption - the `--kind` option, for lines without `$kind`
 * @returns the records, the meta and the problems, in file order
 * @throws whatever iterating `text` throws (e.g. `FatalInputError` `not_utf8`)
 * @example
 * ```ts
 * for await (const item of readNdjson(source.text, 'a.ndjson')) if (item.type === 'record') count++;
 * ```
 */
export async function* readNdjson(text: AsyncIterable<string>, file: string, kindOption?: RecordKind): AsyncGenerator<InputItem> {
  const long: { line: number; length: number }[] = [];
  const capped = capLines(text, (line, length) => long.push({ line, length }));
  const lines = createInterface({ input: Readable.from(capped), crlfDelay: Number.POSITIVE_INFINITY });
  const tooLong = (at: { line: number; length: number }): InputItem => ({
    type: 'problem',
    problem: { code: 'line_too_long', location: { file, line: at.line }, params: { length: at.length, max: MAX_LINE_CHARS } },
  });
  let line = 0;
  try {
    for await (const content of lines) {
      line++;
      while (long.length > 0 && (long[0]?.line ?? 0) <= line) yield tooLong(long.shift() as { line: number; length: number });
      if (content.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(content);
      } catch (error) {
        yield { type: 'problem', problem: { code: 'malformed_line', location: { file, line }, params: { detail: jsonErrorDetail(error) } } };
        continue;
      }
      yield tagRecord(value, { file, line }, kindOption);
    }
    while (long.length > 0) yield tooLong(long.shift() as { line: number; length: number });
  } finally {
    lines.close();
  }
}

/**
 * The parser's own description of a JSON syntax error, without the input echoed back.
 *
 * @param error - what `JSON.parse` threw
 * @returns a short description, e.g. `Unexpected end of JSON input`
 * @example
 * ```ts
 * try { JSON.parse('{"a":'); } catch (e) { jsonErrorDetail(e); } //=> 'Unexpected end of JSON input'
 * ```
 */
export function jsonErrorDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // V8 quotes a long stretch of the input ("… is not valid JSON"); keep the first sentence, shortened.
  const first = message.split('\n')[0] ?? message;
  return first.length > 120 ? `${first.slice(0, 117)}…` : first;
}
