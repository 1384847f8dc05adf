/**
 * Export to Open Referral's Human Services Data Specification (HSDS) 3.0.
 *
 * @module
 */
import { decideAccess } from '../standards/access/decide.js';
import { InvalidOptionError } from '../errors.js';
import type { Dataset } from '../models/dataset.js';
import type { ServiceCenter } from '../models/service-center.js';
import { validateDataset } from '../validation/validate-dataset.js';
import { toIsoDate } from '../profiles/as-of.js';
import { staffContact } from './contacts.js';
import { createContext } from './context.js';
import { centerLocation, communityLocation } from './locations.js';
import { resolveHsdsOptions, type ToHsdsOptions } from './options.js';
import { communityOrganization, socialOrganization } from './organizations.js';
import { serviceCircle } from './service-circle.js';
import { serviceOf } from './services.js';
import { attributeTaxonomy } from './taxonomy.js';
import type { HsdsContact, HsdsExport, HsdsLocation, HsdsOrganization, HsdsService, HsdsServiceAtLocation } from './types.js';
import { volunteeringByCommunity } from './volunteering.js';

/**
 * Exports a dataset as HSDS 3.0 objects (see `docs/hsds.md` for the field-by-field mapping):
 *
 * - communities and social organisations → `organizations` (staff → their community's `contacts`);
 * - service centres, and communities with coordinates or an address → `locations` (with `addresses`, `phones`,
 *   opening hours as `schedules`);
 * - service items → `services`, with the 15-minute service circle around each offering centre with coordinates
 *   as a `service_area` (a GeoJSON polygon, radius = `circle.minutes` × `circle.walkingSpeed` ÷
 *   `circle.detourFactor` from the profile: 720 m for `kunshan`);
 * - each item a centre offers → `serviceAtLocations`;
 * - what HSDS has no field for (stations, facilities, volunteering, work-access requests and their decisions by
 *   `decideAccess`, kind, model, households…) → `attributes` with terms of the `community-standards` taxonomy, given in `taxonomies` and `taxonomyTerms`.
 *
 * Ids are version-5 UUIDs of `<kind>/<id>[/<part>…]` in the namespace (`HSDS_NAMESPACE` by default), so that
 * exporting again gives the same ids. The input is validated first: records with problems of their own are left
 * out and their issues returned; the function never throws on data and never mutates it.
 *
 * @param dataset - the dataset (untrusted)
 * @param options - locale, base URL, namespace, profile, date, address parts
 * @returns the HSDS objects by kind, and the input's issues
 * @throws {@link index!InvalidOptionError} for bad options, or when neither `asOf` nor the dataset's `meta.asOf` gives a
 *   date; `UnknownParameterError` / `NoValueInForceError` / `ProfileDefinitionError` when the profile's circle
 *   parameters are missing, not in force or not positive numbers, or (for a dataset with access requests) its
 *   access parameters are
 * @example
 * ```ts
 * const hsds = toHsds(referenceCommunities, { locale: 'en' });
 * hsds.organizations.length; //=> 4
 * hsds.services[0]?.name; //=> '水电服务'
 * hsds.organizations[0]?.id === toHsds(referenceCommunities).organizations[0]?.id; //=> true
 * ```
 */
