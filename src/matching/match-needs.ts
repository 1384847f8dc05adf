/**
 * 供需对接: matching residents' needs to the organisations and volunteers able to serve them, optimally.
 *
 * @module
 */
import { InvalidOptionError } from '../errors.js';
import { resolveLocale, type Locale } from '../locale.js';
import { targetGroups, type ServiceCategory, type TargetGroup } from '../models/enums.js';
import { optionBag } from '../options.js';
import type { ValidationIssue } from '../validation/issue.js';
import { findCandidates } from './candidates.js';
import { unmetMessages, type UnmetCode } from './messages.js';
import { readNeeds, readProviders, type ProviderKind } from './read.js';
import { solveAssignment } from './solver.js';

/** A provider: its kind (`providerListing` or `volunteer`) and id. */
export interface ProviderRef {
  /** `providerListing` (an organisation of 《可承接服务项目的组织目录》) or `volunteer`. */
  readonly kind: ProviderKind;
  /** The provider's id. */
  readonly id: string;
}

/** One need met: by whom, how far (where both have a location) and the need's priority tier. */
export interface NeedAssignment {
  /** The need's id. */
  readonly needId: string;
  /** Position of the need in `needs`. */
  readonly needIndex: number;
  /** The need's community. */
  readonly communityId: string;
  /** Who meets it. */
  readonly provider: ProviderRef;
  /** Great-circle distance in whole metres; `null` when the need or the provider has no location. */
  readonly distanceMetres: number | null;
  /** The need's priority tier: 0 for the first group of `priorityGroups`, … , `priorityGroups.length` for the rest. */
  readonly tier: number;
}

/** One need left open, with why. */
export interface UnmetNeed {
  /** The need's id; `null` when the record has no readable id. */
  readonly needId: string | null;
  /** Position of the need in `needs`. */
  readonly needIndex: number;
  /** The need's community; `null` for an invalid record. */
  readonly communityId: string | null;
  /** Why (see {@link UnmetCode}). */
  readonly code: UnmetCode;
  /** Why, in the locale asked for. */
  readonly message: string;
  /** The need's category (absent for an invalid record). */
  readonly category?: ServiceCategory;
  /** Providers that fit the need on every count (only `capacity-taken` has any). */
  readonly candidates: number;
  /** The need's priority tier; `null` for an invalid record. */
  readonly tier: number | null;
}

/** A provider's load: its capacity (`null`: no limit stated), the needs assigned, and what is left. */
export interface ProviderLoad {
  /** The provider. */
  readonly provider: ProviderRef;
  /** Position in its input list (`providerListings` or `volunteers`). */
  readonly index: number;
  /** Needs it can take on; `null` when no limit is stated. */
  readonly capacity: number | null;
  /** Needs assigned to it. */
  readonly assigned: number;
  /** Capacity left; `null` when no limit is stated. */
  readonly spare: number | null;
}

/** Needs and needs met in one priority tier. */
export interface TierSummary {
  /** The tier's groups; `null` for the last tier: every other need, with or without a group. */
  readonly groups: readonly TargetGroup[] | null;
  /** Valid needs in the tier. */
  readonly needs: number;
  /** Of them, met. */
  readonly met: number;
}

/** What {@link matchNeeds} returns. */
export interface NeedsMatching {
  /** The needs met, in input order. */
  readonly assignments: readonly NeedAssignment[];
  /** The needs left open, with their reasons, in input order (invalid records included). */
  readonly unmet: readonly UnmetNeed[];
  /** Every valid provider's capacity, assignments and spare capacity: listings first, then volunteers, in input order. */
  readonly providers: readonly ProviderLoad[];
  /** Problems in the input: each with a path and a message; the records they concern were left out. */
  readonly issues: readonly ValidationIssue[];
  /** Totals: valid needs, met, by tier, and the total distance of the pairs whose distance is known. */
  readonly summary: {
    /** Valid needs. */
    readonly needs: number;
    /** Needs met. */
    readonly met: number;
    /** Needs and needs met by priority tier, first tier first. */
    readonly tiers: readonly TierSummary[];
    /** Total great-circle distance, whole metres, of the pairs met whose distance is known. */
    readonly distanceMetres: number;
    /** Candidate pairs considered (the size of the graph solved). */
    readonly candidatePairs: number;
  };
}

