/**
 * `community-standards/models` — the parts the record models are built from: every enumeration with its zh-CN/en
 * labels, the field schemas (`Id`, `IsoDate`, `Households`…), the nested schemas (opening hours, floor areas,
 * assessment criteria, provenance), dataset keys and the references between kinds. For hosts that build forms,
 * pickers or their own schemas from the same parts. The record models themselves (`Community`, `ServiceCenter`…),
 * `Dataset`, `recordKinds` and `recordModels` are exported by the main entry.
 *
 * @packageDocumentation
 */
export * from './common.js';
export * from './enums.js';
export { defineLabels, type Labels } from './labels.js';
export { datasetKeys, references, type DatasetKey, type Reference } from './kinds.js';
export { MAX_RECORDS_PER_KIND } from './dataset.js';
export { OpeningBand, WeeklyOpening, OpeningException, FloorArea, CenterUpgrade } from './service-center.js';
export { PublicFacility } from './partner-unit.js';
export {
  activityLevels,
  ActivityLevel,
  activityLevelLabels,
  criterionSources,
  CriterionSource,
  criterionSourceLabels,
  AssessmentCriterion,
} from './creation-activity.js';
export {
  propertyMeetingKinds,
  PropertyMeetingKind,
  propertyMeetingKindLabels,
  propertyParties,
  PropertyParty,
  propertyPartyLabels,
  propertyTopics,
  PropertyTopic,
  propertyTopicLabels,
} from './property-meeting.js';
export {
  employmentStatuses,
  EmploymentStatus,
  employmentStatusLabels,
  EmploymentChange,
  HouseholdMember,
} from './household.js';
export { welfareProgrammes, WelfareProgramme, welfareProgrammeLabels } from './welfare-project.js';
export * from './provenance.js';
