/**
 * Validate a whole dataset: every record, then the checks across records (unique ids, references that resolve,
 * service-item codes unique within a centre).
 *
 * @module
 */
import { optionBag } from '../options.js';
import * as z from 'zod';
import { resolveLocale, type Locale } from '../locale.js';
import { Dataset, DatasetMeta, MAX_RECORDS_PER_KIND } from '../models/dataset.js';
import { datasetKeys, recordKindLabels, recordKinds, references, type RecordKind } from '../models/kinds.js';
import { formatPath, type PathSegment, type ValidationIssue } from './issue.js';
import { fastAcceptsDataset } from './fast-path.js';
import { fromZodIssue, makeIssue } from './from-zod.js';
import { parseWith, type ValidateOptions } from './validate-record.js';
import type { InvalidOptionError } from '../errors.js';

/**
 * The result of {@link validateDataset}. On failure, `partial` holds what is valid, so that a pipeline can go on
 * with it: the records that passed their own validation, only the first record of each id (a `duplicate_id`
 * issue names the one kept), and the valid fields of `meta` — also when the top level is wrong (an unknown key,
 * `meta.source: 5`, `communities: {}`), which is reported and dropped. There is no `partial` only when the input is
 * not an object at all.
 */
export type DatasetValidationResult =
  | { readonly ok: true; readonly value: Dataset; readonly issues: readonly [] }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[]; readonly partial?: Dataset };

const Shape = z.strictObject({
  meta: DatasetMeta.optional(),
  ...Object.fromEntries(recordKinds.map((k) => [datasetKeys[k], z.array(z.unknown()).max(MAX_RECORDS_PER_KIND).optional()])),
});

/**
 * Validates a dataset: the shape, every record of every kind, and then the cross-record checks — ids unique
 * within a kind, every `<kind>Id(s)` reference resolving, and service-item codes unique within a centre. Every
 * problem is reported (it does not stop at the first); the input is never mutated and data never throws.
 *
 * A valid dataset is recognised by validators compiled ahead of time from the shipped JSON Schemas (plain
 * functions, no `eval`: they run under a strict Content-Security-Policy) and is its own `value`: nothing is
 * copied. Records they do not accept go to the zod models, which explain what is wrong.
 *
 * @param input - the untrusted dataset (`{ communities: [...], serviceCenters: [...], ... }`)
 * @param options - `locale` of the messages
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`
 * @throws {@link InvalidOptionError} for a bad locale
 * @example
 * ```ts
 * const result = validateDataset({
 *   communities: [yanwu],
 *   serviceCenters: [{ ...yanwuCenter, communityIds: ['nowhere'] }],
 * }, { locale: 'en' });
 * result.ok; //=> false
 * result.issues[0]?.code; //=> 'unresolved_reference'
 * ```
 */
export function validateDataset(input: unknown, options: ValidateOptions = {}): DatasetValidationResult {
  return validateDatasetIndexed(input, options).result;
}

/**
 * The ids of a dataset's records, kind by kind: each id and the index of its (first) record in the kind's list.
 * Built once by validation, and shared with the rules' index (`indexDataset` of the engine).
 */
export type RecordIds = ReadonlyMap<RecordKind, ReadonlyMap<string, number>>;

/**
 * {@link validateDataset}, and the id maps it built: for each kind whose list in the result's dataset (`value` or
 * `partial`) is the list the ids index — every kind on the valid path, the kinds without duplicate ids when only
 * references fail — so that the rules' index does not build them again.
 *
 * @param input - the untrusted dataset
 * @param options - `locale` of the messages
 * @returns the result, and the ids of its dataset's records by kind
 * @throws {@link InvalidOptionError} for a bad locale
 * @example
 * ```ts
 * const { result, ids } = validateDatasetIndexed({ communities: [yanwu] });
 * result.ok; //=> true
 * ids.get('community')?.get(yanwu.id); //=> 0
 * ```
 */
export function validateDatasetIndexed(input: unknown, options: ValidateOptions = {}): { readonly result: DatasetValidationResult; readonly ids: RecordIds } {
  options = optionBag(options);
  const locale = resolveLocale(options.locale);
  // Fastest path: most datasets are valid, and the compiled validators (zod's verdict, without zod's copy) say so
  // in one pass; the dataset is then its own value. Otherwise one pass of the whole zod model is the cheapest way
  // to find out, and the record-by-record path explains.
  if (fastAcceptsDataset(input)) {
    try {
      return crossRecordChecks(input as Dataset, locale);
    } catch {
      // A getter that throws on its second read: zod's copy below reads each value once.
    }
  }
  let whole;
  try {
    whole = Dataset.safeParse(input);
  } catch {
    return { result: { ok: false, issues: [makeIssue(locale, 'unreadable_input', [])] }, ids: new Map() };
  }
  if (whole.success) return crossRecordChecks(whole.data, locale);
  return { result: validateRecordByRecord(input, locale), ids: new Map() };
}

