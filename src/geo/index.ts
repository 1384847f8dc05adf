/**
 * `community-standards/geo` — the 15-minute community service circle (15分钟社区服务圈): household-weighted
 * walking access from residences to their nearest service centre or station, with the uncovered residences as
 * GeoJSON. Runs in browsers, workers, Deno and Node (no Node built-ins, no I/O).
 *
 * @packageDocumentation
 */
export {
  serviceCircleCoverage,
  type Residence,
  type ServiceSite,
  type ResidenceAccess,
  type CircleShare,
  type UncoveredProperties,
  type ServiceCircleCoverage,
} from './coverage.js';
export { sitesFromServiceCenters, type SitesFromServiceCentersOptions } from './service-centers.js';
export {
  DEFAULT_CIRCLE_MINUTES,
  DEFAULT_WALKING_SPEED,
  DEFAULT_DETOUR_FACTOR,
  LIFE_CIRCLE_WALKING_DISTANCES,
  GB_50180_2018,
  type ServiceCircleOptions,
} from './parameters.js';
export { haversineDistance, EARTH_MEAN_RADIUS_METRES } from './distance.js';
export type { GeoIssue, GeoIssueCode } from './issue.js';
export type { Position, PointGeometry, PointFeature, PointFeatureCollection } from './geojson.js';
