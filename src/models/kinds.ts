/**
 * The registry of record kinds: each kind's model, its plural (the `Dataset` key) and its references.
 *
 * @module
 */
import { deepFrozen } from '../deep-freeze.js';
import type { z } from 'zod';
import { defineLabels } from './labels.js';
import { AccessRequest } from '../standards/access/model.js';
import { Community } from './community.js';
import { CreationActivity } from './creation-activity.js';
import { DutyShift } from './duty-shift.js';
import { Facility } from './facility.js';
import { Grid } from './grid.js';
import { Household } from './household.js';
import { Ledger } from '../standards/ledger/model.js';
import { PartnerUnit } from './partner-unit.js';
import { Plaque } from '../standards/signage/model.js';
import { PropertyMeeting } from './property-meeting.js';
import { ProviderListing } from './provider-listing.js';
import { ResidentNeed } from './resident-need.js';
import { ResidentialEstate } from './residential-estate.js';
import { ServiceCase } from './service-case.js';
import { ServiceCenter } from './service-center.js';
import { ServiceItem } from './service-item.js';
import { SocialOrganization } from './social-organization.js';
import { StaffMember } from './staff-member.js';
import { VolunteerService } from './volunteer-service.js';
import { Volunteer } from './volunteer.js';
import { WelfareProject } from './welfare-project.js';

/**
 * The model (zod schema) of every record kind, keyed by the kind's name.
 *
 * @example
 * ```ts
 * recordModels.community.safeParse(input).success; //=> true or false
 * ```
 */
export const recordModels = /* @__PURE__ */ Object.freeze({
  community: Community,
  serviceCenter: ServiceCenter,
  serviceItem: ServiceItem,
  facility: Facility,
  staffMember: StaffMember,
  socialOrganization: SocialOrganization,
  partnerUnit: PartnerUnit,
  volunteer: Volunteer,
  volunteerService: VolunteerService,
  residentNeed: ResidentNeed,
  providerListing: ProviderListing,
  accessRequest: AccessRequest,
  ledger: Ledger,
  plaque: Plaque,
  creationActivity: CreationActivity,
  welfareProject: WelfareProject,
  serviceCase: ServiceCase,
  dutyShift: DutyShift,
  grid: Grid,
  residentialEstate: ResidentialEstate,
  propertyMeeting: PropertyMeeting,
  household: Household,
} as const);

/** A record kind's name: `community`, `serviceCenter`, `staffMember`, … */
export type RecordKind = keyof typeof recordModels;

/** The record type of a kind, e.g. `RecordOf<'community'>` is {@link Community}. */
export type RecordOf<K extends RecordKind> = z.infer<(typeof recordModels)[K]>;

/**
 * Every record kind, in a fixed order (the order of spec §1).
 *
 * @example
 * ```ts
 * recordKinds.includes('community'); //=> true
 * recordKinds.length; //=> 22
 * ```
 */
export const recordKinds = Object.freeze(Object.keys(recordModels) as RecordKind[]);

/**
 * The `Dataset` key (plural) of every record kind.
 *
 * @example
 * ```ts
 * datasetKeys.staffMember; //=> 'staffMembers'
 * ```
 */
export const datasetKeys = /* @__PURE__ */ Object.freeze({
  community: 'communities',
  serviceCenter: 'serviceCenters',
  serviceItem: 'serviceItems',
  facility: 'facilities',
  staffMember: 'staffMembers',
  socialOrganization: 'socialOrganizations',
  partnerUnit: 'partnerUnits',
  volunteer: 'volunteers',
  volunteerService: 'volunteerServices',
  residentNeed: 'residentNeeds',
  providerListing: 'providerListings',
  accessRequest: 'accessRequests',
  ledger: 'ledgers',
  plaque: 'plaques',
  creationActivity: 'creationActivities',
  welfareProject: 'welfareProjects',
  serviceCase: 'serviceCases',
  dutyShift: 'dutyShifts',
  grid: 'grids',
  residentialEstate: 'residentialEstates',
  propertyMeeting: 'propertyMeetings',
  household: 'households',
} as const satisfies Record<RecordKind, string>);

/** A `Dataset` key: the plural of a record kind. */
export type DatasetKey = (typeof datasetKeys)[RecordKind];

/** A reference from a field of one kind to records of another. */
export interface Reference {
  /** The kind holding the reference. */
  readonly from: RecordKind;
  /** The field: `<kind>Id` (one id) or `<kind>Ids` (a list). */
  readonly field: string;
  /** The kind referred to. */
  readonly to: RecordKind;
  /** Whether the field holds a list of ids. */
  readonly many: boolean;
}

/**
 * Every reference between record kinds, used by the dataset-level checks (every reference must resolve).
 *
 * @example
 * ```ts
 * references.find((r) => r.from === 'serviceCenter' && r.field === 'communityIds')?.to; //=> 'community'
 * ```
 */
