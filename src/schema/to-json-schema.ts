/**
 * JSON Schema (draft 2020-12) of every record kind, generated from the zod models.
 *
 * @module
 */
import { z } from 'zod';
import { UnknownRecordKindError } from '../errors.js';
import { Dataset } from '../models/dataset.js';
import { recordKindLabels, recordModels, type RecordKind } from '../models/kinds.js';
import { isRecordKind } from '../validation/validate-record.js';

/** The base of the `$id` of the shipped schemas. */
export const SCHEMA_BASE_URI = 'https://unpkg.com/community-standards/schemas/';

/** A JSON Schema document (draft 2020-12), as a plain JSON object. */
export type JSONSchema = Record<string, unknown>;

/**
 * Returns the JSON Schema (draft 2020-12) of a record kind — or of a whole `Dataset` with `'dataset'` — for
 * projects in other languages. Cross-field constraints that JSON Schema cannot express (a band that closes
 * before it opens, a case resolved before it was received) are checked only by {@link validateRecord}.
 *
 * @param kind - a record kind, or `'dataset'`
 * @returns a fresh JSON Schema object with `$schema`, `$id` and `title`
 * @throws {@link UnknownRecordKindError} for an unknown kind
 * @example
 * ```ts
 * const schema = toJSONSchema('community');
 * schema.$schema; //=> 'https://json-schema.org/draft/2020-12/schema'
 * schema.$id; //=> 'https://unpkg.com/community-standards/schemas/community.json'
 * ```
 */
export function toJSONSchema(kind: RecordKind | 'dataset'): JSONSchema {
  if (kind !== 'dataset' && !isRecordKind(kind)) throw new UnknownRecordKindError(kind);
  const model = kind === 'dataset' ? Dataset : recordModels[kind];
  const generated = z.toJSONSchema(model, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as JSONSchema;
  const title =
    kind === 'dataset'
      ? '数据集 / Dataset'
      : `${recordKindLabels[kind]['zh-CN']} / ${recordKindLabels[kind].en}`;
  const { $schema, ...rest } = generated;
  return { $schema, $id: `${SCHEMA_BASE_URI}${kind}.json`, title, ...rest };
}
