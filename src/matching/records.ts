/**
 * What matching reads of a valid need or provider record, and how a record becomes it (no validation here: the
 * records are valid — checked by `matchNeeds`, or part of a validated dataset).
 *
 * @module
 */
import type { GeoPoint } from '../models/common.js';
import type { ServiceCategory, TargetGroup } from '../models/enums.js';
import type { ProviderListing } from '../models/provider-listing.js';
import type { ResidentNeed } from '../models/resident-need.js';
import type { Volunteer } from '../models/volunteer.js';
import { weekIntervals, type WeekIntervals } from './schedule.js';

/** The kinds of record that provide services to needs. */
export type ProviderKind = 'providerListing' | 'volunteer';

/** A need that passed validation, with what matching reads. */
export interface ReadNeed {
  /** Position in the input array. */
  readonly index: number;
  readonly id: string;
  readonly communityId: string;
  readonly category: ServiceCategory;
  readonly targetGroup: TargetGroup | undefined;
  readonly location: GeoPoint | undefined;
  readonly schedule: WeekIntervals | undefined;
}

/** A provider that passed validation, with what matching reads. */
export interface ReadProvider {
  readonly kind: ProviderKind;
  /** Position in its input array. */
  readonly index: number;
  readonly id: string;
  readonly categories: readonly ServiceCategory[];
  /** The communities it serves; `undefined`: every community (city-wide). */
  readonly communities: readonly string[] | undefined;
  readonly location: GeoPoint | undefined;
  /** Needs it can take on; `Infinity` when no limit is stated. */
  readonly capacity: number;
  readonly schedule: WeekIntervals | undefined;
  /** The groups it serves; `undefined`: everyone. */
  readonly eligibleGroups: readonly TargetGroup[] | undefined;
}

/** What reading a list of records gives: the valid records, and for each input position whether it was kept. */
export interface ReadList<T> {
  readonly records: readonly T[];
  /** For each input position, the id read (when there was one) and whether the record was kept. */
  readonly entries: readonly { readonly id: string | undefined; readonly kept: boolean }[];
}

/**
 * A valid resident-need record as matching reads it.
 *
 * @param need - the record
 * @param index - its position in the input
 * @returns what matching reads
 * @example
 * ```ts
 * needOf({ id: 'n', communityId: 'c', title: '助餐', category: 'elderly-care' }, 0).schedule; //=> undefined
 * ```
 */
export function needOf(need: ResidentNeed, index: number): ReadNeed {
  return {
    index,
    id: need.id,
    communityId: need.communityId,
    category: need.category,
    targetGroup: need.targetGroup,
    location: need.location,
    schedule: need.schedule === undefined ? undefined : weekIntervals(need.schedule),
  };
}

/**
 * A valid provider listing as matching reads it: no `communityIds` means every community.
 *
 * @param p - the record
 * @param index - its position in the input
 * @returns what matching reads
 * @example
 * ```ts
 * listingOf({ id: 'p', name: '乐龄之家', categories: ['elderly-care'] }, 0).capacity; //=> Infinity
 * ```
 */
export function listingOf(p: ProviderListing, index: number): ReadProvider {
  return {
    kind: 'providerListing',
    index,
    id: p.id,
    categories: p.categories,
    communities: p.communityIds,
    location: p.location,
    capacity: p.capacity ?? Infinity,
    schedule: p.schedule === undefined ? undefined : weekIntervals(p.schedule),
    eligibleGroups: p.eligibleGroups,
  };
}

/**
 * A valid volunteer record as matching reads it: the volunteer serves their home `communityId` (every community
 * when absent) and offers nothing without `categories`.
 *
 * @param v - the record
 * @param index - its position in the input
 * @returns what matching reads
 * @example
 * ```ts
 * volunteerOf({ id: 'v', name: '李四', communityId: 'c', categories: ['health'] }, 0).communities; //=> ['c']
 * ```
 */
export function volunteerOf(v: Volunteer, index: number): ReadProvider {
  return {
    kind: 'volunteer',
    index,
    id: v.id,
    categories: v.categories ?? [],
    communities: v.communityId === undefined ? undefined : [v.communityId],
    location: v.location,
    capacity: v.capacity ?? Infinity,
    schedule: v.schedule === undefined ? undefined : weekIntervals(v.schedule),
    eligibleGroups: v.eligibleGroups,
  };
}
