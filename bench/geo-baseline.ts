/**
 * The baseline of bench/geo.bench.ts: `serviceCircleCoverage` as it was before issue 19 — the same input reading,
 * per-residence results and GeoJSON, with each residence's nearest site found by `geokdbush`'s best-first search
 * (`around(tree, lon, lat, 1)`, a priority queue of tree nodes and points) over a `kdbush` tree, and the distance
 * computed again by haversine, and the input read by the old `readPoints` (bench/geo-baseline-read-points.ts). Kept here, out of the package, so that the bench measures the old and the new method
 * side by side in the same run.
 */
import { around } from 'geokdbush';
import KDBush from 'kdbush';
import { haversineMetres } from '../src/geo/distance.js';
import { pointFeature, type PointFeature } from '../src/geo/geojson.js';
import type { Residence, ResidenceAccess, ServiceSite, UncoveredProperties } from '../src/geo/index.js';
import { resolveCircleOptions, type ServiceCircleOptions } from '../src/geo/parameters.js';
import { readPointsBefore19 as readPoints } from './geo-baseline-read-points.js';

/** What the bench compares: the households and residences within each threshold, and every residence's access. */
export interface BaselineCoverage {
  readonly households: readonly number[];
  readonly residences: readonly number[];
  readonly access: readonly ResidenceAccess[];
  readonly uncovered: readonly PointFeature<UncoveredProperties>[];
}

/**
 * The pre-issue-19 computation of {@link serviceCircleCoverage}'s counts (geokdbush search).
 *
 * @example
 * ```ts
 * geokdbushCoverage(homes, sites, { minutes: [5, 10, 15] }).households; //=> [ … ]
 * ```
 */
export function geokdbushCoverage(residences: readonly Residence[], sites: readonly ServiceSite[], options: ServiceCircleOptions): BaselineCoverage {
  const { minutes, walkingSpeed, detourFactor, locale } = resolveCircleOptions(options);
  const homes = readPoints('residences', residences, locale);
  const places = readPoints('sites', sites, locale);
  let tree: KDBush | undefined;
  if (places.points.length > 0) {
    tree = new KDBush(places.points.length, 16);
    for (const site of places.points) tree.add(site.lon, site.lat);
    tree.finish();
  }
  const largest = minutes[minutes.length - 1] ?? 0;
  const households = minutes.map(() => 0);
  const counts = minutes.map(() => 0);
  const access: ResidenceAccess[] = [];
  const uncovered: PointFeature<UncoveredProperties>[] = [];
  for (const home of homes.points) {
    let nearestSiteId: string | null = null;
    let distanceMetres: number | null = null;
    let walkingMinutes: number | null = null;
    if (tree !== undefined) {
      const site = places.points[around(tree, home.lon, home.lat, 1)[0] ?? 0];
      if (site !== undefined) {
        nearestSiteId = site.id;
        distanceMetres = haversineMetres(home.lon, home.lat, site.lon, site.lat);
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
  }
  return { households, residences: counts, access, uncovered };
}