export function toHsds(dataset: unknown, options?: ToHsdsOptions): HsdsExport {
  const resolved = resolveHsdsOptions(options);
  const { locale, namespace } = resolved;
  const taxonomy = attributeTaxonomy(namespace, { locale });
  const validation = validateDataset(dataset, { locale });
  const data: Dataset | undefined = validation.ok ? validation.value : validation.partial;
  const issues = validation.issues;
  if (data === undefined) {
    return { organizations: [], services: [], locations: [], serviceAtLocations: [], taxonomies: [taxonomy.taxonomy], taxonomyTerms: taxonomy.terms, issues };
  }
  const asOf = resolved.asOf ?? (data.meta?.asOf === undefined ? undefined : toIsoDate(data.meta.asOf));
  if (asOf === undefined) throw new InvalidOptionError('asOf', 'give the date to read the profile as of, or set the dataset’s meta.asOf');
  const context = createContext({
    namespace,
    locale,
    baseUrl: resolved.baseUrl,
    region: resolved.region,
    circle: serviceCircle(resolved.profile, asOf),
    taxonomy,
  });

  const communities = firstById(data.communities);
  const centers = firstById(data.serviceCenters);
  const items = firstById(data.serviceItems);
  const facilities = firstById(data.facilities);
  const communityIds = new Set(communities.keys());

  const contactsOf = new Map<string, HsdsContact[]>();
  for (const staff of firstById(data.staffMembers).values()) {
    if (!communities.has(staff.communityId)) continue;
    const centerExported = staff.serviceCenterId !== undefined && centers.has(staff.serviceCenterId);
    const list = contactsOf.get(staff.communityId) ?? [];
    list.push(staffContact(staff, context, centerExported));
    contactsOf.set(staff.communityId, list);
  }
  const volunteering = volunteeringByCommunity([...firstById(data.volunteers).values()], [...firstById(data.volunteerServices).values()]);
  const decided = [...firstById(data.accessRequests).values()]
    .filter((request) => communities.has(request.communityId))
    .map((request) => ({ request, decision: decideAccess(request, { profile: resolved.profile, asOf, locale }) }));
  const requests = groupBy(decided, (r) => r.request.communityId);

  const organizations: HsdsOrganization[] = [];
  for (const community of communities.values()) {
    organizations.push(
      communityOrganization(community, context, {
        contacts: contactsOf.get(community.id) ?? [],
        volunteering: volunteering.get(community.id),
        accessRequests: requests.get(community.id) ?? [],
      }),
    );
  }
  for (const organization of firstById(data.socialOrganizations).values()) organizations.push(socialOrganization(organization, context, communityIds));

  const locations: HsdsLocation[] = [];
  for (const center of centers.values()) locations.push(centerLocation(center, context, facilities, communityIds));
  for (const community of communities.values()) {
    const location = communityLocation(community, context);
    if (location !== undefined) locations.push(location);
  }

  // A service per (item, providing community): the first exported community of each centre listing the item.
  const offers = new Map<string, Map<string | undefined, ServiceCenter[]>>();
  for (const center of centers.values()) {
    const provider = center.communityIds.find((id) => communities.has(id));
    for (const itemId of new Set(center.serviceItemIds ?? [])) {
      if (!items.has(itemId)) continue;
      const byProvider = offers.get(itemId) ?? new Map<string | undefined, ServiceCenter[]>();
      byProvider.set(provider, [...(byProvider.get(provider) ?? []), center]);
      offers.set(itemId, byProvider);
    }
  }
  const services: HsdsService[] = [];
  const serviceAtLocations: HsdsServiceAtLocation[] = [];
  for (const item of items.values()) {
    const byProvider = offers.get(item.id) ?? new Map<string | undefined, ServiceCenter[]>([[undefined, []]]);
    for (const [provider, at] of byProvider) {
      const { service, serviceAtLocations: links } = serviceOf(item, context, provider, at);
      services.push(service);
      serviceAtLocations.push(...links);
    }
  }
  return { organizations, services, locations, serviceAtLocations, taxonomies: [taxonomy.taxonomy], taxonomyTerms: taxonomy.terms, issues };
}

/** Records by id, the first of each id (a repeated id is a validation issue; its later records are left out). */
function firstById<T extends { id: string }>(records: readonly T[] | undefined): Map<string, T> {
  const map = new Map<string, T>();
  for (const record of records ?? []) if (!map.has(record.id)) map.set(record.id, record);
  return map;
}

function groupBy<T>(list: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of list) {
    const k = key(item);
    const group = map.get(k);
    if (group === undefined) map.set(k, [item]);
    else group.push(item);
  }
  return map;
}
