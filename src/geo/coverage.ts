/**
 * The 15-minute community service circle (15分钟社区服务圈): how many households reach their nearest service site
 * on foot within 5, 10 and 15 minutes.
 *
 * @module
 */
import { optionBag } from '../options.js';
import type { GeoPoint } from '../models/common.js';
import { pointFeature, type PointFeature, type PointFeatureCollection } from './geojson.js';
import { geoIssue, type GeoIssue } from './issue.js';
import { indexSites, nearestSite, type Nearest } from './nearest-site.js';
import { resolveCircleOptions, type ServiceCircleOptions } from './parameters.js';
import { readPoints } from './read-points.js';
import type { InvalidOptionError } from '../errors.js';

/** A residence (a building, a block, a village group): a point with a number of households. */
export interface Residence {
  /** Its id, unique among the residences. */
  readonly id: string;
  /** Where it is (WGS84). */
  readonly location: GeoPoint;
  /** How many households live there: a non-negative integer. */
  readonly households: number;
}

/** A service site: a service centre or one of its stations. */
export interface ServiceSite {
  /** Its id, unique among the sites. */
  readonly id: string;
  /** Where it is (WGS84). */
  readonly location: GeoPoint;
  /** What it is (a centre or station kind), when known. */
  readonly kind?: string;
}

/** One residence's access: its nearest site and the walk there. `null`s when there is no site at all. */
export interface ResidenceAccess {
  /** The residence's id. */
  readonly id: string;
  /** Its position in the input array. */
  readonly index: number;
  /** Its households. */
  readonly households: number;
  /** The nearest site's id. */
  readonly nearestSiteId: string | null;
  /** Great-circle distance to it, metres. */
  readonly distanceMetres: number | null;
  /** Walking time: distance × detour factor ÷ walking speed, minutes. */
  readonly walkingMinutes: number | null;
}

/** The coverage of one threshold. */
export interface CircleShare {
  /** The threshold, minutes. */
  readonly minutes: number;
  /** Walking distance in that time (minutes × speed), metres. */
  readonly walkingMetres: number;
  /** Great-circle reach in that time (walking distance ÷ detour factor), metres. */
  readonly reachMetres: number;
  /** Households whose nearest site is at most `minutes` away (exact count). */
  readonly households: number;
  /** Residences whose nearest site is at most `minutes` away. */
  readonly residences: number;
  /** `households` ÷ all households; `null` when there are no sites or no households to divide by. */
  readonly share: number | null;
}

/** Properties of an uncovered residence in {@link ServiceCircleCoverage.uncovered}. */
export type UncoveredProperties = Omit<ResidenceAccess, 'index'>;

/** The result of {@link serviceCircleCoverage}. */
export interface ServiceCircleCoverage {
  /** Households of the usable residences. */
  readonly totalHouseholds: number;
  /** Number of usable residences. */
  readonly totalResidences: number;
  /** Coverage per threshold, ascending. */
  readonly circles: readonly CircleShare[];
  /** Every usable residence's access, in input order. */
  readonly residences: readonly ResidenceAccess[];
  /** Residences beyond the largest threshold (all of them when there is no site), as GeoJSON, `[lon, lat]`. */
  readonly uncovered: PointFeatureCollection<UncoveredProperties>;
  /** The parameters used. */
  readonly parameters: { readonly minutes: readonly number[]; readonly walkingSpeed: number; readonly detourFactor: number };
  /** Problems in the input; each flagged entry was left out. */
  readonly issues: readonly GeoIssue[];
}

