/**
 * Volunteering by community, for the community's `volunteering.*` attributes: HSDS has no place for volunteers,
 * so the export carries counts and hours per community, never a volunteer's name.
 *
 * @module
 */
import { listArgument } from '../arguments.js';
import type { VolunteerService } from '../models/volunteer-service.js';
import type { Volunteer } from '../models/volunteer.js';

/** Volunteering in one community. */
export interface VolunteeringFacts {
  /** Registered volunteers whose home community it is. */
  readonly volunteers: number;
  /** Records of volunteer service done there. */
  readonly activities: number;
  /** Hours of volunteer service done there. */
  readonly hours: number;
}

/**
 * Counts volunteers (by home community) and volunteer service (by the community where it was done; a record
 * without `communityId` counts for its volunteer's home community, our reading) per community. Service points are
 * not counted here: they derive from the hours by the profile's points rules (rate, cap per activity, validity).
 *
 * @param volunteers - the volunteer records
 * @param services - the volunteer-service records
 * @returns the facts by community id; communities without any are absent
 * @example
 * ```ts
 * volunteeringByCommunity(
 *   [{ id: 'v1', name: '李四', communityId: 'lishe' }],
 *   [{ id: 's1', volunteerId: 'v1', activity: '楼道清洁', date: '2013-05-04', hours: 2.5 }],
 * ).get('lishe'); //=> { volunteers: 1, activities: 1, hours: 2.5 }
 * ```
 */
export function volunteeringByCommunity(
  volunteers: readonly Volunteer[],
  services: readonly VolunteerService[],
): Map<string, VolunteeringFacts> {
  listArgument(volunteers, 'volunteers', 'object');
  listArgument(services, 'services', 'object');
  const homeOf = new Map<string, string | undefined>();
  const facts = new Map<string, { volunteers: number; activities: number; hours: number }>();
  const of = (communityId: string) => {
    let entry = facts.get(communityId);
    if (entry === undefined) facts.set(communityId, (entry = { volunteers: 0, activities: 0, hours: 0 }));
    return entry;
  };
  for (const volunteer of volunteers) {
    if (homeOf.has(volunteer.id)) continue; // a repeated id counts once
    homeOf.set(volunteer.id, volunteer.communityId);
    if (volunteer.communityId !== undefined) of(volunteer.communityId).volunteers += 1;
  }
  const seen = new Set<string>();
  for (const service of services) {
    if (seen.has(service.id)) continue;
    seen.add(service.id);
    const communityId = service.communityId ?? homeOf.get(service.volunteerId);
    if (communityId === undefined) continue;
    const entry = of(communityId);
    entry.activities += 1;
    entry.hours += service.hours;
  }
  return facts;
}
