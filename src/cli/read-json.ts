/**
 * Reading a JSON file: an array of records, a `Dataset`, or one record. JSON is read whole (use NDJSON for
 * files too large for memory).
 *
 * @module
 */
import { NDJSON_KIND_KEY } from '../datasets/ndjson.js';
import { datasetKeys, recordKinds, type RecordKind } from '../models/kinds.js';
import { isJsonObject, tagRecord, type InputItem } from './input-item.js';
import { FatalInputError } from './problem.js';
import { jsonErrorDetail } from './read-ndjson.js';

/**
 * The most characters a `.json` file may hold (256 Mi): it is read whole, and JavaScript strings end not far beyond.
 * NDJSON has no such limit (only on a line: `MAX_LINE_CHARS`).
 *
 * @example
 * ```ts
 * MAX_JSON_CHARS; //=> 268435456
 * ```
 */
export const MAX_JSON_CHARS = 256 * 2 ** 20;

const KIND_OF_KEY: ReadonlyMap<string, RecordKind> = new Map(recordKinds.map((kind) => [datasetKeys[kind], kind]));

/**
 * Reads a JSON file whole and yields what it holds:
 * - an array: each element is a record tagged with `$kind` (or of the `--kind` given), located by JSON pointer
 *   (`/3`);
 * - an object with `$kind` — or, with `--kind`, an object without any dataset key: that one record;
 * - any other object: a `Dataset` — records under each kind's plural (`communities`, `serviceCenters`…) located
 *   as `/communities/3`, and `meta`; another key yields `unknown_dataset_key`.
 *
 * @param text - the text, chunk by chunk
 * @param file - the file's name, for locations
 * @param kindOption - the `--kind` option, for array elements without `$kind`
 * @returns the records, the meta and the problems
 * @throws {@link FatalInputError} `malformed_json_file` when the text is not JSON (with the line of the error
 *   when the parser gives its position), and whatever iterating `text` throws
 * @example
 * ```ts
 * for await (const item of readJson(source.text, 'dataset.json')) console.log(item.type);
 * ```
 */
export async function* readJson(text: AsyncIterable<string>, file: string, kindOption?: RecordKind): AsyncGenerator<InputItem> {
  const parts: string[] = [];
  let length = 0;
  for await (const part of text) {
    length += part.length;
    if (length > MAX_JSON_CHARS) {
      throw new FatalInputError({ code: 'malformed_json_file', location: { file }, params: { detail: `larger than ${MAX_JSON_CHARS} characters, the most a .json file is read whole: write it as NDJSON` } });
    }
    parts.push(part);
  }
  const whole = parts.join('');
  parts.length = 0;
  let value: unknown;
  try {
    value = JSON.parse(whole);
  } catch (error) {
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    const line = position === undefined ? undefined : lineAt(whole, Number(position));
    throw new FatalInputError({
      code: 'malformed_json_file',
      location: line === undefined ? { file } : { file, line },
      params: { detail: jsonErrorDetail(error) },
    });
  }

  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield tagRecord(value[i], { file, pointer: `/${i}` }, kindOption);
    return;
  }
  if (isJsonObject(value) && Object.prototype.hasOwnProperty.call(value, NDJSON_KIND_KEY)) {
    yield tagRecord(value, { file, pointer: '' }, kindOption);
    return;
  }
  if (!isJsonObject(value) || (kindOption !== undefined && !Object.keys(value).some((k) => k === 'meta' || KIND_OF_KEY.has(k)))) {
    yield tagRecord(value, { file, pointer: '' }, kindOption);
    return;
  }
  for (const [key, entry] of Object.entries(value)) {
    const pointer = `/${escapePointer(key)}`;
    if (key === 'meta') {
      if (isJsonObject(entry)) yield { type: 'meta', value: entry, location: { file, pointer } };
      else yield { type: 'problem', problem: { code: 'not_an_object', location: { file, pointer }, params: { received: typeof entry } } };
      continue;
    }
    const kind = KIND_OF_KEY.get(key);
    if (kind === undefined) {
      yield { type: 'problem', problem: { code: 'unknown_dataset_key', location: { file, pointer }, params: { key } } };
      continue;
    }
    if (!Array.isArray(entry)) {
      yield { type: 'problem', problem: { code: 'not_an_object', location: { file, pointer }, kind, params: { received: typeof entry } } };
      continue;
    }
    for (let i = 0; i < entry.length; i++) {
      const location = { file, pointer: `${pointer}/${i}` };
      const record: unknown = entry[i];
      if (isJsonObject(record)) yield { type: 'record', kind, value: record, location };
      else yield tagRecord(record, location, kind);
    }
  }
}

function lineAt(text: string, position: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
