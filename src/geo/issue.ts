/**
 * The issues the geo functions return for bad data: same shape as validation issues, with the codes of this area.
 *
 * @module
 */
import type { Locale } from '../locale.js';
import { geoMessages } from '../locales/geo.js';
import { formatPath, type Issue, type PathSegment } from '../validation/issue.js';

/** The codes of {@link GeoIssue}. An issue on a residence or site means that entry was left out of the computation. */
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

/**
 * One problem found in the residences, the sites or the service centres given to the geo functions.
 *
 * @example
 * ```ts
 * serviceCircleCoverage([{ id: 'r1', location: { lon: 200, lat: 31 }, households: 5 }], sites, { locale: 'en' }).issues[0];
 * //=> { code: 'too_big', path: ['residences', 0, 'location', 'lon'], expected: '<= 180', received: '200', message: '…' }
 * ```
 */
export type GeoIssue = Issue<GeoIssueCode>;

/**
 * Builds a localized geo issue from its parts.
 *
 * @param locale - the message locale
 * @param code - the issue code
 * @param path - the path
 * @param extra - requirement, received value, details
 * @returns the issue, with its message
 * @example
 * ```ts
 * geoIssue('en', 'too_small', ['residences', 2, 'households'], { expected: '>= 0', received: '-3' }).message;
 * //=> 'residences[2].households: too small — must be >= 0, received -3; entry left out'
 * ```
 */
export function geoIssue(
  locale: Locale,
  code: GeoIssueCode,
  path: readonly PathSegment[],
  extra: { expected?: string; received?: string; params?: Record<string, unknown> } = {},
): GeoIssue {
  const message = geoMessages[locale][code]({ where: formatPath(path), ...extra });
  return { code, path, message, ...extra };
}
