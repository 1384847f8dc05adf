import turfDistance from '@turf/distance';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EARTH_MEAN_RADIUS_METRES, haversineDistance } from '../../src/geo/index.js';

// Worked by hand: one degree of a great circle is R·π/180 = 6 371 008.8 m × 0.017453293 = 111 195.08 m.
const METRES_PER_DEGREE = 111_195.08;

describe('haversineDistance', () => {
  it('uses the WGS84 mean radius R₁ = 6 371 008.8 m', () => {
    expect(EARTH_MEAN_RADIUS_METRES).toBe(6_371_008.8);
  });

  it('measures 0.009° along a meridian as ≈ 1000 m (1° of latitude ≈ 111.2 km)', () => {
    // 0.009 × 111 195.08 = 1000.756 m
    expect(haversineDistance({ lon: 120.98, lat: 31.38 }, { lon: 120.98, lat: 31.389 })).toBeCloseTo(1000.756, 2);
    expect(haversineDistance({ lon: 0, lat: 0 }, { lon: 0, lat: 1 })).toBeCloseTo(METRES_PER_DEGREE, 1);
  });

  it('measures a degree of longitude as 111.2 km on the equator and about half that at 60°N', () => {
    expect(haversineDistance({ lon: 10, lat: 0 }, { lon: 11, lat: 0 })).toBeCloseTo(METRES_PER_DEGREE, 1);
    // cos 60° = 0.5; a great circle is a little shorter than the parallel, by well under a metre here.
    const d = haversineDistance({ lon: 10, lat: 60 }, { lon: 11, lat: 60 });
    expect(d).toBeLessThanOrEqual(METRES_PER_DEGREE / 2);
    expect(d).toBeGreaterThan(METRES_PER_DEGREE / 2 - 1);
  });

  it('goes the short way across the antimeridian', () => {
    // 179.99°E to 179.99°W is 0.02° of the equator: 0.02 × 111 195.08 = 2223.90 m
    expect(haversineDistance({ lon: 179.99, lat: 0 }, { lon: -179.99, lat: 0 })).toBeCloseTo(2223.9, 1);
    expect(haversineDistance({ lon: 180, lat: 0 }, { lon: -180, lat: 0 })).toBeCloseTo(0, 6);
  });

  it('handles the poles: every longitude is the same point, and paths cross over the pole', () => {
    expect(haversineDistance({ lon: 0, lat: 90 }, { lon: 123, lat: 90 })).toBeCloseTo(0, 6);
    // 89°N on opposite meridians: 1° up to the pole and 1° down again = 2 × 111 195.08 m
    expect(haversineDistance({ lon: 0, lat: 89 }, { lon: 180, lat: 89 })).toBeCloseTo(2 * METRES_PER_DEGREE, 0);
    expect(haversineDistance({ lon: 45, lat: -90 }, { lon: 0, lat: -89 })).toBeCloseTo(METRES_PER_DEGREE, 1);
  });

  it('gives half the circumference, πR, between antipodes', () => {
    expect(haversineDistance({ lon: 0, lat: 0 }, { lon: 180, lat: 0 })).toBeCloseTo(Math.PI * 6_371_008.8, 3);
    expect(haversineDistance({ lon: 30, lat: 45 }, { lon: -150, lat: -45 })).toBeCloseTo(Math.PI * 6_371_008.8, 3);
  });

  const point = fc.record({
    lon: fc.double({ min: -180, max: 180, noNaN: true }),
    lat: fc.double({ min: -90, max: 90, noNaN: true }),
  });

  it('agrees with @turf/distance within 0.5% anywhere on the globe', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        const ours = haversineDistance(a, b);
        const turf = turfDistance([a.lon, a.lat], [b.lon, b.lat], { units: 'meters' });
        expect(Math.abs(ours - turf)).toBeLessThanOrEqual(0.005 * turf + 1e-6);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with @turf/distance within 0.5% at neighbourhood scale (points < 5 km apart)', () => {
    const near = fc.record({
      lon: fc.double({ min: 120.8, max: 121.1, noNaN: true }),
      lat: fc.double({ min: 31.2, max: 31.5, noNaN: true }),
      dLon: fc.double({ min: -0.03, max: 0.03, noNaN: true }),
      dLat: fc.double({ min: -0.03, max: 0.03, noNaN: true }),
    });
    fc.assert(
      fc.property(near, ({ lon, lat, dLon, dLat }) => {
        const ours = haversineDistance({ lon, lat }, { lon: lon + dLon, lat: lat + dLat });
        const turf = turfDistance([lon, lat], [lon + dLon, lat + dLat], { units: 'meters' });
        expect(Math.abs(ours - turf)).toBeLessThanOrEqual(0.005 * turf + 1e-6);
      }),
      { numRuns: 1000 },
    );
  });

  it('is symmetric and never negative', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        const ab = haversineDistance(a, b);
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(haversineDistance(b, a)).toBeCloseTo(ab, 6);
      }),
    );
  });
});
