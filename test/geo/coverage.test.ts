import { kunshan, parameter } from '../../src/profiles/index.js';
import turfDistance from '@turf/distance';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../src/errors.js';
import {
  DEFAULT_CIRCLE_MINUTES,
  DEFAULT_DETOUR_FACTOR,
  DEFAULT_WALKING_SPEED,
  LIFE_CIRCLE_WALKING_DISTANCES,
  serviceCircleCoverage,
  type Residence,
  type ServiceSite,
} from '../../src/geo/index.js';
import { deepFreeze } from '../helpers.js';

// One degree of a great circle: R·π/180 = 6 371 008.8 m × 0.017453293 = 111 195.08 m (worked by hand).
const M_PER_DEG = 111_195.08;

const home = (id: string, lon: number, lat: number, households: number): Residence => ({ id, location: { lon, lat }, households });
const site = (id: string, lon: number, lat: number): ServiceSite => ({ id, location: { lon, lat } });

describe('serviceCircleCoverage — hand-worked cases', () => {
  // A centre at 121°E 31°N and four residences due north of it. At 60 m/min with no detour:
  //   r1 0.002° = 222.39 m →  3.71 min (within 5)      10 households
  //   r2 0.004° = 444.78 m →  7.41 min (within 10)     20 households
  //   r3 0.008° = 889.56 m → 14.83 min (within 15)     30 households
  //   r4 0.009° = 1000.76 m → 16.68 min (uncovered)    40 households
  const residences = [home('r1', 121, 31.002, 10), home('r2', 121, 31.004, 20), home('r3', 121, 31.008, 30), home('r4', 121, 31.009, 40)];
  const centre = [site('c', 121, 31)];

  it('counts households within 5, 10 and 15 minutes and gives the exact counts and shares', () => {
    const result = serviceCircleCoverage(residences, centre, { walkingSpeed: 60, detourFactor: 1 });
    expect(result.issues).toEqual([]);
    expect(result.totalHouseholds).toBe(100);
    expect(result.totalResidences).toBe(4);
    expect(result.circles.map((c) => [c.minutes, c.households, c.residences, c.share])).toEqual([
      [5, 10, 1, 0.1],
      [10, 30, 2, 0.3],
      [15, 60, 3, 0.6],
    ]);
    expect(result.circles.map((c) => c.walkingMetres)).toEqual([300, 600, 900]);
    const r4 = result.residences[3];
    expect(r4?.nearestSiteId).toBe('c');
    expect(r4?.distanceMetres).toBeCloseTo(0.009 * M_PER_DEG, 1);
    expect(r4?.walkingMinutes).toBeCloseTo((0.009 * M_PER_DEG) / 60, 3); // 16.679 min
  });

  it('applies the detour factor: walking distance = great-circle distance × factor', () => {
    // × 1.2: r2 533.7 m → 8.90 min (still within 10); r3 1067.5 m → 17.79 min (now uncovered)
    const result = serviceCircleCoverage(residences, centre, { walkingSpeed: 60, detourFactor: 1.2 });
    expect(result.circles.map((c) => c.households)).toEqual([10, 30, 30]);
    expect(result.uncovered.features.map((f) => f.id)).toEqual(['r3', 'r4']);
    expect(result.residences[2]?.walkingMinutes).toBeCloseTo((0.008 * M_PER_DEG * 1.2) / 60, 3);
  });

  it('puts 900 m of walking at 15 minutes with the default speed: 0.0080° is in, 0.0081° just out', () => {
    // 60 m/min; with no detour, 0.0080° = 889.56 m → 14.83 min, 0.0081° = 900.68 m → 15.01 min
    const result = serviceCircleCoverage([home('in', 121, 31.008, 1), home('out', 121, 31.0081, 1)], centre, { detourFactor: 1 });
    expect(result.circles.at(-1)?.households).toBe(1);
    expect(result.uncovered.features.map((f) => f.id)).toEqual(['out']);
  });

  it('returns the uncovered residences as an RFC 7946 FeatureCollection with [lon, lat] coordinates', () => {
    const result = serviceCircleCoverage(residences, centre, { walkingSpeed: 60, detourFactor: 1 });
    const parsed = JSON.parse(JSON.stringify(result.uncovered)) as unknown;
    expect(parsed).toEqual({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'r4',
          geometry: { type: 'Point', coordinates: [121, 31.009] },
          properties: {
            id: 'r4',
            households: 40,
            nearestSiteId: 'c',
            distanceMetres: expect.closeTo(1000.76, 1) as unknown,
            walkingMinutes: expect.closeTo(16.68, 2) as unknown,
          },
        },
      ],
    });
  });

  it('picks the nearest of several sites', () => {
    // r at 121.005°E: 0.005° of longitude from each of a (121.000) and b (121.010) is a tie broken by latitude:
    // b sits on r's parallel (0.004° × 111 195 × cos 31° ≈ 381 m away), a is 0.01° south as well (> 1 km).
    const result = serviceCircleCoverage([home('r', 121.006, 31.01, 5)], [site('a', 121, 31), site('b', 121.01, 31.01)]);
    expect(result.residences[0]?.nearestSiteId).toBe('b');
    expect(result.residences[0]?.distanceMetres).toBeCloseTo(0.004 * M_PER_DEG * Math.cos((31.01 * Math.PI) / 180), 0);
  });

  it('finds a site across the antimeridian', () => {
    // 0.002° of longitude at 10° latitude: 0.002 × 111 195.08 × cos 10° = 219.01 m; the western site is 5.4 km away.
    const result = serviceCircleCoverage([home('fiji', 179.999, -10, 3)], [site('west', 179.95, -10), site('east', -179.999, -10)]);
    expect(result.residences[0]?.nearestSiteId).toBe('east');
    expect(result.residences[0]?.distanceMetres).toBeCloseTo(219.01, 0);
    expect(result.circles[0]?.households).toBe(3);
  });

  it('finds a site across the pole', () => {
    // 89.999°N on opposite meridians: 0.001° up and 0.001° down = 222.39 m; the site on the same meridian is 0.009° = 1000.76 m.
    const result = serviceCircleCoverage([home('camp', 0, 89.999, 2)], [site('same', 0, 89.99), site('over', 180, 89.999)]);
    expect(result.residences[0]?.nearestSiteId).toBe('over');
    expect(result.residences[0]?.distanceMetres).toBeCloseTo(0.002 * M_PER_DEG, 1);
  });

  it('documents defaults that match GB 50180-2018 at 15 minutes', () => {
    expect(DEFAULT_CIRCLE_MINUTES).toEqual([5, 10, 15]);
    // 60 m/min × 15 min = 900 m of walking, inside the standard's 800–1000 m
    expect(DEFAULT_WALKING_SPEED * 15).toBe(900);
    expect(DEFAULT_WALKING_SPEED).toBe(parameter(kunshan, 'circle.walkingSpeed', '2020-01-01').value);
    expect(DEFAULT_DETOUR_FACTOR).toBe(parameter(kunshan, 'circle.detourFactor', '2020-01-01').value);
    expect(LIFE_CIRCLE_WALKING_DISTANCES.map((d) => [d.minutes, d.minMetres, d.maxMetres])).toEqual([
      [5, 300, 300],
      [10, 500, 500],
      [15, 800, 1000],
    ]);
    expect(DEFAULT_DETOUR_FACTOR).toBe(1.25);
    const result = serviceCircleCoverage([home('r', 121, 31.001, 1)], [site('c', 121, 31)]);
    expect(result.parameters).toEqual({ minutes: [5, 10, 15], walkingSpeed: 60, detourFactor: 1.25 });
  });

  it('accepts custom thresholds in any order and reports them ascending', () => {
    const result = serviceCircleCoverage(residences, centre, { minutes: [20, 8], walkingSpeed: 60, detourFactor: 1 });
    // 8 min = 480 m: r1, r2; 20 min = 1200 m: all four
    expect(result.circles.map((c) => [c.minutes, c.households])).toEqual([
      [8, 30],
      [20, 100],
    ]);
    expect(result.uncovered.features).toEqual([]);
  });
});

