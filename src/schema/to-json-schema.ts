/**
 * JSON Schema (draft 2020-12) of every record kind, generated from the zod models.
 *
 * @module
 */
import * as z from 'zod';
import { UnknownRecordKindError } from '../errors.js';
import { Dataset } from '../models/dataset.js';
import { datasetKeys, recordKindLabels, recordKinds, recordModels, type RecordKind } from '../models/kinds.js';
import { modelDescriptions } from './descriptions.js';
import { isRecordKind } from '../validation/validate-record.js';

/** The base of the `$id` of the shipped schemas. */
export const SCHEMA_BASE_URI = 'https://unpkg.com/community-standards/schemas/';

/** A JSON Schema document (draft 2020-12), as a plain JSON object. */
export type JSONSchema = Record<string, unknown>;

/** The cross-field constraints of each kind that JSON Schema cannot express, stated in the schema's `$comment`. */
const crossFieldConstraints: Partial<Record<RecordKind, string>> = {
  serviceCenter: 'every opening band (openingHours[], openingExceptions[].bands[]) closes after it opens',
  partnerUnit: 'every opening band of publicFacilities[] (openingHours[], openingExceptions[].bands[]) closes after it opens',
  serviceCase: 'resolvedAt is not before receivedAt',
  dutyShift: 'end is after start when both are given',
};

/** The checks across records of a dataset, stated in the dataset schema's `$comment`. */
const datasetConstraints = [
  'ids are unique within a kind',
  'every <kind>Id / <kind>Ids field names records of the dataset',
  'the service items of a centre have distinct codes',
];

function comment(kind: RecordKind | 'dataset'): string | undefined {
  const constraints =
    kind === 'dataset'
      ? [...Object.entries(crossFieldConstraints).map(([k, text]) => `${k}: ${text}`), ...datasetConstraints]
      : [crossFieldConstraints[kind]].filter((text) => text !== undefined);
  if (constraints.length === 0) return undefined;
  return `Also required, but not expressible in JSON Schema (checked by validateRecord and validateDataset): ${constraints.join('; ')}.`;
}

type SchemaNode = Record<string, unknown> & { properties?: Record<string, SchemaNode>; items?: SchemaNode };

/** The exported name of a kind's model: `serviceCenter` → `ServiceCenter`. */
const modelName = (kind: RecordKind | 'dataset') => kind.charAt(0).toUpperCase() + kind.slice(1);

/** Adds the models' TSDoc (summary and field lines, Chinese term first) as `description`s, nested objects too. */
function describe(node: SchemaNode, model: string): void {
  const doc = modelDescriptions[model];
  if (doc === undefined || node.properties === undefined) return;
  if (node['description'] === undefined && doc.description !== '') node['description'] = doc.description;
  for (const [name, property] of Object.entries(node.properties)) {
    const field = doc.properties[name];
    if (field === undefined) continue;
    if (field.description !== '') property['description'] = field.description;
    const inner = property.type === 'array' ? property.items : property;
    const nested = field.model ?? (model === 'Dataset' ? datasetModel(name) : undefined);
    if (inner !== undefined && nested !== undefined) describe(inner, nested);
  }
}

function datasetModel(key: string): string | undefined {
  const kind = recordKinds.find((k) => datasetKeys[k] === key);
  return kind === undefined ? undefined : modelName(kind);
}

/**
 * Returns the JSON Schema (draft 2020-12) of a record kind — or of a whole `Dataset` with `'dataset'` — for
 * projects in other languages. Cross-field constraints that JSON Schema cannot express (a band that closes
 * before it opens, a case resolved before it was received, a duty that ends before it starts) are checked only by
 * {@link index!validateRecord}; the schema states them in its `$comment`. Dataset-level checks (unique ids, references
 * that resolve) are {@link index!validateDataset}'s.
 *
 * @param kind - a record kind, or `'dataset'`
 * @returns a fresh JSON Schema object with `$schema`, `$id`, `title` and, from the models' TSDoc, a `description`
 *   on the schema and on every field (Chinese term first, then English)
 * @throws {@link index!UnknownRecordKindError} for an unknown kind
 * @example
 * ```ts
 * const schema = toJSONSchema('community');
 * schema.$schema; //=> 'https://json-schema.org/draft/2020-12/schema'
 * schema.$id; //=> 'https://unpkg.com/community-standards/schemas/community.json'
 * toJSONSchema('dutyShift').$comment;
 * //=> 'Also required, but not expressible in JSON Schema (checked by validateRecord and validateDataset): end is after start when both are given.'
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
  describe(generated as SchemaNode, modelName(kind));
  const { $schema, ...rest } = generated;
  const note = comment(kind);
  return { $schema, $id: `${SCHEMA_BASE_URI}${kind}.json`, title, ...(note === undefined ? {} : { $comment: note }), ...rest };
}