/** Options of {@link matchNeeds}. */
export interface MatchNeedsOptions {
  /**
   * Priority groups, highest first: a list of tiers, each a list of target groups. The needs of the first tier are
   * met first, as many as can be; then those of the next; every other need comes last. Default: no priority (one
   * tier). The `kunshan` profile's reading is the parameter `service.matchPriorityGroups`.
   */
  readonly priorityGroups?: readonly (readonly TargetGroup[])[] | undefined;
  /**
   * Great-circle distance in metres within which a provider with a location reaches a need with one, even outside
   * the communities it lists. Default: none (place by community only). The `kunshan` profile's reading is
   * `service.matchMaxDistanceMetres`.
   */
  readonly maxDistanceMetres?: number | undefined;
  /** Locale of the messages: `zh-CN` (default) or `en`. */
  readonly locale?: Locale | undefined;
}

function checkOptions(options: MatchNeedsOptions): { tiers: readonly (readonly TargetGroup[])[]; maxDistanceMetres: number | undefined; locale: Locale } {
  const locale = resolveLocale(options.locale);
  const tiers = options.priorityGroups ?? [];
  const known = new Set<string>(targetGroups);
  if (!Array.isArray(tiers) || tiers.some((tier) => !Array.isArray(tier) || tier.some((g) => !known.has(g as string)))) {
    throw new InvalidOptionError('priorityGroups', `expected a list of lists of ${targetGroups.join(', ')}`, options.priorityGroups);
  }
  const max = options.maxDistanceMetres;
  if (max !== undefined && (typeof max !== 'number' || !Number.isFinite(max) || max < 0)) {
    throw new InvalidOptionError('maxDistanceMetres', 'expected a finite number of metres, 0 or more', max);
  }
  return { tiers, maxDistanceMetres: max, locale };
}

/**
 * 供需对接 — matches residents' needs (《社区居民需求目录》) to the organisations (《可承接服务项目的组织目录》) and
 * volunteers able to serve them (report, paragraph 6: "健全供需对接"; "实现志愿服务组织、服务项目与居民服务需求的有效对接").
 *
 * A provider can take a need when it offers the need's category; serves the need's community (or every community),
 * or — both having a location — lies within `maxDistanceMetres`; serves the need's group (`eligibleGroups`); and
 * shares at least a minute of weekly hours with it (`schedule`, when both give them). Each need met uses one unit
 * of the provider's `capacity`.
 *
 * **Objective**, in this order: the most needs of the first priority tier met, then of the next, …, then of the
 * rest; then the least total great-circle distance (whole metres; a pair without locations counts 0). Optimal: a
 * min-cost flow by successive shortest paths (Ahuja, Magnanti & Orlin 1993, §9.7), the needs entering in priority
 * order (see src/matching/solver.ts for why this is optimal); a property test checks it against brute force.
 *
 * Never throws on data: records that are not valid `ResidentNeed`, `ProviderListing` or `Volunteer` records, or that
 * repeat an id, are left out with issues (path and message); an invalid need is listed as unmet (`invalid-record`).
 *
 * @param needs - resident-need records
 * @param providers - `{ providerListings, volunteers }`: either may be absent (a `Dataset` fits)
 * @param options - priority groups, distance, locale
 * @returns the assignment, the unmet needs with their reasons, each provider's spare capacity, issues, totals
 * @throws {@link InvalidOptionError} on a bad option (not on bad data)
 * @example
 * ```ts
 * const result = matchNeeds(
 *   [
 *     { id: 'n1', communityId: 'c', title: '助餐', category: 'elderly-care', targetGroup: 'elderly' },
 *     { id: 'n2', communityId: 'c', title: '家电维修', category: 'convenience' },
 *   ],
 *   { providerListings: [{ id: 'p1', name: '乐龄之家', categories: ['elderly-care'], capacity: 1 }] },
 *   { locale: 'en' },
 * );
 * result.assignments[0]?.provider; //=> { kind: 'providerListing', id: 'p1' }
 * result.unmet[0]?.message; //=> 'no organisation or volunteer offers convenience services'
 * result.providers[0]?.spare; //=> 0
 * ```
 */
export function matchNeeds(needs: unknown, providers: unknown, options?: MatchNeedsOptions): NeedsMatching {
  const { tiers, maxDistanceMetres, locale } = checkOptions(optionBag(options));
  const issues: ValidationIssue[] = [];
  const readN = readNeeds(needs, locale, issues);
  const readP = readProviders(providers, locale, issues);
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
