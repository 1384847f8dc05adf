/**
 * `community-standards/interop` — two doors out of the library: its records as JSON Schemas (`toJSONSchema`),
 * and export to Open Referral's Human Services Data Specification 3.0 (`toHsds`), with deterministic UUID v5 ids.
 * Runs in browsers, workers, Deno and Node (no Node built-ins, no I/O).
 *
 * @packageDocumentation
 */
export { toHsds } from './to-hsds.js';
export { KUNSHAN_ADDRESS_REGION, type ToHsdsOptions } from './options.js';
export type {
  HsdsExport,
  HsdsOrganization,
  HsdsService,
  HsdsLocation,
  HsdsServiceAtLocation,
  HsdsServiceArea,
  HsdsSchedule,
  HsdsAddress,
  HsdsPhone,
  HsdsContact,
  HsdsAttribute,
  HsdsTaxonomy,
  HsdsTaxonomyTerm,
} from './types.js';
export type { AddressRegion } from './context.js';
export { HSDS_NAMESPACE, hsdsId, hsdsIds, hsdsName } from './hsds-id.js';
export { uuidV5, uuidV5In, isUuid, NAMESPACE_DNS, NAMESPACE_URL } from './uuid.js';
export { toSchedules, type ScheduleContext } from './schedules.js';
export { serviceCircle, type ServiceCircle } from './service-circle.js';
export { circlePolygon, CIRCLE_VERTICES, type PolygonGeometry } from './circle-polygon.js';
export { attributeTaxonomy, TAXONOMY_CODE, TAXONOMY_VERSION, TAXONOMY_URI, type AttributeTaxonomy } from './taxonomy.js';
export { enumerationGroups, factGroups, accessDecisionLabels, type EnumerationGroup, type FactGroup, type FactTerm, type MemberTerm, type TermCode } from './taxonomy-codes.js';
export { toJSONSchema, SCHEMA_BASE_URI, type JSONSchema } from '../schema/to-json-schema.js';
