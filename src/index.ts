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
export { validateDataset } from './validation/validate-dataset.js';
export { toJSONSchema, SCHEMA_BASE_URI, type JSONSchema } from './schema/to-json-schema.js';