/** The checks across the records of a dataset whose every record is valid. */
function crossRecordChecks(dataset: Dataset, locale: Locale): { result: DatasetValidationResult; ids: RecordIds } {
  const data = dataset as Record<string, unknown[] | undefined>;
  const ids = new Map<RecordKind, Map<string, number>>();
  const shared = new Map<RecordKind, Map<string, number>>();
  const issues: ValidationIssue[] = [];
  for (const kind of recordKinds) {
    const records = data[datasetKeys[kind]] as readonly { id: string }[] | undefined;
    if (records === undefined) continue;
    const seen = collectIds(kind, records, issues, locale);
    ids.set(kind, seen);
    // With duplicates, `partial` keeps the first of each id: the list, and its indexes, change.
    if (seen.size === records.length) shared.set(kind, seen);
  }
  issues.push(...checkReferences(data, ids, locale, true), ...checkServiceItemCodes(data, dataset, locale, true));
  const result: DatasetValidationResult =
    issues.length === 0 ? { ok: true, value: dataset, issues: [] } : { ok: false, issues, partial: withoutDuplicates(dataset, ids) };
  return { result, ids: shared };
}

/** The slow path: every record on its own, so that one bad record costs only itself. */
function validateRecordByRecord(input: unknown, locale: Locale): DatasetValidationResult {
  let shape;
  try {
    shape = Shape.safeParse(input, { reportInput: true });
  } catch {
    return { ok: false, issues: [makeIssue(locale, 'unreadable_input', [])] };
  }
  const issues: ValidationIssue[] = [];
  let data: Record<string, unknown[] | undefined> & { meta?: DatasetMeta };
  if (shape.success) {
    data = shape.data as typeof data;
  } else {
    // An unknown key, a bad meta field or a list that is not a list: report it, and go on with what is valid.
    issues.push(...shape.error.issues.map((i) => fromZodIssue(i, locale)));
    const salvaged = salvage(input);
    if (salvaged === undefined) return { ok: false, issues };
    data = salvaged;
  }

  const value: Record<string, unknown> = {};
  if (data.meta !== undefined) value['meta'] = data.meta;
  // Ids of every record, even of those that failed, so that one bad record does not cascade into
  // "unresolved reference" issues elsewhere.
  const ids = new Map<RecordKind, Map<string, number>>();

  for (const kind of recordKinds) {
    const key = datasetKeys[kind];
    const raw = data[key];
    if (raw === undefined) continue;
    const duplicates: ValidationIssue[] = [];
    const seen = collectIds(kind, raw.map(readId), duplicates, locale);
    const parsed: unknown[] = [];
    raw.forEach((record, index) => {
      const result = parseWith(kind, record, locale, [key, index]);
      if (!result.ok) issues.push(...result.issues);
      else if (seen.get((result.value as { id: string }).id) === index) parsed.push(result.value);
    });
    issues.push(...duplicates);
    ids.set(kind, seen);
    value[key] = parsed;
  }

  issues.push(...checkReferences(data, ids, locale, false));
  issues.push(...checkServiceItemCodes(data, value as Dataset, locale, false));
  return { ok: false, issues, partial: value as Dataset };
}

/**
 * What can be kept of a dataset whose top level is wrong: each valid field of `meta`, and each record list that is
 * an array (within the bound). Other keys are dropped (their issues are reported). `undefined` when the input is not
 * an object at all.
 */
function salvage(input: unknown): (Record<string, unknown[] | undefined> & { meta?: DatasetMeta }) | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const out: Record<string, unknown> = {};
  const meta = readField(input, 'meta');
  if (typeof meta === 'object' && meta !== null && !Array.isArray(meta)) {
    const kept: Record<string, unknown> = {};
    for (const [field, model] of Object.entries(DatasetMeta.shape)) {
      const v = readField(meta, field);
      if (v !== undefined && (model as z.ZodType).safeParse(v).success) kept[field] = v;
    }
    out['meta'] = kept;
  }
  for (const kind of recordKinds) {
    const list = readField(input, datasetKeys[kind]);
    if (Array.isArray(list) && list.length <= MAX_RECORDS_PER_KIND) out[datasetKeys[kind]] = [...list];
  }
  return out as Record<string, unknown[] | undefined> & { meta?: DatasetMeta };
}

