/**
 * What the readers yield, whatever the format: records tagged with their kind, the dataset's `meta`, and
 * problems — and how a JSON object becomes one of them (the `$kind` tag).
 *
 * @module
 */
import { NDJSON_KIND_KEY, NDJSON_META } from '../datasets/ndjson.js';
import type { RecordKind } from '../models/kinds.js';
import { isRecordKind } from '../validation/validate-record.js';
import type { InputProblem, Location } from './problem.js';

/** One thing read from a file. */
export type InputItem =
  | {
      /** A record of a known kind, not yet validated, without its `$kind` tag. */
      readonly type: 'record';
      readonly kind: RecordKind;
      readonly value: Readonly<Record<string, unknown>>;
      readonly location: Location;
    }
  | {
      /** The dataset's `meta` (a `{"$kind":"meta",…}` line or a JSON dataset's `meta`), without the tag. */
      readonly type: 'meta';
      readonly value: Readonly<Record<string, unknown>>;
      readonly location: Location;
    }
  | {
      /** A problem with the input (the run goes on). */
      readonly type: 'problem';
      readonly problem: InputProblem;
    };

/**
 * Whether a value is a plain JSON object (not an array, not null).
 *
 * @param value - anything
 * @returns whether it is an object to read fields from
 * @example
 * ```ts
 * isJsonObject({}); //=> true
 * isJsonObject([]); //=> false
 * ```
 */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a JSON object as a record: its kind is its `$kind` tag, else `--kind`. The tag is removed; every other
 * field (a record's own `kind` included) is kept as is for validation. A record's `kind` field is never read as
 * its record kind: an access request's `kind` can be `"plaque"`, which is also a record kind.
 *
 * @param value - the parsed JSON value
 * @param location - where it was read
 * @param kindOption - the `--kind` option, if given
 * @returns a record, the `meta`, or a problem (`not_an_object`, `missing_kind`, `unknown_kind`, `kind_mismatch`)
 * @example
 * ```ts
 * tagRecord({ $kind: 'plaque', id: 'p1', communityId: 'c1', name: '江苏社区' }, { file: 'a.ndjson', line: 1 });
 * //=> { type: 'record', kind: 'plaque', value: { id: 'p1', communityId: 'c1', name: '江苏社区' }, location: … }
 * tagRecord({ id: 'c1' }, { file: 'a.ndjson', line: 2 }).type; //=> 'problem' (missing_kind)
 * ```
 */
export function tagRecord(value: unknown, location: Location, kindOption?: RecordKind): InputItem {
  if (!isJsonObject(value)) {
    return problem('not_an_object', location, { received: Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value });
  }
  if (!Object.prototype.hasOwnProperty.call(value, NDJSON_KIND_KEY)) {
    if (kindOption !== undefined) return { type: 'record', kind: kindOption, value, location };
    const own = value['kind'];
    return problem('missing_kind', location, isRecordKind(own) ? { hint: own } : {});
  }
  const { [NDJSON_KIND_KEY]: tag, ...rest } = value;
  if (tag === NDJSON_META) return { type: 'meta', value: rest, location };
  if (!isRecordKind(tag)) return problem('unknown_kind', location, { kind: typeof tag === 'string' ? tag : JSON.stringify(tag) });
  if (kindOption !== undefined && tag !== kindOption) return problem('kind_mismatch', location, { kind: tag, expected: kindOption });
  return { type: 'record', kind: tag, value: rest, location };
}

function problem(code: 'not_an_object' | 'missing_kind' | 'unknown_kind' | 'kind_mismatch', location: Location, params: Record<string, unknown>): InputItem {
  return { type: 'problem', problem: { code, location, params } };
}
