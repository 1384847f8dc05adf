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
  // Untrusted data: anything that is not a dataset with a list of provenance entries has none to find.
  const meta: unknown = typeof dataset === 'object' && dataset !== null ? (dataset as { meta?: unknown }).meta : undefined;
  const provenance: unknown = typeof meta === 'object' && meta !== null ? (meta as { provenance?: unknown }).provenance : undefined;
  if (typeof provenance !== 'object' || provenance === null) return { by: 'none' };
  const { entries, default: fallback } = provenance as { entries?: unknown; default?: ProvenanceSource };
  let record: ProvenanceEntry | undefined;
  for (const entry of Array.isArray(entries) ? (entries as readonly unknown[]) : []) {
    if (typeof entry !== 'object' || entry === null) continue;
    const e = entry as ProvenanceEntry;
    if (e.kind !== kind || e.id !== id) continue;
    if (field !== undefined && e.field === field) return { by: 'field', entry: e };
    if (e.field === undefined) record ??= e;
  }
  if (record !== undefined) return { by: 'record', entry: record };
  return fallback === undefined ? { by: 'none' } : { by: 'default', source: fallback };
}