/** The dataset with only the first record of each id of a kind (the others are reported as `duplicate_id`). */
function withoutDuplicates(dataset: Dataset, ids: ReadonlyMap<RecordKind, ReadonlyMap<string, number>>): Dataset {
  const out: Record<string, unknown> = { ...dataset };
  for (const [kind, seen] of ids) {
    const key = datasetKeys[kind];
    const records = (dataset as Record<string, readonly { id: string }[] | undefined>)[key] ?? [];
    if (seen.size !== records.length) out[key] = records.filter((r, index) => seen.get(r.id) === index);
  }
  return out as Dataset;
}

/** Maps each id of a kind to the index of its first record, reporting duplicates. */
function collectIds(
  kind: RecordKind,
  records: readonly ({ id: string } | string | undefined)[],
  issues: ValidationIssue[],
  locale: Locale,
): Map<string, number> {
  const key = datasetKeys[kind];
  const seen = new Map<string, number>();
  for (let index = 0; index < records.length; index++) {
    const record = records[index];
    const id = typeof record === 'string' || record === undefined ? record : record.id;
    if (id === undefined) continue;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else issues.push(makeIssue(locale, 'duplicate_id', [key, index, 'id'], { params: { kind, id, first: formatPath([key, first, 'id']) } }));
  }
  return seen;
}

function readId(record: unknown): string | undefined {
  try {
    if (typeof record !== 'object' || record === null || !Object.prototype.hasOwnProperty.call(record, 'id')) return undefined;
    const id = (record as { id?: unknown }).id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

function readField(record: unknown, field: string): unknown {
  try {
    if (typeof record !== 'object' || record === null || !Object.prototype.hasOwnProperty.call(record, field)) return undefined;
    return (record as Record<string, unknown>)[field];
  } catch {
    return undefined;
  }
}

/**
 * Reads a field of a record. `parsed` records come out of the model (plain objects with known keys only), so a
 * plain read is enough; raw records may be anything, and are read defensively.
 */
function fieldOf(record: unknown, field: string, parsed: boolean): unknown {
  return parsed ? (record as Record<string, unknown>)[field] : readField(record, field);
}

function checkReferences(
  data: Record<string, unknown[] | undefined>,
  ids: ReadonlyMap<RecordKind, ReadonlyMap<string, number>>,
  locale: Locale,
  parsed: boolean,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const unresolved = (ref: (typeof references)[number], path: PathSegment[], id: string) =>
    issues.push(makeIssue(locale, 'unresolved_reference', path, { params: { kind: ref.to, kindLabel: recordKindLabels[ref.to][locale], id } }));
  for (const ref of references) {
    const records = data[datasetKeys[ref.from]];
    if (records === undefined) continue;
    const targets = ids.get(ref.to);
    const key = datasetKeys[ref.from];
    // Plain loops, no per-record allocation: this runs once per reference field of every record of a dataset.
    for (let index = 0; index < records.length; index++) {
      const value = fieldOf(records[index], ref.field, parsed);
      if (!ref.many) {
        // A value that is not a string is a shape issue, reported by the record's own validation.
        if (typeof value === 'string' && targets?.has(value) !== true) unresolved(ref, [key, index, ref.field], value);
        continue;
      }
      if (!Array.isArray(value)) continue;
      for (let i = 0; i < value.length; i++) {
        const id: unknown = value[i];
        if (typeof id === 'string' && targets?.has(id) !== true) unresolved(ref, [key, index, ref.field, i], id);
      }
    }
  }
  return issues;
}

function checkServiceItemCodes(
  data: Record<string, unknown[] | undefined>,
  dataset: Dataset,
  locale: Locale,
  parsed: boolean,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const codeOf = new Map<string, string>();
  for (const item of dataset.serviceItems ?? []) if (!codeOf.has(item.id)) codeOf.set(item.id, item.code);
  const centers = data['serviceCenters'] ?? [];
  const seen = new Set<string>();
  for (let index = 0; index < centers.length; index++) {
    const center = centers[index];
    const itemIds = fieldOf(center, 'serviceItemIds', parsed);
    if (!Array.isArray(itemIds)) continue;
    seen.clear();
    for (let i = 0; i < itemIds.length; i++) {
      const itemId: unknown = itemIds[i];
      const code = typeof itemId === 'string' ? codeOf.get(itemId) : undefined;
      if (code === undefined) continue;
      if (seen.has(code)) {
        issues.push(
          makeIssue(locale, 'duplicate_service_item_code', ['serviceCenters', index, 'serviceItemIds', i], {
            params: { serviceCenterId: readId(center), code },
          }),
        );
      }
      seen.add(code);
    }
  }
  return issues;
}
