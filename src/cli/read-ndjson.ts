/**
 * Reading NDJSON record by record: one JSON object a line, tagged with `$kind`.
 *
 * @module
 */
import type { RecordKind } from '../models/kinds.js';
import { NDJSON_KIND_KEY } from '../datasets/ndjson.js';
import { isRecordKind } from '../validation/validate-record.js';
import { isJsonObject, tagRecord, type InputItem } from './input-item.js';
import { MAX_LINE_CHARS } from './line-limit.js';

/** A line break, as `node:readline` reads them: `\r\n`, `\n`, or a lone `\r`. */
const LINE_BREAK = /\r\n|\n|\r/g;

/**
 * Reads NDJSON text line by line, chunk by chunk as it comes (the text is pulled only as the records are taken,
 * so memory stays flat whatever the file's size): each non-blank line is parsed and tagged (see `tagRecord`). A
 * line that is not JSON yields a `malformed_line` problem naming the file and line, and reading goes on. Lines
 * may end with `\n`, `\r\n` or `\r` (as `node:readline` reads them). A line longer than `MAX_LINE_CHARS` (8 Mi
 * characters) is left out unread, as a `line_too_long` problem.
 *
 * The lines are split here rather than by `node:readline`, which re-split the text `capLines` had already
 * scanned, behind a stream: this reader is what `validate`'s speed hangs on (bench/cli.bench.ts).
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
  let line = 0; // the number of lines ended so far
  let pending = ''; // the current line so far, while it is within the cap
  let length = 0; // its length, also once it is dropped
  let afterReturn = false; // the previous chunk ended with `\r`: a `\n` starting this one ends no line
  const items: InputItem[] = [];
  const endLine = () => {
    line++;
    if (length > MAX_LINE_CHARS) {
      items.push({ type: 'problem', problem: { code: 'line_too_long', location: { file, line }, params: { length, max: MAX_LINE_CHARS } } });
    } else if (pending.trim() !== '') {
      items.push(parseLine(pending, file, line, kindOption));
    }
    pending = '';
    length = 0;
  };
  for await (const chunk of text) {
    let start = afterReturn && chunk.charCodeAt(0) === 10 ? 1 : 0;
    afterReturn = false;
    LINE_BREAK.lastIndex = start;
    for (let m = LINE_BREAK.exec(chunk); m !== null; m = LINE_BREAK.exec(chunk)) {
      length += m.index - start;
      if (length <= MAX_LINE_CHARS) pending = pending === '' ? chunk.slice(start, m.index) : pending + chunk.slice(start, m.index);
      else pending = '';
      endLine();
      start = LINE_BREAK.lastIndex;
      if (m[0] === '\r' && start === chunk.length) afterReturn = true;
    }
    length += chunk.length - start;
    if (length <= MAX_LINE_CHARS) pending += chunk.slice(start);
    else pending = '';
    for (let i = 0; i < items.length; i++) yield items[i] as InputItem;
    items.length = 0;
  }
  if (length > 0) endLine();
  for (const item of items) yield item;
}

/** A line as `toNdjson` writes it: `{"$kind":"<kind>",` and the record's own fields. */
const TAGGED = /^\{"\$kind":"([A-Za-z]+)",/;

/**
 * Parses and tags one line. A line that starts as `toNdjson` writes it (the tag first) is parsed without its tag,
 * which spares `tagRecord` copying every record to drop it; any other line, and any line whose rest still has a
 * `$kind` (a duplicate key, which JSON.parse resolves to the last), is parsed whole and tagged as before.
 */
function parseLine(content: string, file: string, line: number, kindOption: RecordKind | undefined): InputItem {
  const tagged = TAGGED.exec(content);
  if (tagged !== null) {
    const kind = tagged[1] as string;
    if (isRecordKind(kind) && (kindOption === undefined || kindOption === kind)) {
      let value: unknown;
      try {
        value = JSON.parse(`{${content.slice(tagged[0].length)}`);
      } catch {
        value = undefined; // malformed: parsed whole below, for the parser's own message
      }
      if (isJsonObject(value) && !Object.prototype.hasOwnProperty.call(value, NDJSON_KIND_KEY)) return { type: 'record', kind, value, location: { file, line } };
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    return { type: 'problem', problem: { code: 'malformed_line', location: { file, line }, params: { detail: jsonErrorDetail(error) } } };
  }
  return tagRecord(value, { file, line }, kindOption);
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
