/**
 * Service centre records as service-circle sites.
 *
 * @module
 */
import { listArgument } from '../arguments.js';
import { optionBag } from '../options.js';
import { resolveLocale, type Locale } from '../locale.js';
import type { ServiceCenter } from '../models/service-center.js';
import type { ServiceSite } from './coverage.js';
import { geoIssue, type GeoIssue } from './issue.js';
import type { InvalidOptionError } from '../errors.js';

/** Options of {@link sitesFromServiceCenters}. */
export interface SitesFromServiceCentersOptions {
  /** Message locale: `'zh-CN'` (default) or `'en'`. */
  readonly locale?: Locale | undefined;
}

/**
 * Turns service centre records into sites for {@link serviceCircleCoverage}: id, location and kind. A centre
 * without a `location` cannot be placed, so it is skipped and reported as a `missing_location` issue (path
 * `['serviceCenters', index, 'location']`). The records are not changed.
 *
 * @param centers - service centre records (validated `ServiceCenter`s, or anything with `id`, `kind`, `location`)
 * @param options - `locale` of the messages
 * @returns the sites, in input order, and an issue for each centre skipped
 * @throws {@link index!InvalidOptionError} for an unknown locale
 * @example
 * ```ts
 * sitesFromServiceCenters([
 *   { id: 'lishe-center', kind: 'urban-community-service-center', location: { lon: 120.95, lat: 31.39 } },
 *   { id: 'datan-center', kind: 'village-public-service-center' },
 * ], { locale: 'en' });
 * //=> { sites: [{ id: 'lishe-center', location: { lon: 120.95, lat: 31.39 }, kind: 'urban-community-service-center' }],
 * //     issues: [{ code: 'missing_location', path: ['serviceCenters', 1, 'location'], params: { id: 'datan-center' },
 * //                message: 'serviceCenters[1].location: service centre datan-center has no location and is left out of the service circle' }] }
 * ```
 */
export function sitesFromServiceCenters(
  centers: readonly Pick<ServiceCenter, 'id' | 'kind' | 'location'>[],
  options: SitesFromServiceCentersOptions = {},
): { sites: ServiceSite[]; issues: GeoIssue[] } {
  options = optionBag(options);
  listArgument(centers, 'centers', 'object');
  const locale = resolveLocale(options.locale);
  const sites: ServiceSite[] = [];
  const issues: GeoIssue[] = [];
  centers.forEach((center, index) => {
    if (center.location === undefined) {
      issues.push(geoIssue(locale, 'missing_location', ['serviceCenters', index, 'location'], { params: { id: center.id } }));
    } else {
      sites.push({ id: center.id, location: { lon: center.location.lon, lat: center.location.lat }, kind: center.kind });
    }
  });
  return { sites, issues };
}
