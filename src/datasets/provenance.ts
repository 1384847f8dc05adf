/**
 * Looking up where a field of a record comes from, in a dataset's `meta.provenance`.
 *
 * @module
 */
import type { Dataset } from '../models/dataset.js';
import type { RecordKind } from '../models/kinds.js';
import type { ProvenanceEntry, ProvenanceSource } from '../models/provenance.js';

/** What {@link provenanceOf} finds: an entry, the dataset's default, or nothing said. */
export type ProvenanceFound =
  | { readonly by: 'field' | 'record'; readonly entry: ProvenanceEntry }
  | { readonly by: 'default'; readonly source: ProvenanceSource }
  | { readonly by: 'none' };

/**
 * Where one field of one record comes from: the entry for that field, else the entry for the whole record, else
 * the dataset's default, else nothing said. Never throws on a dataset without provenance.
 *
 * @param dataset - the dataset (its `meta.provenance`)
 * @param kind - the record's kind
 * @param id - the record's id
 * @param field - the top-level field (omit for the record)
 * @returns what the dataset says
 * @example
 * ```ts
 * provenanceOf(referenceCommunities(), 'serviceCenter', 'yushan-lishe-center', 'oneStopHall');
 * //=> { by: 'field', entry: { kind: 'serviceCenter', id: 'yushan-lishe-center', field: 'oneStopHall', source: 'inferred', reasoning: '…' } }
 * ```
 */
export function provenanceOf(dataset: Dataset, kind: RecordKind, id: string, field?: string): ProvenanceFound {
  const provenance = dataset.meta?.provenance;
  if (provenance === undefined) return { by: 'none' };
  let record: ProvenanceEntry | undefined;
  for (const entry of provenance.entries) {
    if (entry.kind !== kind || entry.id !== id) continue;
    if (field !== undefined && entry.field === field) return { by: 'field', entry };
    if (entry.field === undefined) record ??= entry;
  }
  if (record !== undefined) return { by: 'record', entry: record };
  return provenance.default === undefined ? { by: 'none' } : { by: 'default', source: provenance.default };
}
