import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/datasets/random.js';
import { haversineMetres } from '../../src/geo/distance.js';
import { serviceCircleCoverage } from '../../src/geo/index.js';
import { CHORD2_TOLERANCE, indexSites, nearestSite, type LonLat } from '../../src/geo/nearest-site.js';

/** The reference: every site measured by haversine; the smallest distance, first in input order on a tie. */
function bruteNearest(sites: readonly LonLat[], lon: number, lat: number): { position: number; metres: number } {
  let position = -1;
  let metres = Number.POSITIVE_INFINITY;
  sites.forEach((s, p) => {
    const d = haversineMetres(lon, lat, s.lon, s.lat);
    if (d < metres) {
      metres = d;
      position = p;
    }
  });
  return { position, metres };
}

const point = (lon: [number, number], lat: [number, number]) =>
  fc.record({ lon: fc.double({ min: lon[0], max: lon[1], noNaN: true }), lat: fc.double({ min: lat[0], max: lat[1], noNaN: true }) });

/** Sites and queries in a box, with some sites repeated (exact ties) and some queries on a site. */
const cases = (lon: [number, number], lat: [number, number]) =>
  fc
    .record({ sites: fc.array(point(lon, lat), { minLength: 1, maxLength: 120 }), queries: fc.array(point(lon, lat), { minLength: 1, maxLength: 30 }), repeat: fc.nat(), onSite: fc.nat() })
    .map(({ sites, queries, repeat, onSite }) => ({
      sites: [...sites, sites[repeat % sites.length] as LonLat],
      queries: [...queries, sites[onSite % sites.length] as LonLat],
    }));

const check = ({ sites, queries }: { sites: LonLat[]; queries: LonLat[] }) => {
  const index = indexSites(sites);
  if (index === undefined) throw new Error('no index');
  for (const q of queries) {
    const found = nearestSite(index, q.lon, q.lat, { position: -1, metres: Number.NaN });
    // Bit for bit: the same distance and the same site as the nested loop.
    expect(found).toEqual(bruteNearest(sites, q.lon, q.lat));
  }
};