export const references: readonly Reference[] = /* @__PURE__ */ deepFrozen(Object.freeze([
  { from: 'serviceCenter', field: 'communityIds', to: 'community', many: true },
  { from: 'serviceCenter', field: 'facilityIds', to: 'facility', many: true },
  { from: 'serviceCenter', field: 'serviceItemIds', to: 'serviceItem', many: true },
  { from: 'staffMember', field: 'communityId', to: 'community', many: false },
  { from: 'staffMember', field: 'serviceCenterId', to: 'serviceCenter', many: false },
  { from: 'staffMember', field: 'gridId', to: 'grid', many: false },
  { from: 'socialOrganization', field: 'communityIds', to: 'community', many: true },
  { from: 'partnerUnit', field: 'communityIds', to: 'community', many: true },
  { from: 'volunteer', field: 'communityId', to: 'community', many: false },
  { from: 'volunteerService', field: 'volunteerId', to: 'volunteer', many: false },
  { from: 'volunteerService', field: 'communityId', to: 'community', many: false },
  { from: 'residentNeed', field: 'communityId', to: 'community', many: false },
  { from: 'providerListing', field: 'socialOrganizationId', to: 'socialOrganization', many: false },
  { from: 'providerListing', field: 'communityIds', to: 'community', many: true },
  { from: 'accessRequest', field: 'communityId', to: 'community', many: false },
  { from: 'ledger', field: 'communityId', to: 'community', many: false },
  { from: 'plaque', field: 'communityId', to: 'community', many: false },
  { from: 'creationActivity', field: 'communityId', to: 'community', many: false },
  { from: 'welfareProject', field: 'communityId', to: 'community', many: false },
  { from: 'welfareProject', field: 'socialOrganizationId', to: 'socialOrganization', many: false },
  { from: 'serviceCase', field: 'communityId', to: 'community', many: false },
  { from: 'serviceCase', field: 'serviceCenterId', to: 'serviceCenter', many: false },
  { from: 'dutyShift', field: 'serviceCenterId', to: 'serviceCenter', many: false },
  { from: 'dutyShift', field: 'staffMemberId', to: 'staffMember', many: false },
  { from: 'grid', field: 'communityId', to: 'community', many: false },
  { from: 'grid', field: 'responsibleStaffIds', to: 'staffMember', many: true },
  { from: 'residentialEstate', field: 'communityId', to: 'community', many: false },
  { from: 'propertyMeeting', field: 'communityId', to: 'community', many: false },
  { from: 'propertyMeeting', field: 'estateIds', to: 'residentialEstate', many: true },
  { from: 'household', field: 'communityId', to: 'community', many: false },
] as const satisfies readonly Reference[]));

/**
 * Labels of every record kind, in zh-CN and en.
 *
 * @example
 * ```ts
 * recordKindLabels.serviceCenter['zh-CN']; //=> '服务中心'
 * ```
 */
export const recordKindLabels = defineLabels<RecordKind>({
  community: { 'zh-CN': '社区', en: 'community' },
  serviceCenter: { 'zh-CN': '服务中心', en: 'service centre' },
  serviceItem: { 'zh-CN': '服务项目', en: 'service item' },
  facility: { 'zh-CN': '设施', en: 'facility' },
  staffMember: { 'zh-CN': '专职人员', en: 'staff member' },
  socialOrganization: { 'zh-CN': '社会组织', en: 'social organisation' },
  partnerUnit: { 'zh-CN': '共建单位', en: 'partner unit' },
  volunteer: { 'zh-CN': '志愿者', en: 'volunteer' },
  volunteerService: { 'zh-CN': '志愿服务', en: 'volunteer service' },
  residentNeed: { 'zh-CN': '居民需求', en: 'resident need' },
  providerListing: { 'zh-CN': '服务组织目录条目', en: 'provider listing' },
  accessRequest: { 'zh-CN': '准入申请', en: 'access request' },
  ledger: { 'zh-CN': '台账', en: 'ledger' },
  plaque: { 'zh-CN': '牌子', en: 'plaque' },
  creationActivity: { 'zh-CN': '创建活动', en: 'creation activity' },
  welfareProject: { 'zh-CN': '公益项目', en: 'welfare project' },
  serviceCase: { 'zh-CN': '事件', en: 'service case' },
  dutyShift: { 'zh-CN': '值班', en: 'duty shift' },
  grid: { 'zh-CN': '网格', en: 'grid' },
  residentialEstate: { 'zh-CN': '住宅区', en: 'residential estate' },
  propertyMeeting: { 'zh-CN': '物业管理会议', en: 'property meeting' },
  household: { 'zh-CN': '家庭', en: 'household' },
});
