/**
 * How much two ledgers' fields overlap: the Jaccard index of their field sets, after normalising field names.
 *
 * @module
 */
import { listArgument } from '../../arguments.js';
import { normalizeTitle } from '../access/normalize.js';

/** The overlap of two field lists. */
export interface FieldOverlap {
  /** Fields both record (as the first list writes them). */
  readonly shared: readonly string[];
  /** Distinct fields the two record together. */
  readonly union: number;
  /** `shared.length / union`, the Jaccard index; 1 when both lists are empty (the same empty set). */
  readonly ratio: number;
}

const distinct = (fields: readonly string[]) => {
  const map = new Map<string, string>();
  for (const f of fields) {
    const n = normalizeTitle(f);
    if (n !== '' && !map.has(n)) map.set(n, f);
  }
  return map;
};

/**
 * Computes the Jaccard index of two field lists: the number of fields both record over the number either records.
 * Field names are compared after normalisation (full-width/half-width, spaces); duplicates and blank names count
 * once or not at all.
 *
 * @param a - one ledger's fields
 * @param b - the other's
 * @returns the shared fields, the size of the union and the ratio
 * @example
 * ```ts
 * fieldOverlap(['姓名', '身份证号', '户号'], ['姓名', '身份证 号', '救助金额', '户号']);
 * //=> { shared: ['姓名', '身份证号', '户号'], union: 4, ratio: 0.75 }
 * ```
 */
export function fieldOverlap(a: readonly string[], b: readonly string[]): FieldOverlap {
  listArgument(a, 'a', 'string');
  listArgument(b, 'b', 'string');
  const x = distinct(a);
  const y = distinct(b);
  const shared = [...x].filter(([n]) => y.has(n)).map(([, f]) => f);
  const union = x.size + y.size - shared.length;
  return { shared, union, ratio: union === 0 ? 1 : shared.length / union };
}
