/**
 * Communities and social organisations as HSDS `organization`s.
 *
 * @module
 */
import type { AccessDecision } from '../standards/access/types.js';
import type { AccessRequest } from '../standards/access/model.js';
import type { Community } from '../models/community.js';
import {
  communityKindLabels,
  communityModelLabels,
  serviceCategoryLabels,
  socialOrganizationTypeLabels,
} from '../models/enums.js';
import type { SocialOrganization } from '../models/social-organization.js';
import { attributeBag, attributeOf, ownerOf, type ExportContext } from './context.js';
import type { HsdsContact, HsdsOrganization } from './types.js';
import type { VolunteeringFacts } from './volunteering.js';

/** What a community's organisation carries besides the community record. */
export interface CommunityExtras {
  /** Its staff, as contacts. */
  readonly contacts: readonly HsdsContact[];
  /** Its volunteering, if any. */
  readonly volunteering?: VolunteeringFacts | undefined;
  /** The work-access requests addressed to it, each with its decision. */
  readonly accessRequests: readonly { readonly request: AccessRequest; readonly decision: AccessDecision }[];
}

/**
 * A community (its residents' or villagers' committee) as an HSDS organization: the description says its kind,
 * model and town, followed by its notes; kind, model, bodies, households, population, volunteering, and
 * work-access requests with their decisions (value: the decision's reason) are attributes; its staff are its
 * contacts.
 *
 * @param community - the community
 * @param context - the export's context
 * @param extras - contacts, volunteering, access requests
 * @returns the organization
 * @example
 * ```ts
 * communityOrganization(datan, context, { contacts: [], accessRequests: [] }).description.split('\n')[0];
 * //=> '千灯镇农村社区(纯农村社区)。' (then a blank line and the record's notes)
 * ```
 */
export function communityOrganization(community: Community, context: ExportContext, extras: CommunityExtras): HsdsOrganization {
  const { locale, messages } = context;
  const owner = ownerOf(context, 'organization', ['community', community.id]);
  const bag = attributeBag();
  const add = (code: Parameters<typeof attributeOf>[2], value?: string, key?: string) => bag.add(attributeOf(context, owner, code, value, key));
  add(`community-kind.${community.kind}`);
  add(`community-model.${community.model}`);
  for (const body of community.governanceBodies ?? []) add(`governance-body.${body}`);
  for (const service of community.governanceOfficeServices ?? []) add(`governance-office-service.${service}`);
  if (community.town !== undefined) add('community-profile.town', community.town);
  const counts = [
    ['community-profile.households-registered', community.households.registered],
    ['community-profile.households-resident', community.households.resident],
    ['community-profile.population-registered', community.population.registered],
    ['community-profile.population-resident', community.population.resident],
    ['community-profile.planned-households', community.plannedHouseholds],
    ['community-profile.planned-population', community.plannedPopulation],
  ] as const;
  for (const [code, count] of counts) if (count !== undefined) add(code, String(count));
  if (community.gridBased !== undefined) add('community-profile.grid-based', String(community.gridBased));
  if (community.propertyTriad !== undefined) add('community-profile.property-triad', String(community.propertyTriad));
  const v = extras.volunteering;
  if (v !== undefined) {
    add('volunteering.volunteers', String(v.volunteers));
    add('volunteering.activities', String(v.activities));
    add('volunteering.hours', String(Math.round(v.hours * 100) / 100));
  }
  for (const { request, decision } of extras.accessRequests) {
    add(`access-request.${request.kind}`, `${request.department}:${request.title}`, request.id);
    add(`access-decision.${decision.decision}`, decision.reason, request.id);
  }
  const summary = messages.communityDescription({
    kind: communityKindLabels[community.kind][locale],
    model: communityModelLabels[community.model][locale],
    town: community.town,
  });
  return {
    id: owner.id,
    name: community.name,
    description: community.notes === undefined || community.notes === '' ? summary : `${summary}\n\n${community.notes}`,
    ...(context.baseUrl !== undefined && { uri: `${context.baseUrl}/organizations/${owner.id}` }),
    ...(extras.contacts.length > 0 && { contacts: extras.contacts }),
    ...(bag.list.length > 0 && { attributes: bag.list }),
  };
}

/**
 * A social organisation as an HSDS organization: its type is the `legal_status` (and an attribute), the year of
 * `registeredOn` the `year_incorporated`; its service categories, registration date and the communities it works
 * in are attributes (a community as the HSDS id of its organization).
 *
 * @param organization - the social organisation
 * @param context - the export's context
 * @param exportedCommunities - ids of the communities in the export (links to others are left out)
 * @returns the organization
 * @example
 * ```ts
 * socialOrganization({ id: 'org-1', name: '百帮服务社', type: 'private-non-enterprise', registeredOn: '2011-05-20' }, context, new Set())
 * //=> { id: '…', name: '百帮服务社', description: '民办非企业单位。', legal_status: '民办非企业单位', year_incorporated: 2011, attributes: […] }
 * ```
 */
export function socialOrganization(
  organization: SocialOrganization,
  context: ExportContext,
  exportedCommunities: ReadonlySet<string>,
): HsdsOrganization {
  const { locale, messages } = context;
  const owner = ownerOf(context, 'organization', ['socialOrganization', organization.id]);
  const bag = attributeBag();
  const type = socialOrganizationTypeLabels[organization.type][locale];
  bag.add(attributeOf(context, owner, `social-organization-type.${organization.type}`));
  for (const category of organization.categories ?? []) bag.add(attributeOf(context, owner, `service-category.${category}`));
  if (organization.registeredOn !== undefined) {
    bag.add(attributeOf(context, owner, 'social-organization-profile.registered-on', organization.registeredOn));
  }
  for (const communityId of organization.communityIds ?? []) {
    if (!exportedCommunities.has(communityId)) continue;
    const communityOrg = context.id('community', communityId);
    bag.add(attributeOf(context, owner, 'social-organization-profile.works-in-community', communityOrg, communityId));
  }
  const categories = [...new Set(organization.categories ?? [])].map((c) => serviceCategoryLabels[c][locale]);
  return {
    id: owner.id,
    name: organization.name,
    description: messages.socialOrganizationDescription({ type, categories }),
    legal_status: type,
    ...(organization.registeredOn !== undefined && { year_incorporated: Number(organization.registeredOn.slice(0, 4)) }),
    ...(context.baseUrl !== undefined && { uri: `${context.baseUrl}/organizations/${owner.id}` }),
    attributes: bag.list,
  };
}
