/**
 * The assignment of `matchNeeds` on records already read: candidate pairs, the solver, and the result with each
 * open need's reason and each provider's load. Shared by `matchNeeds` (after validating its input) and the rule
 * `service.needs-matched` (on a validated dataset).
 *
 * @module
 */
import type { Locale } from '../locale.js';
import type { TargetGroup } from '../models/enums.js';
import type { ValidationIssue } from '../validation/issue.js';
import { findCandidates } from './candidates.js';
import { unmetMessages } from './messages.js';
import type { ReadList, ReadNeed, ReadProvider } from './records.js';
import { solveAssignment } from './solver.js';
import type { NeedAssignment, NeedsMatching, ProviderLoad, UnmetNeed } from './types.js';

/** What {@link assignNeeds} needs besides the records: the priority tiers, the distance and the locale. */
export interface AssignOptions {
  /** Priority tiers of target groups, highest first. */
  readonly tiers: readonly (readonly TargetGroup[])[];
  /** Great-circle distance (whole metres) within which a provider reaches a need outside its communities. */
  readonly maxDistanceMetres: number | undefined;
  /** Locale of the messages. */
  readonly locale: Locale;
}

/**
 * Matches needs already read to providers already read (see `matchNeeds` for what and how).
 *
 * @param readN - the needs read, with the fate of every input position (a position not kept is an invalid record)
 * @param providers - the providers read
 * @param options - tiers, distance, locale
 * @param issues - the issues found while reading, returned as they are
 * @returns the matching
 * @example
 * ```ts
 * assignNeeds({ records: [needOf(need, 0)], entries: [{ id: need.id, kept: true }] }, [listingOf(listing, 0)], { tiers: [], maxDistanceMetres: undefined, locale: 'en' }, []).summary.met; //=> 1
 * ```
 */
export function assignNeeds(
  readN: ReadList<ReadNeed>,
  providers: readonly ReadProvider[],
  options: AssignOptions,
  issues: readonly ValidationIssue[],
): NeedsMatching {
  const { tiers, maxDistanceMetres, locale } = options;
  const readP = { records: providers };
  const tierOf = new Map<TargetGroup, number>();
  tiers.forEach((groups, t) => {
    for (const g of groups) if (!tierOf.has(g)) tierOf.set(g, t);
  });
  const last = tiers.length;
  const tier = readN.records.map((n) => (n.targetGroup === undefined ? last : (tierOf.get(n.targetGroup) ?? last)));

  const candidates = findCandidates(readN.records, readP.records, { maxDistanceMetres });
  const solution = solveAssignment({
    needs: readN.records.length,
    providers: readP.records.length,
    tier,
    capacity: readP.records.map((p) => p.capacity),
    start: candidates.start,
    target: candidates.target,
    cost: candidates.cost,
  });

  const assigned = new Int32Array(readP.records.length);
  const byIndex = new Map<number, NeedAssignment | UnmetNeed>();
  let distance = 0;
  const metByTier = Array.from({ length: last + 1 }, () => 0);
  const needsByTier = Array.from({ length: last + 1 }, () => 0);
  readN.records.forEach((need, n) => {
    needsByTier[tier[n]!]!++;
    const p = solution.provider[n]!;
    const from = candidates.start[n]!;
    const to = candidates.start[n + 1]!;
    if (p >= 0) {
      const provider = readP.records[p]!;
      assigned[p]!++;
      metByTier[tier[n]!]!++;
      let e = from;
      while (candidates.target[e] !== p) e++;
      const measured = candidates.measured[e] === 1;
      if (measured) distance += candidates.cost[e]!;
      byIndex.set(need.index, {
        needId: need.id,
        needIndex: need.index,
        communityId: need.communityId,
        provider: { kind: provider.kind, id: provider.id },
        distanceMetres: measured ? candidates.cost[e]! : null,
        tier: tier[n]!,
      });
      return;
    }
    const code = candidates.reason[n] ?? 'capacity-taken';
    const count = to - from;
    byIndex.set(need.index, {
      needId: need.id,
      needIndex: need.index,
      communityId: need.communityId,
      code,
      message: unmetMessages[locale][code]({ category: need.category, targetGroup: need.targetGroup, candidates: count }),
      category: need.category,
      candidates: count,
      tier: tier[n]!,
    });
  });

  const assignments: NeedAssignment[] = [];
  const unmet: UnmetNeed[] = [];
  readN.entries.forEach((entry, index) => {
    const result = byIndex.get(index);
    if (result === undefined) {
      unmet.push({
        needId: entry.id ?? null,
        needIndex: index,
        communityId: null,
        code: 'invalid-record',
        message: unmetMessages[locale]['invalid-record']({ candidates: 0 }),
        candidates: 0,
        tier: null,
      });
    } else if ('provider' in result) assignments.push(result);
    else unmet.push(result);
  });

  const loads: ProviderLoad[] = readP.records.map((p, i) => ({
    provider: { kind: p.kind, id: p.id },
    index: p.index,
    capacity: p.capacity === Infinity ? null : p.capacity,
    assigned: assigned[i]!,
    spare: p.capacity === Infinity ? null : p.capacity - assigned[i]!,
  }));

  return {
    assignments,
    unmet,
    providers: loads,
    issues,
    summary: {
      needs: readN.records.length,
      met: assignments.length,
      tiers: needsByTier.map((count, t) => ({ groups: t < last ? [...tiers[t]!] : null, needs: count, met: metByTier[t]! })),
      distanceMetres: distance,
      candidatePairs: candidates.target.length,
    },
  };
}
