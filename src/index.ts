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
export { rules, type DefaultRule } from './rules/registry.js';
export { check } from './standards/check.js';
export { defineLocale, localeMessages, type DefaultRuleTranslations, type LocaleDefinition, type LocaleMessages } from './standards/define-locale.js';
export { defineRule, type RuleDefinition } from './rules/define-rule.js';
export { hallOneStop, hallMinItems, hallModes, hallStaggeredHours } from './rules/hall.js';
export { serviceSixPlusX } from './rules/service.js';
export { centerFivePlusOne } from './rules/center.js';
export { governanceStructure, governanceSixInOne, governanceGrid, governancePropertyTriad } from './rules/governance.js';
export { circleFifteenMinute } from './rules/circle.js';
export {
  staffProfessionalization,
  professionalizationRate,
  type ProfessionalizationOptions,
  type ProfessionalizationRate,
} from './rules/staff.js';
export { areaPerHouseholds } from './rules/area.js';
export { signageFourPlaques } from './rules/signage.js';
export { modelTemplate } from './rules/model.js';
export { staggeredHours, type StaggeredHoursParams, type StaggeredHoursResult } from './time/staggered-hours.js';
export * from './money/index.js';
export * from './access/index.js';
export * from './ledgers/index.js';
export { accessRequired } from './rules/access.js';
export { ledgerRationalize } from './rules/ledger.js';
export { evaluationMandatory, evaluationResidentFeedback } from './rules/evaluation.js';
export * from './statistics/index.js';
export * from './calculators/index.js';
export * from './conformance/index.js';
