/**
 * A dataset as NDJSON: one JSON object a line, each record tagged with its kind.
 *
 * @module
 */
import { listArgument, objectArgument } from '../arguments.js';
import { InvalidOptionError } from '../errors.js';
import type { Dataset } from '../models/dataset.js';
import { datasetKeys, recordKinds } from '../models/kinds.js';

/**
 * The key that tags each NDJSON line with its record kind. Not `kind`: the community, service-centre, facility and
 * access-request records have a `kind` field of their own (`urban`, `clinic`, …), which a tag of that name would
 * overwrite. `$kind` can never be a record field, so a reader removes it and validates the rest as is.
 */
export const NDJSON_KIND_KEY = '$kind';

/** The tag of the line holding the dataset's `meta` (not a record kind). */
export const NDJSON_META = 'meta';

/**
 * Writes a dataset as NDJSON (newline-delimited JSON): first, when the dataset has `meta`, the line
 * `{"$kind":"meta",...meta}`; then one line per record, `{"$kind":"<record kind>",...record}` — `community`,
 * `serviceCenter`, `staffMember`… (the singular kinds of `recordKinds`, in that order, records in dataset order).
 * Every line ends with `\n`. To read a line back: parse it, take `$kind`, delete it, and validate the rest with
 * `validateRecord(kind, rest)` (which rejects unknown fields, `$kind` included) — or collect the records under
 * `datasetKeys[kind]` and use `validateDataset`.
 *
 * @param dataset - the dataset
 * @returns the NDJSON text (empty for an empty dataset without meta)
 * @throws {@link index!InvalidOptionError} for a dataset that is not an object, a list that is not an array of objects, or
 *   a record that cannot be written as JSON
 * @example
 * ```ts
 * toNdjson({ plaques: [{ id: 'p1', communityId: 'c1', name: '江苏社区' }] });
 * //=> '{"$kind":"plaque","id":"p1","communityId":"c1","name":"江苏社区"}\n'
 * toNdjson({ meta: { asOf: '2013-06-30' } }); //=> '{"$kind":"meta","asOf":"2013-06-30"}\n'
 * ```
 */
export function toNdjson(dataset: Dataset): string {
  objectArgument(dataset, 'dataset');
  const lines: string[] = [];
  const line = (where: string, value: object) => {
    try {
      lines.push(JSON.stringify(value));
    } catch {
      // a cycle, a bigint, nesting deeper than the stack: not a dataset's record
      throw new InvalidOptionError(where, 'cannot be written as JSON (a cycle, a bigint or nesting too deep)');
    }
  };
  if (dataset.meta !== undefined) line('dataset.meta', { [NDJSON_KIND_KEY]: NDJSON_META, ...dataset.meta });
  for (const kind of recordKinds) {
    const key = datasetKeys[kind];
    const records = listArgument((dataset as Record<string, readonly object[] | undefined>)[key] ?? [], `dataset.${key}`, 'object');
    records.forEach((record, i) => line(`dataset.${key}[${i}]`, { [NDJSON_KIND_KEY]: kind, ...record }));
  }
  return lines.map((text) => `${text}\n`).join('');
}