/** The reference: a nested loop over every residence and every site, with turf's distance. */
function bruteForce(residences: readonly Residence[], sites: readonly ServiceSite[], minutes: number[], speed: number, detour: number) {
  const within = minutes.map(() => 0);
  const uncovered: string[] = [];
  const nearest: number[] = [];
  for (const r of residences) {
    let best = Number.POSITIVE_INFINITY;
    for (const s of sites) {
      best = Math.min(best, turfDistance([r.location.lon, r.location.lat], [s.location.lon, s.location.lat], { units: 'meters' }));
    }
    nearest.push(best);
    const walk = (best * detour) / speed;
    minutes.forEach((m, k) => {
      if (walk <= m) within[k] = (within[k] ?? 0) + r.households;
    });
    if (walk > Math.max(...minutes)) uncovered.push(r.id);
  }
  return { within, uncovered, nearest };
}

describe('serviceCircleCoverage — against a brute-force nested loop', () => {
  const pointsIn = (lon: [number, number], lat: [number, number]) =>
    fc.record({
      lon: fc.double({ min: lon[0], max: lon[1], noNaN: true }),
      lat: fc.double({ min: lat[0], max: lat[1], noNaN: true }),
    });
  const inputs = (lon: [number, number], lat: [number, number]) =>
    fc.record({
      residences: fc.array(fc.tuple(pointsIn(lon, lat), fc.nat({ max: 500 })), { maxLength: 40 }),
      sites: fc.array(pointsIn(lon, lat), { minLength: 1, maxLength: 25 }),
      speed: fc.double({ min: 40, max: 100, noNaN: true }),
      detour: fc.double({ min: 1, max: 1.6, noNaN: true }),
    });

  const check = ({ residences, sites, speed, detour }: { residences: [{ lon: number; lat: number }, number][]; sites: { lon: number; lat: number }[]; speed: number; detour: number }) => {
    const rs = residences.map(([p, h], i) => home(`r${i}`, p.lon, p.lat, h));
    const ss = sites.map((p, i) => site(`s${i}`, p.lon, p.lat));
    const result = serviceCircleCoverage(rs, ss, { walkingSpeed: speed, detourFactor: detour });
    const reference = bruteForce(rs, ss, [5, 10, 15], speed, detour);
    expect(result.issues.map((i) => i.code)).toEqual(rs.length === 0 ? ['no_residences'] : []);
    expect(result.circles.map((c) => c.households)).toEqual(reference.within);
    expect(result.uncovered.features.map((f) => f.id)).toEqual(reference.uncovered);
    // Same distance to a relative 1e-8: near antipodes (20 000 km) the two haversine forms differ by a few cm.
    result.residences.forEach((r, i) => {
      const expected = reference.nearest[i] ?? Number.NaN;
      expect(Math.abs((r.distanceMetres ?? Number.NaN) - expected)).toBeLessThanOrEqual(1e-8 * expected + 1e-6);
    });
    const total = rs.reduce((sum, r) => sum + r.households, 0);
    result.circles.forEach((c, k) => expect(c.share).toBe(total === 0 ? null : (reference.within[k] ?? 0) / total));
  };

  it('matches on random neighbourhoods (a 3 km × 3 km district of Kunshan)', () => {
    fc.assert(fc.property(inputs([120.97, 121.0], [31.37, 31.4]), check), { numRuns: 300 });
  });

  it('matches around the antimeridian and near the poles', () => {
    fc.assert(fc.property(inputs([179.98, 180], [-0.01, 0.01]).chain((a) => inputs([-180, -179.98], [-0.01, 0.01]).map((b) => ({
      ...a,
      residences: [...a.residences, ...b.residences],
      sites: [...a.sites, ...b.sites],
    }))), check), { numRuns: 150 });
    fc.assert(fc.property(inputs([-180, 180], [89.99, 90]), check), { numRuns: 150 });
  });

  it('matches on points anywhere on the globe', () => {
    fc.assert(fc.property(inputs([-180, 180], [-90, 90]), check), { numRuns: 150 });
  });
});

