/**
 * The codes of the geo issues (a module of its own, so that the messages can be typed by code without importing the issues).
 *
 * @module
 */
/** The codes of `GeoIssue`. An issue on a residence or site means that entry was left out of the computation. */
export type GeoIssueCode =
  /** A required field is missing (`id`, `location`, `location.lon`, `location.lat`, `households`). */
  | 'required'
  /** A value of the wrong type (NaN, a string where a number belongs, a fractional household count…). */
  | 'invalid_type'
  /** A number below its minimum (longitude below −180, latitude below −90, negative households). */
  | 'too_small'
  /** A number above its maximum (longitude above 180, latitude above 90). */
  | 'too_big'
  /** Two residences (or two sites) share an id; the first is used, the later one left out. */
  | 'duplicate_id'
  /** The input could not be read (not an array, a getter that throws, a revoked proxy). */
  | 'unreadable_input'
  /** No usable residence: the shares cannot be computed and are `null`. */
  | 'no_residences'
  /** No usable site: the shares cannot be computed and are `null`. */
  | 'no_sites'
  /** A service centre without a location, so it cannot be placed on the map. */
  | 'missing_location';
