/**
 * 供需对接: matching residents' needs to the organisations and volunteers able to serve them, optimally.
 *
 * @module
 */
import { InvalidOptionError } from '../errors.js';
import { resolveLocale, type Locale } from '../locale.js';
import { targetGroups, type TargetGroup } from '../models/enums.js';
import { optionBag } from '../options.js';
import type { ValidationIssue } from '../validation/issue.js';
import { assignNeeds } from './assign.js';
import { readNeeds, readProviders } from './read.js';
import type { NeedsMatching } from './types.js';

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
 * @throws `InvalidOptionError` (exported by the main entry) on a bad option, not on bad data
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
  return assignNeeds(readN, readP.records, { tiers, maxDistanceMetres, locale }, issues);
}
