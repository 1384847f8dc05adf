/**
 * Service items as HSDS `service`s, one per providing community, with the 15-minute service circle of each centre
 * offering them as a `service_area`, and the links to those centres as `service_at_location`s.
 *
 * @module
 */
import { targetGroupLabels } from '../models/enums.js';
import type { ServiceCenter } from '../models/service-center.js';
import type { ServiceItem } from '../models/service-item.js';
import { circlePolygon } from './circle-polygon.js';
import { attributeBag, attributeOf, ownerOf, type ExportContext } from './context.js';
import type { HsdsService, HsdsServiceArea, HsdsServiceAtLocation } from './types.js';

/** A service and its links to the centres offering it. */
export interface ServiceWithLinks {
  /** The service. */
  readonly service: HsdsService;
  /** One link per centre. */
  readonly serviceAtLocations: readonly HsdsServiceAtLocation[];
}

/**
 * A service item as offered by one community — at the centres of that community that list it — as an HSDS
 * service (status `active`) of the community's organization, with one `service_at_location` per centre. Its
 * target groups make the `eligibility_description`; category, target groups, code, "6+X" standard service,
 * featured flag and brand are attributes; each of the centres with coordinates gives a `service_area`, the service
 * circle around it (see `serviceCircle` for the radius). A service item no centre offers is a service without
 * organization or location.
 *
 * Ids: the service is `serviceItem/<item>/community/<community>` (`serviceItem/<item>` without a community), a
 * link `<service name>/serviceCenter/<centre>`, an area `<service name>/serviceArea/serviceCenter/<centre>`.
 *
 * @param item - the service item
 * @param context - the export's context
 * @param communityId - the community providing it (the first community the centres serve), if any
 * @param centers - the exported centres where that community offers it, in dataset order
 * @returns the service and its links
 * @example
 * ```ts
 * const { service, serviceAtLocations } = serviceOf(utilities, context, 'yushan-jinghe', [jingheCenter]);
 * service.organization_id; //=> the id of 泾河村's organization
 * serviceAtLocations[0]?.location_id; //=> '36284c6f-0748-5984-9e0f-84febe206fd6'
 * ```
 */
export function serviceOf(
  item: ServiceItem,
  context: ExportContext,
  communityId: string | undefined,
  centers: readonly ServiceCenter[],
): ServiceWithLinks {
  const { locale, messages, circle, id } = context;
  const segments = communityId === undefined ? ['serviceItem', item.id] : ['serviceItem', item.id, 'community', communityId];
  const owner = ownerOf(context, 'service', segments);
  const groups = [...new Set(item.targetGroups ?? [])];
  const bag = attributeBag();
  bag.add(attributeOf(context, owner, `service-category.${item.category}`));
  for (const group of groups) bag.add(attributeOf(context, owner, `target-group.${group}`));
  bag.add(attributeOf(context, owner, 'service-item-profile.code', item.code));
  if (item.standardService !== undefined) bag.add(attributeOf(context, owner, 'service-item-profile.standard-service', item.standardService));
  if (item.featured !== undefined) bag.add(attributeOf(context, owner, 'service-item-profile.featured', String(item.featured)));
  if (item.brand !== undefined) bag.add(attributeOf(context, owner, 'service-item-profile.brand', item.brand));

  const areas: HsdsServiceArea[] = [];
  const links: HsdsServiceAtLocation[] = [];
  for (const center of centers) {
    links.push({
      id: id(...segments, 'serviceCenter', center.id),
      service_id: owner.id,
      location_id: id('serviceCenter', center.id),
    });
    if (center.location === undefined) continue;
    const input = { center: center.name, ...circle };
    areas.push({
      id: id(...segments, 'serviceArea', 'serviceCenter', center.id),
      service_id: owner.id,
      name: messages.serviceCircleName(input),
      description: messages.serviceCircleDescription(input),
      extent: JSON.stringify(circlePolygon(center.location, circle.radiusMetres)),
      extent_type: 'geojson',
    });
  }
  const service: HsdsService = {
    id: owner.id,
    ...(communityId !== undefined && { organization_id: id('community', communityId) }),
    name: item.name,
    ...(item.description !== undefined && item.description !== '' && { description: item.description }),
    ...(context.baseUrl !== undefined && { url: `${context.baseUrl}/services/${owner.id}` }),
    status: 'active',
    ...(groups.length > 0 && { eligibility_description: messages.eligibility({ groups: groups.map((g) => targetGroupLabels[g][locale]) }) }),
    ...(areas.length > 0 && { service_areas: areas }),
    attributes: bag.list,
  };
  return { service, serviceAtLocations: links };
}
