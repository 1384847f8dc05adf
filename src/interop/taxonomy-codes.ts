/**
 * The codes of the attribute taxonomy (`community-standards`) that carries, as HSDS `attribute`s, what HSDS has
 * no field for. Two kinds of group: enumeration groups, with one term per member (`station.health`), and fact
 * groups, with one term per field whose attribute carries a `value` (`community-profile.households-resident`).
 *
 * @module
 */
import { deepFrozen } from '../deep-freeze.js';
import type { AccessDecisionKind } from '../standards/access/types.js';
import { accessMessages } from '../standards/access/decision-messages.js';
import { defineLabels, type Labels } from '../models/labels.js';
import {
  accessRequestKindLabels,
  centerKindLabels,
  communityKindLabels,
  communityModelLabels,
  facilityKindLabels,
  governanceBodyLabels,
  governanceServiceLabels,
  serviceCategoryLabels,
  serviceModeLabels,
  socialOrganizationTypeLabels,
  socialWorkerLevelLabels,
  staffRoleLabels,
  stationKindLabels,
  targetGroupLabels,
} from '../models/enums.js';

/**
 * Labels of the decisions on work-access requests, as the access messages name them.
 *
 * @example
 * ```ts
 * accessDecisionLabels.refused['zh-CN']; //=> '不予准入'
 * ```
 */
export const accessDecisionLabels = /* @__PURE__ */ defineLabels<AccessDecisionKind>({
  'own-duty': { 'zh-CN': accessMessages['zh-CN'].decision['own-duty'], en: accessMessages.en.decision['own-duty'] },
  admitted: { 'zh-CN': accessMessages['zh-CN'].decision.admitted, en: accessMessages.en.decision.admitted },
  refused: { 'zh-CN': accessMessages['zh-CN'].decision.refused, en: accessMessages.en.decision.refused },
});

/**
 * The enumeration groups: each member of the enumeration is a term `<group>.<member>`, named by the model's
 * label.
 *
 * @example
 * ```ts
 * enumerationGroups.station.health['zh-CN']; //=> '卫生服务站'
 * ```
 */
export const enumerationGroups = /* @__PURE__ */ deepFrozen({
  'community-kind': communityKindLabels,
  'community-model': communityModelLabels,
  'governance-body': governanceBodyLabels,
  'governance-office-service': governanceServiceLabels,
  'center-kind': centerKindLabels,
  station: stationKindLabels,
  'service-mode': serviceModeLabels,
  facility: facilityKindLabels,
  'service-category': serviceCategoryLabels,
  'target-group': targetGroupLabels,
  'social-organization-type': socialOrganizationTypeLabels,
  'staff-role': staffRoleLabels,
  'social-worker-level': socialWorkerLevelLabels,
  'access-request': accessRequestKindLabels,
  'access-decision': accessDecisionLabels,
} as const satisfies Record<string, Labels<string>>);

/** An enumeration group's code. */
export type EnumerationGroup = keyof typeof enumerationGroups;

/**
 * The fact groups and their fields: each is a term `<group>.<field>` whose attributes carry a `value`.
 *
 * @example
 * ```ts
 * factGroups.volunteering; //=> ['volunteers', 'activities', 'hours']
 * ```
 */
export const factGroups = /* @__PURE__ */ deepFrozen({
  'community-profile': [
    'town',
    'households-registered',
    'households-resident',
    'population-registered',
    'population-resident',
    'planned-households',
    'planned-population',
    'grid-based',
    'property-triad',
  ],
  'center-profile': [
    'one-stop-hall',
    'floor-area-office',
    'floor-area-service',
    'floor-area-activity',
    'floor-area-total',
    'site-area',
    'built-year',
    'investment-fen',
    'staff-count',
    'serves-community',
  ],
  'service-item-profile': ['code', 'standard-service', 'featured', 'brand'],
  'social-organization-profile': ['registered-on', 'works-in-community'],
  'staff-profile': ['full-time'],
  volunteering: ['volunteers', 'activities', 'hours'],
} as const);

/** A fact group's code. */
export type FactGroup = keyof typeof factGroups;

/** A fact term's code, e.g. `community-profile.households-resident`. */
export type FactTerm = { [G in FactGroup]: `${G}.${(typeof factGroups)[G][number]}` }[FactGroup];

/** A member term's code, e.g. `station.health`. */
export type MemberTerm = {
  [G in EnumerationGroup]: `${G}.${Extract<keyof (typeof enumerationGroups)[G], string>}`;
}[EnumerationGroup];

/** Any term's code: a group, a member or a fact. */
export type TermCode = EnumerationGroup | FactGroup | MemberTerm | FactTerm;
