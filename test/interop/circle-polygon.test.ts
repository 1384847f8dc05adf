import turfDistance from '@turf/distance';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../src/errors.js';
import { CIRCLE_VERTICES, circlePolygon } from '../../src/interop/circle-polygon.js';

/** Twice the signed area of a ring in the lon/lat plane (shoelace): positive when counterclockwise. */
function signedArea2(ring: readonly (readonly [number, number])[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return sum;
}

describe('circlePolygon', () => {
  it('puts four vertices one degree north, west, south and east of (0, 0) for a one-degree radius', () => {
    // One degree of arc on the sphere of radius 6,371,008.8 m: 6,371,008.8 × π / 180 = 111,195.08 m.
    const ring = circlePolygon({ lon: 0, lat: 0 }, (6_371_008.8 * Math.PI) / 180, 4).coordinates[0]!;
    expect(ring).toEqual([
      [0, 1],
      [-1, 0],
      [0, -1],
      [1, 0],
      [0, 1],
    ]);
  });

  it('draws a closed counterclockwise ring of 32 + 1 positions by default', () => {
    const polygon = circlePolygon({ lon: 120.95, lat: 31.39 }, 720);
    expect(polygon.type).toBe('Polygon');
    expect(polygon.coordinates).toHaveLength(1);
    const ring = polygon.coordinates[0]!;
    expect(CIRCLE_VERTICES).toBe(32);
    expect(ring).toHaveLength(33);
    expect(ring[32]).toEqual(ring[0]);
    expect(signedArea2(ring)).toBeGreaterThan(0);
    // First vertex due north: same longitude, 720 m of latitude = 720 / 111,195.08 = 0.0064751° further north.
    expect(ring[0]![0]).toBe(120.95);
    expect(ring[0]![1]).toBeCloseTo(31.39 + 0.0064751, 6);
  });

  it('puts every vertex at the radius from the centre (turf’s haversine, same Earth radius)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -179, max: 179, noNaN: true }),
        fc.double({ min: -80, max: 80, noNaN: true }),
        fc.double({ min: 50, max: 5000, noNaN: true }),
        (lon, lat, radius) => {
          const ring = circlePolygon({ lon, lat }, radius).coordinates[0]!;
          for (const [x, y] of ring) {
            const d = turfDistance([lon, lat], [x, y], { units: 'meters' });
            // Rounding to 6 decimals moves a vertex by at most ~0.08 m.
            expect(Math.abs(d - radius)).toBeLessThan(0.1);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps longitudes within −180…180 next to the antimeridian', () => {
    const ring = circlePolygon({ lon: 179.999, lat: 0 }, 1000).coordinates[0]!;
    for (const [lon] of ring) expect(Math.abs(lon)).toBeLessThanOrEqual(180);
    expect(ring.some(([lon]) => lon < 0)).toBe(true);
  });

  it('throws InvalidOptionError for a radius that is not a finite positive number or too few vertices', () => {
    for (const radius of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => circlePolygon({ lon: 0, lat: 0 }, radius)).toThrow(InvalidOptionError);
    }
    expect(() => circlePolygon({ lon: 0, lat: 0 }, 100, 2)).toThrow(InvalidOptionError);
    expect(() => circlePolygon({ lon: 0, lat: 0 }, 100, 3.5)).toThrow(InvalidOptionError);
  });
});
