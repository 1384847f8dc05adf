/**
 * What `matchNeeds` returns.
 *
 * @module
 */
import type { ServiceCategory, TargetGroup } from '../models/enums.js';
import type { ValidationIssue } from '../validation/issue.js';
import type { UnmetCode } from './messages.js';
import type { ProviderKind } from './records.js';

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

/** What `matchNeeds` returns. */
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

