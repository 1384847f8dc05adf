/**
 * community-standards — typed models, validators and calculators for community public-service standards,
 * starting with those of Kunshan (昆山).
 *
 * The root entry is what a host needs to check records against the standards: the record models, validation,
 * profiles and their parameters, the rule engine with the default rules (`rules`, `check`), explanations and
 * conformance. Each other job has its own entry: `community-standards/rules` (each rule of the default set as its
 * own export), `community-standards/calculators` (funds, budgets, points, allowances), `community-standards/money`
 * (exact money), `community-standards/statistics` (city statistics), `community-standards/access` (work access
 * control), `community-standards/ledgers` (ledger reduction), `community-standards/models` (every enum, label and
 * field schema of the models), `community-standards/time`, `community-standards/geo`, `community-standards/interop`,
 * `community-standards/datasets`, `community-standards/report`, `community-standards/scale`,
 * `community-standards/matching` (needs matched to providers), `community-standards/xlsx` (Excel workbooks) and
 * `community-standards/cli`. `api/*.api.md` lists every entry's exports.
 *
 * @packageDocumentation
 */
export * from './errors.js';
export * from './locale.js';
export * from './citation.js';
export { AccessRequest } from './standards/access/model.js';
export { Community } from './models/community.js';
export { CreationActivity } from './models/creation-activity.js';
export { Dataset, DatasetMeta } from './models/dataset.js';
export { DutyShift } from './models/duty-shift.js';
export { Facility } from './models/facility.js';
export { Grid } from './models/grid.js';
export { Household } from './models/household.js';
export { Ledger } from './standards/ledger/model.js';
export { PartnerUnit } from './models/partner-unit.js';
export { PropertyMeeting } from './models/property-meeting.js';
export { Plaque } from './standards/signage/model.js';
export { ProviderListing } from './models/provider-listing.js';
export { ResidentNeed } from './models/resident-need.js';
export { ResidentialEstate } from './models/residential-estate.js';
export { ServiceCase } from './models/service-case.js';
export { ServiceCenter } from './models/service-center.js';
export { ServiceItem } from './models/service-item.js';
export { SocialOrganization } from './models/social-organization.js';
export { StaffMember } from './models/staff-member.js';
export { VolunteerService } from './models/volunteer-service.js';
export { Volunteer } from './models/volunteer.js';
export { WelfareProject } from './models/welfare-project.js';
export { recordKinds, recordModels, recordKindLabels, type RecordKind, type RecordOf } from './models/kinds.js';
export * from './validation/issue.js';
export { validateRecord, isRecordKind, type ValidateOptions } from './validation/validate-record.js';
export { validateDataset, type DatasetValidationResult } from './validation/validate-dataset.js';
export * from './profiles/index.js';
export * from './engine/index.js';
export { rules, type DefaultRule } from './standards/index.js';
export { check } from './standards/check.js';
export { defineLocale, localeMessages, type DefaultRuleTranslations, type LocaleDefinition, type LocaleMessages } from './standards/define-locale.js';
export { defineRule, type RuleDefinition } from './engine/define-rule.js';
export * from './conformance/index.js';
