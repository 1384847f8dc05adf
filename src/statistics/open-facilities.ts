/**
 * Partner units' facilities open to the public, counted per community (paragraph 1).
 *
 * @module
 */
import { listArgument } from '../arguments.js';
import type { Community } from '../models/community.js';
import type { PartnerUnit, PublicFacility } from '../models/partner-unit.js';
import { readWeeklyBands } from '../time/bands.js';
import { weekdays } from '../models/enums.js';

/** The partner units of one community and their facilities open to its residents. */
export interface OpenFacilitiesOfCommunity {
  /** The community's id. */
  readonly communityId: string;
  /** Partner units co-building with it. */
  readonly partnerUnits: number;
  /** Of those, the units with at least one facility open to its residents. */
  readonly unitsOpenToPublic: number;
  /** Facilities open to its residents. */
  readonly facilities: number;
  /** Of those, the facilities that report weekly opening hours. */
  readonly facilitiesWithHours: number;
  /** Minutes a week they are open in all (overlapping bands of one facility counted once), from the weekly hours. */
  readonly weeklyMinutes: number;
}

/**
 * Counts, for every community, the partner units co-building with it, those whose facilities are open to its
 * residents (“辖区单位服务设施和服务项目面向社会开放”, paragraph 1), the facilities, those with weekly opening hours,
 * and the minutes a week they open. A facility is open to the communities in its `communityIds`, or to every
 * community its unit co-builds with when it names none. Weekly hours come from `openingHours` (bands that cannot
 * be read are left out); exceptions by date (`openingExceptions`) are not counted — `openingHoursOn` and `isOpen`
 * of `community-standards/time` read a date. Communities are listed in the order given, then any other community a
 * unit names.
 *
 * @param communities - the community records
 * @param units - the partner unit records
 * @returns one row per community
 * @throws {@link index!InvalidOptionError} when an argument is not a list of objects
 * @example
 * ```ts
 * openFacilitiesByCommunity([a], [{ id: 'u', name: 'u', communityIds: ['a'], publicFacilities: [
 *   { name: '篮球场', openingHours: [{ day: 'sat', opens: '08:00', closes: '18:00' }] },
 * ] }]);
 * //=> [{ communityId: 'a', partnerUnits: 1, unitsOpenToPublic: 1, facilities: 1, facilitiesWithHours: 1, weeklyMinutes: 600 }]
 * ```
 */
export function openFacilitiesByCommunity(communities: readonly Community[], units: readonly PartnerUnit[]): OpenFacilitiesOfCommunity[] {
  listArgument(communities, 'communities', 'object');
  listArgument(units, 'units', 'object');
  type Row = { -readonly [K in keyof OpenFacilitiesOfCommunity]: OpenFacilitiesOfCommunity[K] };
  const rows = new Map<string, Row>();
  const row = (id: string): Row => {
    let r = rows.get(id);
    if (r === undefined) {
      r = { communityId: id, partnerUnits: 0, unitsOpenToPublic: 0, facilities: 0, facilitiesWithHours: 0, weeklyMinutes: 0 };
      rows.set(id, r);
    }
    return r;
  };
  for (const community of communities) row(community.id);
  for (const unit of units) {
    const own = new Set(unit.communityIds);
    for (const id of own) row(id).partnerUnits += 1;
    const open = new Set<string>();
    for (const facility of unit.publicFacilities ?? []) {
      const minutes = weeklyMinutes(facility);
      for (const id of new Set(facility.communityIds ?? own)) {
        const r = row(id);
        r.facilities += 1;
        if (minutes !== undefined) {
          r.facilitiesWithHours += 1;
          r.weeklyMinutes += minutes;
        }
        open.add(id);
      }
    }
    for (const id of open) row(id).unitsOpenToPublic += 1;
  }
  return [...rows.values()];
}

/** Minutes a week a facility opens by its weekly hours, or `undefined` when it reports none. */
function weeklyMinutes(facility: PublicFacility): number | undefined {
  if (facility.openingHours === undefined || facility.openingHours.length === 0) return undefined;
  const { byDay } = readWeeklyBands(facility.openingHours, 'en');
  return weekdays.reduce((sum, day) => sum + byDay[day].reduce((s, band) => s + band.end - band.start, 0), 0);
}