/**
 * Measures the 15-minute service circle. For each residence it finds the nearest site by great-circle distance
 * (haversine on a sphere of the WGS84 mean radius, 6,371,008.8 m) through a k-d tree of the sites, turns the
 * distance into a walk (× `detourFactor` ÷ `walkingSpeed`), and counts the households within each threshold
 * (walk ≤ threshold). The search is exact: each distance is the smallest haversine distance over all sites, bit
 * for bit what a loop over every site gives, so a residence exactly at a threshold counts as it would there.
 * Residences are measured as they are read, without a list of them being kept.
 * Bad entries (coordinates outside WGS84 ranges, NaN, missing fields, negative or fractional households,
 * repeated ids) become issues and are left out; the rest is still computed. Runs in O((n + m) log m) on
 * typical data (n residences, m sites).
 *
 * @param residences - residences with their household counts (never mutated)
 * @param sites - service centres and stations (never mutated)
 * @param options - thresholds, walking speed, detour factor (profile parameters; see `DEFAULT_*`) and locale
 * @returns the shares per threshold, each residence's access, the uncovered residences as GeoJSON, and the issues
 * @throws {@link index!InvalidOptionError} for empty or non-positive thresholds, a non-positive speed, a detour factor
 *   below 1, or an unknown locale
 * @example
 * ```ts
 * const result = serviceCircleCoverage(
 *   [{ id: 'a', location: { lon: 121, lat: 31.003 }, households: 30 },   // 333.6 m north of the centre
 *    { id: 'b', location: { lon: 121, lat: 31.02 }, households: 10 }],   // 2224 m north
 *   [{ id: 'centre', location: { lon: 121, lat: 31 } }],
 *   { minutes: [5, 10, 15], walkingSpeed: 80, detourFactor: 1.2 },       // 400.3 m walk = 5.004 min; 2669 m = 33.4 min
 * );
 * result.circles.map((c) => [c.minutes, c.households, c.share]); //=> [[5, 0, 0], [10, 30, 0.75], [15, 30, 0.75]]
 * result.uncovered.features[0]?.geometry.coordinates; //=> [121, 31.02]
 * ```
 */
export function serviceCircleCoverage(
  residences: readonly Residence[],
  sites: readonly ServiceSite[],
  options?: ServiceCircleOptions,
): ServiceCircleCoverage {
  options = optionBag(options);
  const { minutes, walkingSpeed, detourFactor, locale } = resolveCircleOptions(options);
  const places = readPoints('sites', sites, locale);
  const index = indexSites(places.points);
  const nearest: Nearest = { position: -1, metres: Number.NaN };
  const largest = minutes[minutes.length - 1] ?? 0;
  const households = minutes.map(() => 0);
  const counts = minutes.map(() => 0);
  const access: ResidenceAccess[] = [];
  const uncovered: PointFeature<UncoveredProperties>[] = [];
  let totalHouseholds = 0;
  // Each residence is measured as it is read: no list of read residences is kept.
  const homes = readPoints('residences', residences, locale, (home) => {
    totalHouseholds += home.households;
    let nearestSiteId: string | null = null;
    let distanceMetres: number | null = null;
    let walkingMinutes: number | null = null;
    if (index !== undefined) {
      const site = places.points[nearestSite(index, home.lon, home.lat, nearest).position];
      if (site !== undefined) {
        nearestSiteId = site.id;
        distanceMetres = nearest.metres;
        walkingMinutes = (distanceMetres * detourFactor) / walkingSpeed;
        for (let k = minutes.length - 1; k >= 0 && walkingMinutes <= (minutes[k] ?? 0); k--) {
          households[k] = (households[k] ?? 0) + home.households;
          counts[k] = (counts[k] ?? 0) + 1;
        }
      }
    }
    const { id, households: count } = home;
    access.push({ id, index: home.index, households: count, nearestSiteId, distanceMetres, walkingMinutes });
    if (walkingMinutes === null || walkingMinutes > largest) {
      uncovered.push(pointFeature(id, home.lon, home.lat, { id, households: count, nearestSiteId, distanceMetres, walkingMinutes }));
    }
  });
  const issues = [...homes.issues, ...places.issues];
  if (access.length === 0) issues.push(geoIssue(locale, 'no_residences', ['residences']));
  if (places.points.length === 0) issues.push(geoIssue(locale, 'no_sites', ['sites']));

  const measurable = index !== undefined && totalHouseholds > 0;
  const circles = minutes.map((m, k): CircleShare => {
    const within = households[k] ?? 0;
    const walkingMetres = m * walkingSpeed;
    return {
      minutes: m,
      walkingMetres,
      reachMetres: walkingMetres / detourFactor,
      households: within,
      residences: counts[k] ?? 0,
      share: measurable ? within / totalHouseholds : null,
    };
  });
  return {
    totalHouseholds,
    totalResidences: access.length,
    circles,
    residences: access,
    uncovered: { type: 'FeatureCollection', features: uncovered },
    parameters: { minutes, walkingSpeed, detourFactor },
    issues,
  };
}
