/**
 * Great-circle distance on a spherical Earth (haversine formula).
 *
 * @module
 */
import { objectArgument } from '../arguments.js';
import type { GeoPoint } from '../models/common.js';

/**
 * The Earth's mean radius R₁ = (2a + b) / 3 of the WGS84 ellipsoid, in metres (6,371,008.8 m; IUGG). The same
 * radius `@turf/distance` uses.
 */
export const EARTH_MEAN_RADIUS_METRES = 6_371_008.8;

const RAD = Math.PI / 180;

/**
 * The great-circle (geodesic on a sphere) distance between two WGS84 points, by the haversine formula on a sphere
 * of radius {@link EARTH_MEAN_RADIUS_METRES}. Against the WGS84 ellipsoid the error is below about 0.5%. Longitudes
 * may straddle the antimeridian (179.9° and −179.9° are 0.2° apart).
 *
 * @param from - the first point, `{ lon, lat }` in degrees
 * @param to - the second point, `{ lon, lat }` in degrees
 * @returns the distance in metres
 * @example
 * ```ts
 * haversineDistance({ lon: 120.98, lat: 31.38 }, { lon: 120.98, lat: 31.389 }); //=> 1000.75… (0.009° of latitude)
 * haversineDistance({ lon: 179.99, lat: 0 }, { lon: -179.99, lat: 0 }); //=> 2223.9… (across the antimeridian)
 * ```
 */
export function haversineDistance(from: GeoPoint, to: GeoPoint): number {
  objectArgument(from, 'from');
  objectArgument(to, 'to');
  return haversineMetres(from.lon, from.lat, to.lon, to.lat);
}

/**
 * {@link haversineDistance} on bare coordinates, for hot loops that should not allocate.
 *
 * @param lon1 - longitude of the first point, degrees
 * @param lat1 - latitude of the first point, degrees
 * @param lon2 - longitude of the second point, degrees
 * @param lat2 - latitude of the second point, degrees
 * @returns the distance in metres
 * @example
 * ```ts
 * haversineMetres(0, 0, 0, 1); //=> 111195.07… (one degree of a meridian)
 * ```
 */
export function haversineMetres(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const sinDLat = Math.sin(((lat2 - lat1) * RAD) / 2);
  const sinDLon = Math.sin(((lon2 - lon1) * RAD) / 2);
  const h = sinDLat * sinDLat + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * sinDLon * sinDLon;
  return 2 * EARTH_MEAN_RADIUS_METRES * Math.asin(Math.sqrt(Math.min(1, h)));
}
