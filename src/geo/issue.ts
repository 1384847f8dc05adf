/**
 * The issues the geo functions return for bad data: same shape as validation issues, with the codes of this area.
 *
 * @module
 */
import type { Locale } from '../locale.js';
import { geoMessages } from './messages.js';
import { formatPath, type Issue, type PathSegment } from '../validation/issue.js';
import type { GeoIssueCode } from './issue-code.js';
export type { GeoIssueCode } from './issue-code.js';


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