describe('serviceCircleCoverage — bad input gives issues, never a crash', () => {
  const centre = [site('c', 121, 31)];

  it('reports each bad residence with its path and still computes the rest', () => {
    const input = [
      home('ok', 121, 31.002, 10),
      home('nan', Number.NaN, 31, 5),
      home('north', 121, 91, 5),
      home('west', -181, 31, 5),
      { id: 'nowhere', households: 5 },
      home('minus', 121, 31.001, -3),
      home('half', 121, 31.001, 2.5),
      { location: { lon: 121, lat: 31 }, households: 1 },
      null,
      home('ok', 121, 31.001, 7),
      { id: 'words', location: { lon: '121', lat: 31 }, households: '4' },
    ];
    const result = serviceCircleCoverage(input as never, centre, { locale: 'en' });
    expect(result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_type', 'residences.1.location.lon'],
      ['too_big', 'residences.2.location.lat'],
      ['too_small', 'residences.3.location.lon'],
      ['required', 'residences.4.location'],
      ['too_small', 'residences.5.households'],
      ['invalid_type', 'residences.6.households'],
      ['required', 'residences.7.id'],
      ['invalid_type', 'residences.8'],
      ['duplicate_id', 'residences.9.id'],
      ['invalid_type', 'residences.10.location.lon'],
      ['invalid_type', 'residences.10.households'],
    ]);
    expect(result.issues[0]?.message).toBe('residences[1].location.lon: expected number, received NaN; entry left out');
    expect(result.totalResidences).toBe(1);
    expect(result.totalHouseholds).toBe(10);
    expect(result.circles.map((c) => c.share)).toEqual([1, 1, 1]);
  });

  it('checks ids: empty, too long, not a string, unreadable', () => {
    const input = [
      home('', 121, 31, 1),
      home('x'.repeat(201), 121, 31, 1),
      { id: 42, location: { lon: 121, lat: 31 }, households: 1 },
      { get id(): never { throw new Error('boom'); }, location: { lon: 121, lat: 31 }, households: 1 },
      { id: 'inf', location: { lon: Number.POSITIVE_INFINITY, lat: 31 }, households: Number.POSITIVE_INFINITY },
      { id: 'flat', location: [121, 31], households: 1 },
    ];
    const result = serviceCircleCoverage(input as never, centre, { locale: 'en' });
    expect(result.issues.map((i) => [i.code, i.path.join('.'), i.expected, i.received])).toEqual([
      ['too_small', 'residences.0.id', '>= 1 chars', '0 chars'],
      ['too_big', 'residences.1.id', '<= 200 chars', '201 chars'],
      ['invalid_type', 'residences.2.id', 'string', '42'],
      ['unreadable_input', 'residences.3.id', undefined, undefined],
      ['too_big', 'residences.4.location.lon', '<= 180', 'Infinity'],
      ['too_big', 'residences.4.households', `<= ${Number.MAX_SAFE_INTEGER}`, 'Infinity'],
      ['invalid_type', 'residences.5.location', '{ lon, lat }', 'array'],
      ['no_residences', 'residences', undefined, undefined],
    ]);
  });

  it('reports bad sites and leaves them out of the index', () => {
    const sites = [site('far', 122, 31), site('bad', 121, Number.NaN), { id: 'k', location: { lon: 121, lat: 31 }, kind: 7 }, site('far', 121, 31)];
    const result = serviceCircleCoverage([home('r', 121, 31.001, 1)], sites as never, { locale: 'en' });
    expect(result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_type', 'sites.1.location.lat'],
      ['invalid_type', 'sites.2.kind'],
      ['duplicate_id', 'sites.3.id'],
    ]);
    expect(result.residences[0]?.nearestSiteId).toBe('far');
    expect(result.circles[2]?.households).toBe(0);
  });

  it('gives null shares (not NaN) and an issue when there are no residences', () => {
    const result = serviceCircleCoverage([], centre);
    expect(result.issues.map((i) => i.code)).toEqual(['no_residences']);
    expect(result.issues[0]?.message).toBe('residences:没有可用的居住点,无法计算覆盖比例');
    expect(result.circles.map((c) => [c.households, c.share])).toEqual([
      [0, null],
      [0, null],
      [0, null],
    ]);
    expect(result.uncovered).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('gives null shares and lists every residence as uncovered when there are no sites', () => {
    const result = serviceCircleCoverage([home('a', 121, 31, 4), home('b', 121.1, 31, 6)], [], { locale: 'en' });
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([['no_sites', ['sites']]]);
    expect(result.circles.every((c) => c.share === null && c.households === 0)).toBe(true);
    expect(result.totalHouseholds).toBe(10);
    expect(result.uncovered.features.map((f) => [f.id, f.properties.nearestSiteId, f.properties.walkingMinutes])).toEqual([
      ['a', null, null],
      ['b', null, null],
    ]);
  });

  it('gives null shares when every residence has zero households', () => {
    const result = serviceCircleCoverage([home('empty', 121, 31.001, 0)], centre);
    expect(result.issues).toEqual([]);
    expect(result.circles.map((c) => [c.residences, c.share])).toEqual([
      [1, null],
      [1, null],
      [1, null],
    ]);
  });

  it('survives inputs that are not arrays, throwing getters and revoked proxies', () => {
    const trap = { id: 'trap', get location(): never { throw new Error('boom'); }, households: 1 };
    const { proxy, revoke } = Proxy.revocable([home('x', 121, 31, 1)], {});
    revoke();
    expect(serviceCircleCoverage('nope' as never, centre, { locale: 'en' }).issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_type', 'residences'],
      ['no_residences', 'residences'],
    ]);
    expect(serviceCircleCoverage([trap] as never, proxy as never).issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unreadable_input', 'residences.0.location'],
      ['unreadable_input', 'sites'],
      ['no_residences', 'residences'],
      ['no_sites', 'sites'],
    ]);
  });

  it('does not mutate its input', () => {
    const residences = deepFreeze([home('b', 121, 31.02, 10), home('a', 121, 31.001, 30)]);
    const sites = deepFreeze([site('z', 121, 31), site('y', 121.5, 31)]);
    const copies = structuredClone([residences, sites]);
    const options = deepFreeze({ minutes: [15, 5, 10], walkingSpeed: 70, detourFactor: 1.3 });
    serviceCircleCoverage(residences, sites, options);
    expect([residences, sites]).toEqual(copies);
    expect(options.minutes).toEqual([15, 5, 10]);
  });
});

describe('serviceCircleCoverage — programmer misuse throws InvalidOptionError', () => {
  const bad: Array<[string, object]> = [
    ['empty thresholds', { minutes: [] }],
    ['a zero threshold', { minutes: [0, 5] }],
    ['a negative threshold', { minutes: [-5] }],
    ['a NaN threshold', { minutes: [Number.NaN] }],
    ['a repeated threshold', { minutes: [5, 5] }],
    ['thresholds that are not an array', { minutes: 15 }],
    ['a negative speed', { walkingSpeed: -60 }],
    ['a zero speed', { walkingSpeed: 0 }],
    ['an infinite speed', { walkingSpeed: Number.POSITIVE_INFINITY }],
    ['a detour factor below 1', { detourFactor: 0.9 }],
    ['a NaN detour factor', { detourFactor: Number.NaN }],
    ['an unknown locale', { locale: 'fr' }],
  ];
  it.each(bad)('throws for %s', (_what, options) => {
    expect(() => serviceCircleCoverage([], [], options as never)).toThrow(InvalidOptionError);
  });
  it('throws for options that are not an object', () => {
    expect(() => serviceCircleCoverage([], [], null as never)).toThrow(InvalidOptionError);
  });
});
