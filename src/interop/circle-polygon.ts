/**
 * A circle on the Earth as a GeoJSON polygon, for the `extent` of an HSDS `service_area`.
 *
 * @module
 */
import { objectArgument } from '../arguments.js';
import { InvalidOptionError } from '../errors.js';
import { EARTH_MEAN_RADIUS_METRES } from '../geo/distance.js';
import type { GeoPoint } from '../models/common.js';

/** A GeoJSON Polygon geometry (RFC 7946 §3.1.6): one exterior ring of `[lon, lat]` positions, closed. */
export interface PolygonGeometry {
  /** Always `'Polygon'`. */
  readonly type: 'Polygon';
  /** The rings: here only the exterior one, counterclockwise, its last position equal to its first. */
  readonly coordinates: readonly (readonly (readonly [number, number])[])[];
}

/** Vertices of {@link circlePolygon} unless asked otherwise. */
export const CIRCLE_VERTICES = 32;

const RAD = Math.PI / 180;

/** The most vertices a circle may have: far beyond any map's need, and a bound on the work a caller can ask for. */
const MAX_VERTICES = 100_000;

/**
 * The polygon of the points at `radiusMetres` (great-circle distance on a sphere of radius 6,371,008.8 m, the
 * radius the geo functions use) from `center`, sampled at `vertices` equally spaced bearings starting due north
 * and turning counterclockwise (north, west, south, east), as RFC 7946 asks of exterior rings. Every vertex lies
 * on the circle; the edges cut inside it by at most radius × (1 − cos(π / vertices)) — 3.5 m for 720 m and 32
 * vertices. Coordinates are rounded to 6 decimals (about 0.1 m); longitudes are brought into −180…180.
 *
 * @param center - the centre, `{ lon, lat }` in WGS84 degrees
 * @param radiusMetres - the radius, a finite number > 0
 * @param vertices - how many vertices (3 to 100,000; default 32)
 * @returns the polygon
 * @throws {@link index!InvalidOptionError} for a radius that is not a finite positive number, or fewer than 3 vertices
 *   or more than 100,000
 * @example
 * ```ts
 * circlePolygon({ lon: 0, lat: 0 }, 111195.08, 4).coordinates[0];
 * //=> [[0, 1], [-1, 0], [0, -1], [1, 0], [0, 1]] (111,195.08 m is one degree of arc)
 * ```
 */
export function circlePolygon(center: GeoPoint, radiusMetres: number, vertices: number = CIRCLE_VERTICES): PolygonGeometry {
  objectArgument(center, 'center');
  if (typeof center.lon !== 'number' || !Number.isFinite(center.lon) || Math.abs(center.lon) > 180) throw new InvalidOptionError('center.lon', 'expected a longitude from -180 to 180', center.lon);
  if (typeof center.lat !== 'number' || !Number.isFinite(center.lat) || Math.abs(center.lat) > 90) throw new InvalidOptionError('center.lat', 'expected a latitude from -90 to 90', center.lat);
  if (typeof radiusMetres !== 'number' || !Number.isFinite(radiusMetres) || radiusMetres <= 0) {
    throw new InvalidOptionError('radiusMetres', 'expected a finite number > 0', radiusMetres);
  }
  if (!Number.isInteger(vertices) || vertices < 3 || vertices > MAX_VERTICES) {
    throw new InvalidOptionError('vertices', `expected an integer from 3 to ${MAX_VERTICES}`, vertices);
  }
  const phi1 = center.lat * RAD;
  const lambda1 = center.lon * RAD;
  const delta = radiusMetres / EARTH_MEAN_RADIUS_METRES;
  const ring: (readonly [number, number])[] = [];
  for (let k = 0; k < vertices; k++) {
    const theta = (-2 * Math.PI * k) / vertices;
    const phi2 = Math.asin(Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta));
    const lambda2 =
      lambda1 + Math.atan2(Math.sin(theta) * Math.sin(delta) * Math.cos(phi1), Math.cos(delta) - Math.sin(phi1) * Math.sin(phi2));
    ring.push([round6(normalizeLon(lambda2 / RAD)), round6(phi2 / RAD)]);
  }
  ring.push(ring[0]!);
  return { type: 'Polygon', coordinates: [ring] };
}

function normalizeLon(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

function round6(x: number): number {
  const r = Math.round(x * 1e6) / 1e6;
  return r === 0 ? 0 : r; // no -0 in the output
}