describe('nearestSite — the minimum haversine distance over all sites, exactly (against a nested loop)', () => {
  it('in a city district (1 km boxes down to metres apart)', () => {
    fc.assert(fc.property(cases([120.99, 121.0], [31.37, 31.38]), check), { numRuns: 200 });
  });

  it('across the antimeridian, at the poles, and anywhere on the globe', () => {
    fc.assert(fc.property(cases([179.5, 180], [-1, 1]).chain((a) => cases([-180, -179.5], [-1, 1]).map((b) => ({ sites: [...a.sites, ...b.sites], queries: [...a.queries, ...b.queries] }))), check), { numRuns: 100 });
    fc.assert(fc.property(cases([-180, 180], [89, 90]), check), { numRuns: 100 });
    fc.assert(fc.property(cases([-180, 180], [-90, -89]), check), { numRuns: 50 });
    fc.assert(fc.property(cases([-180, 180], [-90, 90]), check), { numRuns: 150 });
  });

  it('among sites a few millimetres apart, and many sites on one spot (ties go to the first)', () => {
    // 1e-8° is about 1.1 mm: the chords of these sites differ by less than the search's tolerance, so haversine decides.
    fc.assert(fc.property(cases([121, 121 + 1e-7], [31, 31 + 1e-7]), check), { numRuns: 200 });
    const spot = Array.from({ length: 50 }, () => ({ lon: 121, lat: 31 }));
    const index = indexSites([{ lon: 121.001, lat: 31 }, ...spot]);
    expect(index && nearestSite(index, 121, 31.0001, { position: -1, metres: 0 })).toEqual({ position: 1, metres: haversineMetres(121, 31.0001, 121, 31) });
  });

  it('on a deep tree: 20,000 sites in a county (10 levels), 300 queries', () => {
    const random = createRandom(19);
    const sites = Array.from({ length: 20_000 }, () => ({ lon: 120.8 + 0.4 * random.next(), lat: 31.1 + 0.4 * random.next() }));
    const queries = Array.from({ length: 300 }, () => ({ lon: 120.7 + 0.6 * random.next(), lat: 31 + 0.6 * random.next() }));
    check({ sites, queries });
  });

  it('finds the site across the antimeridian (hand-worked)', () => {
    // 0.002° of longitude on the equator = 0.002 × 111 195.08 m = 222.39 m; the other site is 0.1° (11.1 km) away.
    const index = indexSites([{ lon: 179.9, lat: 0 }, { lon: 179.999, lat: 0 }]);
    const found = index && nearestSite(index, -179.999, 0, { position: -1, metres: 0 });
    expect(found?.position).toBe(1);
    expect(found?.metres).toBeCloseTo(222.39, 1);
  });

  it('its tolerance is far above the rounding of either formula (squared chords and 4 hav θ agree within a tenth of it)', () => {
    // c² = 4 hav θ (the haversine identity): compare the two on random pairs; the tolerance must exceed the gap.
    let worst = 0;
    fc.assert(
      fc.property(point([-180, 180], [-90, 90]), point([-180, 180], [-90, 90]), (a, b) => {
        const rad = Math.PI / 180;
        const v = (p: LonLat) => [Math.cos(p.lat * rad) * Math.cos(p.lon * rad), Math.cos(p.lat * rad) * Math.sin(p.lon * rad), Math.sin(p.lat * rad)] as const;
        const [ax, ay, az] = v(a);
        const [bx, by, bz] = v(b);
        const chord2 = (ax - bx) ** 2 + (ay - by) ** 2 + (az - bz) ** 2;
        const hav = Math.sin(haversineMetres(a.lon, a.lat, b.lon, b.lat) / 6_371_008.8 / 2) ** 2;
        worst = Math.max(worst, Math.abs(chord2 - 4 * hav));
      }),
      { numRuns: 2000 },
    );
    expect(worst).toBeLessThan(CHORD2_TOLERANCE / 10);
  });
});

describe('serviceCircleCoverage — a residence exactly at a threshold', () => {
  // The walk is (distance × detour) ÷ speed. With a threshold set to exactly the walk of a residence (the same
  // floating-point expression), the residence is within it (≤); with the next smaller double, it is not.
  const centre = [{ id: 'c', location: { lon: 121, lat: 31 } }];
  const home = { id: 'h', location: { lon: 121.00731, lat: 31.00214 }, households: 7 };
  const speed = 4000 / 60;
  const detour = 1.2;
  const walk = (haversineMetres(121.00731, 31.00214, 121, 31) * detour) / speed;
  const below = walk - walk * Number.EPSILON; // a double just under `walk` (one or two ulps)

  it('counts it at exactly the limit, and not a hair below it', () => {
    expect(below).toBeLessThan(walk);
    const result = serviceCircleCoverage([home], centre, { minutes: [below, walk], walkingSpeed: speed, detourFactor: detour });
    expect(result.circles.map((c) => [c.households, c.residences])).toEqual([
      [0, 0],
      [7, 1],
    ]);
    expect(result.residences[0]?.walkingMinutes).toBe(walk);
  });

  it('counts it the same with thousands of other sites around (the index returns the exact nearest distance)', () => {
    const sites = [...centre];
    for (let i = 0; i < 2000; i++) {
      // rings of sites all farther than the centre (736 m away): at least 0.012° (1.14 km, east–west at 31°N) to 5 km
      const angle = (i / 2000) * 2 * Math.PI;
      const r = 0.012 + (i % 40) * 0.001;
      sites.push({ id: `s${i}`, location: { lon: 121.00731 + r * Math.cos(angle), lat: 31.00214 + r * Math.sin(angle) } });
    }
    const result = serviceCircleCoverage([home], sites, { minutes: [below, walk], walkingSpeed: speed, detourFactor: detour });
    expect(result.residences[0]?.nearestSiteId).toBe('c');
    expect(result.circles.map((c) => c.households)).toEqual([0, 7]);
  });
});
