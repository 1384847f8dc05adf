/**
 * Nearest-site search over a static spatial index: a k-d tree of the sites (`kdbush`) searched by great-circle
 * distance (`geokdbush`, best-first, exact, antimeridian- and pole-aware). Building costs O(m log m) for m sites;
 * each query visits O(log m) nodes on typical data — never the m × n of a nested loop.
 *
 * @module
 */
import { listArgument } from '../arguments.js';
import { around, KDBush } from './vendor.js';

/** A point that can be indexed: longitude and latitude in degrees. */
export interface LonLat {
  /** Longitude, degrees. */
  readonly lon: number;
  /** Latitude, degrees. */
  readonly lat: number;
}

/** A static index of sites, built once by {@link indexSites} and queried by {@link nearestSiteIndex}. */
export interface SiteIndex {
  /** The k-d tree (opaque). */
  readonly tree: KDBush;
  /** How many sites it holds. */
  readonly size: number;
}

/**
 * Builds the spatial index of some sites; `undefined` when there are none.
 *
 * @param sites - the sites (read only, never changed)
 * @returns the index; a query returns positions in `sites`
 * @example
 * ```ts
 * const index = indexSites([{ lon: 121, lat: 31 }, { lon: 121.01, lat: 31 }]);
 * index?.size; //=> 2
 * ```
 */
export function indexSites(sites: readonly LonLat[]): SiteIndex | undefined {
  listArgument(sites, 'sites', 'object');
  if (sites.length === 0) return undefined;
  const tree = new KDBush(sites.length, 16);
  for (const site of sites) tree.add(site.lon, site.lat);
  tree.finish();
  return { tree, size: sites.length };
}

/**
 * The position (in the array given to {@link indexSites}) of the site nearest to a point by great-circle distance.
 * Of sites at exactly the same distance, which one is returned is unspecified.
 *
 * @param index - the index
 * @param lon - the point's longitude, degrees
 * @param lat - the point's latitude, degrees
 * @returns the nearest site's position
 * @example
 * ```ts
 * nearestSiteIndex(indexSites([{ lon: 121, lat: 31 }, { lon: 121.01, lat: 31 }])!, 121.009, 31); //=> 1
 * ```
 */
export function nearestSiteIndex(index: SiteIndex, lon: number, lat: number): number {
  const [nearest] = around(index.tree, lon, lat, 1);
  // The index is never empty, so `around` always finds a site.
  return nearest ?? 0;
}
