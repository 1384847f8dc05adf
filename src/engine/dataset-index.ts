/**
 * A read-only index over a dataset: records by id, and by the community they belong to.
 *
 * @module
 */
import type { Dataset } from '../models/dataset.js';
import { datasetKeys, type RecordKind, type RecordOf } from '../models/kinds.js';
import type { RecordIds } from '../validation/validate-dataset.js';

/** Lookups over a dataset. Built lazily: a map is made the first time it is asked for. */
export interface DatasetIndex {
  /** The dataset itself. */
  readonly dataset: Dataset;
  /** Every record of a kind, in dataset order. */
  all<K extends RecordKind>(kind: K): readonly RecordOf<K>[];
  /** The record of a kind with an id. */
  get<K extends RecordKind>(kind: K, id: string): RecordOf<K> | undefined;
  /**
   * The records of a kind that belong to a community, through their `communityId` or `communityIds` field, in
   * dataset order.
   */
  byCommunity<K extends RecordKind>(kind: K, communityId: string): readonly RecordOf<K>[];
}

/**
 * Indexes a (validated) dataset for the rules.
 *
 * @param dataset - the dataset
 * @param ids - the ids of its records that validation built (`validateDatasetIndexed`), by kind: each id and the
 *   index of its record in the kind's list; a kind without them gets its map built here, the first time it is
 *   asked for
 * @returns the index
 * @example
 * ```ts
 * const { result, ids } = validateDatasetIndexed(input);
 * const index = indexDataset(result.ok ? result.value : {}, ids);
 * index.byCommunity('serviceCenter', 'qiandeng-datan').map((c) => c.id); //=> ['qiandeng-datan-center']
 * ```
 */
export function indexDataset(dataset: Dataset, ids?: RecordIds): DatasetIndex {
  const byId = new Map<RecordKind, Map<string, unknown>>();
  const byCommunity = new Map<RecordKind, Map<string, unknown[]>>();
  const all = <K extends RecordKind>(kind: K): readonly RecordOf<K>[] =>
    ((dataset as Record<string, unknown>)[datasetKeys[kind]] as RecordOf<K>[] | undefined) ?? [];

  return {
    dataset,
    all,
    get(kind, id) {
      const shared = ids?.get(kind);
      if (shared !== undefined) {
        const at = shared.get(id);
        return at === undefined ? undefined : (all(kind)[at] as RecordOf<typeof kind>);
      }
      let map = byId.get(kind);
      if (map === undefined) {
        map = new Map();
        for (const record of all(kind) as readonly { id: string }[]) if (!map.has(record.id)) map.set(record.id, record);
        byId.set(kind, map);
      }
      return map.get(id) as RecordOf<typeof kind> | undefined;
    },
    byCommunity(kind, communityId) {
      let map = byCommunity.get(kind);
      if (map === undefined) {
        map = new Map();
        for (const record of all(kind) as readonly { communityId?: string; communityIds?: readonly string[] }[]) {
          const ids = record.communityIds ?? (record.communityId === undefined ? [] : [record.communityId]);
          for (const id of new Set(ids)) {
            const list = map.get(id);
            if (list === undefined) map.set(id, [record]);
            else list.push(record);
          }
        }
        byCommunity.set(kind, map);
      }
      return (map.get(communityId) ?? []) as readonly RecordOf<typeof kind>[];
    },
  };
}
