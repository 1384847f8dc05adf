/**
 * community-standards — typed models, validators and calculators for community public-service standards,
 * starting with those of Kunshan (昆山).
 *
 * @packageDocumentation
 */
export * from './errors.js';
export * from './locale.js';
export * from './citation.js';
export * from './models/index.js';
export * from './validation/issue.js';
export { validateRecord, isRecordKind, type ValidateOptions } from './validation/validate-record.js';
export { validateDataset, type DatasetValidationResult } from './validation/validate-dataset.js';
export { toJSONSchema, SCHEMA_BASE_URI, type JSONSchema } from './schema/to-json-schema.js';
export * from './profiles/index.js';
export * from './engine/index.js';
export { rules } from './standards/index.js';
export { defineRule } from './engine/define-rule.js';
export { hallOneStop, hallMinItems, hallModes, hallStaggeredHours } from './standards/hall/rule.js';
export { serviceSixPlusX } from './standards/service/rule.js';
export { centerFivePlusOne } from './standards/center/rule.js';
export { governanceStructure, governanceSixInOne, governanceGrid, governancePropertyTriad } from './standards/governance/rule.js';
export { circleFifteenMinute } from './standards/circle/rule.js';
export {
  staffProfessionalization,
  professionalizationRate,
  type ProfessionalizationOptions,
  type ProfessionalizationRate,
} from './standards/staff/rule.js';
export { areaPerHouseholds } from './standards/area/rule.js';
export { signageFourPlaques } from './standards/signage/rule.js';
export { modelTemplate } from './standards/model/rule.js';
export { staggeredHours, type StaggeredHoursParams, type StaggeredHoursResult } from './time/staggered-hours.js';
export * from './money/index.js';
export * from './standards/access/index.js';
export * from './standards/ledger/index.js';
export { accessRequired } from './standards/access/rule.js';
export { ledgerRationalize } from './standards/ledger/rule.js';
export { evaluationMandatory, evaluationResidentFeedback } from './standards/evaluation/rule.js';
export * from './statistics/index.js';
export * from './calculators/index.js';
export * from './conformance/index.js';
