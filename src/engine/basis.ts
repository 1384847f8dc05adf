/**
 * What findings rest on: the parameters they used, by id, and which of them are assumptions. A run makes the
 * same few lists over and over (every subject of a rule usually reads the same parameters), so each list is made
 * once and shared by the findings, and each parameter is kept once for the report.
 *
 * @module
 */
import type { ResolvedParameter } from '../profiles/types.js';

/** The parameters a finding rests on: their ids, and the ids of those that are assumptions (both frozen). */
export interface Basis {
  /** The ids of the parameters used, in the order used. */
  readonly ids: readonly string[];
  /** The ids of those whose value in force is marked as an assumption, in the same order. */
  readonly assumptions: readonly string[];
}

/** Shared {@link Basis} lists of a run, and every parameter they name. */
export interface BasisCache {
  /**
   * The basis of a result: the parameters used by the check (`used`), or only those of them that the result names
   * (`only`, a result's `parameters`).
   */
  of(used: readonly ResolvedParameter[], only?: readonly string[]): Basis;
  /** Every parameter named by a basis so far, by id, in the order first named: the report's `parameters`. */
  parameters(): Readonly<Record<string, ResolvedParameter>>;
}

/**
 * Makes the basis cache of one run.
 *
 * @returns the cache
 * @example
 * ```ts
 * const bases = createBasisCache();
 * const a = bases.of([minItems]);
 * a.ids; //=> ['hall.minServiceItems']
 * bases.of([minItems]) === a; //=> true
 * ```
 */
export function createBasisCache(): BasisCache {
  const interned = new Map<string, Basis>();
  const named = new Map<string, ResolvedParameter>();
  let last: readonly ResolvedParameter[] = [];
  let lastBasis: Basis | undefined;

  const make = (list: readonly ResolvedParameter[]): Basis => {
    const key = list.length === 1 ? list[0]!.id : list.map((p) => p.id).join('\u0000');
    let basis = interned.get(key);
    if (basis === undefined) {
      for (const p of list) if (!named.has(p.id)) named.set(p.id, p);
      basis = Object.freeze({
        ids: Object.freeze(list.map((p) => p.id)),
        assumptions: Object.freeze(list.filter((p) => p.assumption !== undefined).map((p) => p.id)),
      });
      interned.set(key, basis);
    }
    return basis;
  };

  return {
    of(used, only) {
      if (only !== undefined) return make(used.filter((p) => only.includes(p.id)));
      if (lastBasis !== undefined && sameList(used, last)) return lastBasis;
      lastBasis = make(used);
      last = [...used];
      return lastBasis;
    },
    parameters() {
      return Object.fromEntries(named);
    },
  };
}

function sameList(a: readonly ResolvedParameter[], b: readonly ResolvedParameter[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
