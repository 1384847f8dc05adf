/**
 * Service centres, and the places of communities, as HSDS `location`s.
 *
 * @module
 */
import type { Community } from '../models/community.js';
import type { Facility } from '../models/facility.js';
import type { ServiceCenter } from '../models/service-center.js';
import { attributeBag, attributeOf, ownerOf, type ExportContext, type Owner } from './context.js';
import { toSchedules } from './schedules.js';
import type { HsdsAddress, HsdsLocation, HsdsPhone } from './types.js';

/**
 * A service centre as an HSDS physical location: name, notes as description, coordinates, address, phone, and
 * opening hours as schedules. Its organization is the first community it serves that is in the export; every
 * community it serves, its kind, hall, service modes, "5+1" stations, facilities (value: the facility's name),
 * floor and site area, year built, investment and staff count are attributes.
 *
 * @param center - the centre
 * @param context - the export's context
 * @param facilities - facility records by id
 * @param exportedCommunities - ids of the communities in the export
 * @returns the location
 * @example
 * ```ts
 * centerLocation(lisheCenter, context, new Map(), new Set(['yushan-lishe'])).name; //=> '里厍社区服务中心'
 * ```
 */
export function centerLocation(
  center: ServiceCenter,
  context: ExportContext,
  facilities: ReadonlyMap<string, Facility>,
  exportedCommunities: ReadonlySet<string>,
): HsdsLocation {
  const owner = ownerOf(context, 'location', ['serviceCenter', center.id]);
  const served = [...new Set(center.communityIds)].filter((id) => exportedCommunities.has(id));
  const bag = attributeBag();
  const add = (code: Parameters<typeof attributeOf>[2], value?: string, key?: string) => bag.add(attributeOf(context, owner, code, value, key));
  add(`center-kind.${center.kind}`);
  add('center-profile.one-stop-hall', String(center.oneStopHall));
  for (const mode of center.serviceModes ?? []) add(`service-mode.${mode}`);
  for (const station of center.stations ?? []) add(`station.${station}`);
  for (const facilityId of center.facilityIds ?? []) {
    const facility = facilities.get(facilityId);
    if (facility !== undefined) add(`facility.${facility.kind}`, facility.name, facility.id);
  }
  const numbers = [
    ['center-profile.floor-area-office', center.floorArea?.office],
    ['center-profile.floor-area-service', center.floorArea?.service],
    ['center-profile.floor-area-activity', center.floorArea?.activity],
    ['center-profile.floor-area-total', center.floorArea?.total],
    ['center-profile.site-area', center.siteArea],
    ['center-profile.built-year', center.builtYear],
    ['center-profile.investment-fen', center.investmentFen],
    ['center-profile.staff-count', center.staffCount],
  ] as const;
  for (const [code, n] of numbers) if (n !== undefined) add(code, String(n));
  for (const communityId of served) add('center-profile.serves-community', context.id('community', communityId), communityId);
  const first = served[0];
  return {
    id: owner.id,
    location_type: 'physical',
    ...(first !== undefined && { organization_id: context.id('community', first) }),
    name: center.name,
    ...(center.notes !== undefined && center.notes !== '' && { description: center.notes }),
    ...coordinates(center.location),
    ...addresses(context, owner, center.address),
    ...(center.phone !== undefined && { phones: [phoneOf(context, owner, center.phone)] }),
    ...nonEmpty(
      'schedules',
      toSchedules(center.openingHours ?? [], center.openingExceptions ?? [], {
        id: (...segments) => context.id(...owner.segments, ...segments),
        locationId: owner.id,
        locale: context.locale,
      }),
    ),
    ...nonEmpty('attributes', bag.list),
  };
}

/**
 * The place of a community (its `location` and `address`) as an HSDS physical location of its organization, when
 * it has either.
 *
 * @param community - the community
 * @param context - the export's context
 * @returns the location, or `undefined` when the community has neither coordinates nor an address
 * @example
 * ```ts
 * communityLocation({ ...lishe, location: { lon: 120.95, lat: 31.39 } }, context)?.latitude; //=> 31.39
 * ```
 */
export function communityLocation(community: Community, context: ExportContext): HsdsLocation | undefined {
  if (community.location === undefined && community.address === undefined) return undefined;
  const owner = ownerOf(context, 'location', ['community', community.id, 'location']);
  return {
    id: owner.id,
    location_type: 'physical',
    organization_id: context.id('community', community.id),
    name: community.name,
    description: context.messages.communityLocation({ community: community.name }),
    ...coordinates(community.location),
    ...addresses(context, owner, community.address),
  };
}

function coordinates(point: { lon: number; lat: number } | undefined): { latitude?: number; longitude?: number } {
  return point === undefined ? {} : { latitude: point.lat, longitude: point.lon };
}

function addresses(context: ExportContext, owner: Owner, line: string | undefined): { addresses?: HsdsAddress[] } {
  if (line === undefined) return {};
  const { region } = context;
  return {
    addresses: [
      {
        id: context.id(...owner.segments, 'address'),
        location_id: owner.id,
        address_1: line,
        city: region.city,
        state_province: region.stateProvince,
        postal_code: region.postalCode,
        country: region.country,
        address_type: 'physical',
      },
    ],
  };
}

function phoneOf(context: ExportContext, owner: Owner, number: string): HsdsPhone {
  return { id: context.id(...owner.segments, 'phone'), location_id: owner.id, number, type: 'voice' };
}

function nonEmpty<K extends string, T>(key: K, list: readonly T[]): { [P in K]?: readonly T[] } {
  return (list.length > 0 ? { [key]: list } : {}) as { [P in K]?: readonly T[] };
}
