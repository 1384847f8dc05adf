import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchNeeds } from '../../src/matching/index.js';
import { InvalidOptionError } from '../../src/errors.js';
import { deepFrozen } from '../../src/deep-freeze.js';

const need = (id: string, extra: Record<string, unknown> = {}) => ({ id, communityId: 'c1', title: id, category: 'elderly-care', ...extra });
const listing = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: id, categories: ['elderly-care'], ...extra });
/** A point on the prime meridian `metres` north of the equator (one degree of a meridian is 111,195.08 m on the haversine sphere). */
const north = (metres: number) => ({ lon: 0, lat: metres / 111_195.08 });

describe('matchNeeds: who can serve whom', () => {
  it('gives each open need the reason of the first test no provider passes', () => {
    const result = matchNeeds(
      [
        need('category', { category: 'health' }),
        need('place', { communityId: 'c9' }),
        need('group', { targetGroup: 'minors' }),
        need('no-group'),
        need('time', { targetGroup: 'elderly', schedule: [{ day: 'sat', opens: '09:00', closes: '11:00' }] }),
      ],
      { providerListings: [listing('p', { communityIds: ['c1'], eligibleGroups: ['elderly'], schedule: [{ day: 'sat', opens: '11:00', closes: '12:00' }] })] },
      { locale: 'en' },
    );
    expect(result.assignments).toEqual([]);
    expect(result.unmet.map((u) => [u.needId, u.code])).toEqual([
      ['category', 'no-provider-for-category'],
      ['place', 'out-of-reach'],
      ['group', 'not-eligible'],
      ['no-group', 'not-eligible'],
      ['time', 'no-common-time'],
    ]);
    expect(result.unmet[0]!.message).toBe('no organisation or volunteer offers health care');
    expect(result.unmet[2]!.message).toBe('no organisation or volunteer in reach offering community elderly care serves minors');
  });

  it('matches when the weekly hours share a minute, by community or within the distance', () => {
    const result = matchNeeds(
      [
        need('n1', { schedule: [{ day: 'sat', opens: '09:00', closes: '11:00' }] }),
        // In another community, 500 m from a provider that lists only c1: reached through the distance.
        need('n2', { communityId: 'c2', location: north(500) }),
        need('n3', { communityId: 'c3', location: north(1500) }),
      ],
      { providerListings: [listing('p', { communityIds: ['c1'], location: north(0), schedule: [{ day: 'sat', opens: '10:59', closes: '12:00' }] })] },
      { maxDistanceMetres: 600 },
    );
    expect(result.assignments.map((a) => [a.needId, a.distanceMetres])).toEqual([
      ['n1', null],
      ['n2', 500],
    ]);
    expect(result.unmet.map((u) => [u.needId, u.code])).toEqual([['n3', 'out-of-reach']]);
    expect(result.summary.distanceMetres).toBe(500);
  });

  it('does not reach beyond the distance where the provider does not list the community', () => {
    const result = matchNeeds([need('n', { communityId: 'c2', location: north(500) })], { providerListings: [listing('p', { communityIds: ['c1'], location: north(0) })] }, { maxDistanceMetres: 499 });
    expect(result.unmet.map((u) => u.code)).toEqual(['out-of-reach']);
  });

  it('matches volunteers by the same tests: a volunteer serves their home community, and offers nothing without categories', () => {
    const result = matchNeeds(
      [need('n1'), need('n2', { communityId: 'c2' })],
      {
        volunteers: [
          { id: 'v0', name: '王五', communityId: 'c1' },
          { id: 'v1', name: '李四', communityId: 'c1', categories: ['elderly-care'], capacity: 3 },
        ],
      },
      { locale: 'en' },
    );
    expect(result.assignments.map((a) => [a.needId, a.provider])).toEqual([['n1', { kind: 'volunteer', id: 'v1' }]]);
    expect(result.unmet.map((u) => [u.needId, u.code])).toEqual([['n2', 'out-of-reach']]);
    expect(result.providers).toEqual([
      { provider: { kind: 'volunteer', id: 'v0' }, index: 0, capacity: null, assigned: 0, spare: null },
      { provider: { kind: 'volunteer', id: 'v1' }, index: 1, capacity: 3, assigned: 1, spare: 2 },
    ]);
  });
});

describe('matchNeeds: the objective', () => {
  it('meets a priority group first, even when another need is nearer; the other is left open because capacity is taken', () => {
    const needs = [need('near', { targetGroup: 'new-residents', location: north(100) }), need('far', { targetGroup: 'elderly', location: north(900) })];
    const providers = { providerListings: [listing('p', { capacity: 1, location: north(0) })] };
    const withPriority = matchNeeds(needs, providers, { priorityGroups: [['elderly']], locale: 'en' });
    expect(withPriority.assignments.map((a) => [a.needId, a.distanceMetres, a.tier])).toEqual([['far', 900, 0]]);
    expect(withPriority.unmet.map((u) => [u.needId, u.code, u.candidates, u.tier])).toEqual([['near', 'capacity-taken', 1, 1]]);
    expect(withPriority.unmet[0]!.message).toBe('the 1 provider of community elderly care that fit is full');
    expect(withPriority.summary.tiers).toEqual([
      { groups: ['elderly'], needs: 1, met: 1 },
      { groups: null, needs: 1, met: 1 - 1 },
    ]);
    // Without priority, the nearer one.
    expect(matchNeeds(needs, providers).assignments.map((a) => a.needId)).toEqual(['near']);
  });

  it('moves a need to a farther provider so that one more need is met', () => {
    // a can use p1 (100 m) or p2 (300 m); b only p1 (200 m); capacity 1 each: both met, 300 + 200 = 500 m.
    const result = matchNeeds(
      [need('a', { location: north(0) }), need('b', { location: north(0) })],
      {
        providerListings: [
          listing('p1', { capacity: 1, location: north(100) }),
          listing('p2', { capacity: 1, location: north(300), eligibleGroups: ['elderly', 'minors'] }),
        ],
      },
    );
    // b names no group, so p2 (which names groups) does not serve it; a must take p2 only if a names a group: it
    // does not either, so only one is met — the nearer pair.
    expect(result.assignments.map((a) => [a.needId, a.provider.id])).toEqual([['a', 'p1']]);
    const both = matchNeeds(
      [need('a', { location: north(0), targetGroup: 'elderly' }), need('b', { location: north(0) })],
      { providerListings: [listing('p1', { capacity: 1, location: north(100) }), listing('p2', { capacity: 1, location: north(300), eligibleGroups: ['elderly'] })] },
    );
    expect(both.assignments.map((a) => [a.needId, a.provider.id, a.distanceMetres])).toEqual([
      ['a', 'p2', 300],
      ['b', 'p1', 100],
    ]);
    expect(both.providers.map((p) => p.spare)).toEqual([0, 0]);
  });
});

describe('matchNeeds: bad input', () => {
  it('never throws on data: every problem is an issue with a path, and the record is left out', () => {
    const throwing = new Proxy([], {
      get() {
        throw new Error('boom');
      },
    });
    expect(matchNeeds(throwing, { providerListings: 'x' }, { locale: 'en' }).issues.map((i) => [i.code, i.path])).toEqual([
      ['unreadable_input', ['needs']],
      ['invalid_type', ['providers', 'providerListings']],
    ]);
    const result = matchNeeds([need('n'), need('n'), { id: 7 }], { providerListings: [listing('p', { capacity: -1 }), listing('q')] }, { locale: 'en' });
    expect(result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['duplicate_id', 'needs.1.id'],
      ['invalid_type', 'needs.2.id'],
      ['required', 'needs.2.communityId'],
      ['required', 'needs.2.title'],
      ['required', 'needs.2.category'],
      ['too_small', 'providers.providerListings.0.capacity'],
    ]);
    expect(result.assignments.map((a) => [a.needId, a.provider.id])).toEqual([['n', 'q']]);
    expect(result.unmet.map((u) => [u.needIndex, u.needId, u.code])).toEqual([
      [1, 'n', 'invalid-record'],
      [2, null, 'invalid-record'],
    ]);
    expect(matchNeeds(undefined, null, { locale: 'en' }).issues.map((i) => i.path)).toEqual([['needs'], ['providers']]);
  });

  it('does not change its input', () => {
    const needs = deepFrozen([need('n', { schedule: [{ day: 'mon', opens: '08:00', closes: '09:00' }] })]);
    const providers = deepFrozen({ providerListings: [listing('p', { capacity: 1 })] });
    expect(matchNeeds(needs, providers).summary.met).toBe(1);
  });

  it('throws on a bad option (a programming error), not on data', () => {
    expect(() => matchNeeds([], {}, { maxDistanceMetres: -1 })).toThrow(InvalidOptionError);
    expect(() => matchNeeds([], {}, { priorityGroups: [['veterans' as never]] })).toThrow(InvalidOptionError);
  });
});

// ---- End to end against brute force, with a second, plain implementation of who can serve whom ----
const categories = ['elderly-care', 'health'] as const;
const groups = ['elderly', 'minors', 'low-income'] as const;
const communities = ['c1', 'c2'] as const;
const days = ['mon', 'sat'] as const;

const arbNeed = fc.record({
  communityId: fc.constantFrom(...communities),
  category: fc.constantFrom(...categories),
  targetGroup: fc.option(fc.constantFrom(...groups), { nil: undefined }),
  metres: fc.option(fc.integer({ min: 0, max: 40 }).map((k) => k * 50), { nil: undefined }),
  day: fc.option(fc.constantFrom(...days), { nil: undefined }),
});
const arbProvider = fc.record({
  categories: fc.subarray([...categories], { minLength: 1 }),
  communityIds: fc.option(fc.subarray([...communities], { minLength: 1 }), { nil: undefined }),
  eligibleGroups: fc.option(fc.subarray([...groups], { minLength: 1 }), { nil: undefined }),
  metres: fc.option(fc.integer({ min: 0, max: 40 }).map((k) => k * 50), { nil: undefined }),
  day: fc.option(fc.constantFrom(...days), { nil: undefined }),
  capacity: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
});
type N = typeof arbNeed extends fc.Arbitrary<infer T> ? T : never;
type P = typeof arbProvider extends fc.Arbitrary<infer T> ? T : never;

/** Who can serve whom, written out plainly; distances along a meridian are the difference in metres. */
function fits(n: N, p: P, maxDistance: number): number | undefined {
  if (!p.categories.includes(n.category)) return undefined;
  const near = n.metres !== undefined && p.metres !== undefined && Math.abs(n.metres - p.metres) <= maxDistance;
  if (!(p.communityIds === undefined || p.communityIds.includes(n.communityId) || near)) return undefined;
  if (p.eligibleGroups !== undefined && (n.targetGroup === undefined || !p.eligibleGroups.includes(n.targetGroup))) return undefined;
  if (n.day !== undefined && p.day !== undefined && n.day !== p.day) return undefined;
  return n.metres !== undefined && p.metres !== undefined ? Math.abs(n.metres - p.metres) : 0;
}

function best(ns: N[], ps: P[], tierOf: (n: N) => number, tiers: number, maxDistance: number): number[] {
  let top: number[] | undefined;
  const load = ps.map(() => 0);
  const value = Array.from({ length: tiers + 1 }, () => 0);
  const visit = (i: number): void => {
    if (i === ns.length) {
      const v = [...value];
      v[tiers] = 0 - v[tiers]!;
      const k = top === undefined ? -1 : v.findIndex((x, j) => x !== top![j]);
      if (top === undefined || (k >= 0 && v[k]! > top[k]!)) top = v;
      return;
    }
    visit(i + 1);
    ps.forEach((p, j) => {
      const d = fits(ns[i]!, p, maxDistance);
      if (d === undefined || load[j]! >= (p.capacity ?? Infinity)) return;
      load[j]!++;
      value[tierOf(ns[i]!)]!++;
      value[tiers] = value[tiers]! + d;
      visit(i + 1);
      value[tiers] = value[tiers]! - d;
      value[tierOf(ns[i]!)]!--;
      load[j]!--;
    });
  };
  visit(0);
  return top!;
}

describe('matchNeeds against brute force', () => {
  it('meets as many priority needs, then needs, at as short a distance, as any assignment can', () => {
    fc.assert(
      fc.property(fc.array(arbNeed, { minLength: 1, maxLength: 6 }), fc.array(arbProvider, { minLength: 1, maxLength: 3 }), (ns, ps) => {
        const priority = [['elderly'], ['minors', 'low-income']] as const;
        const tierOf = (n: N) => (n.targetGroup === 'elderly' ? 0 : n.targetGroup === undefined ? 2 : 1);
        const toBands = (day: string | undefined) => (day === undefined ? {} : { schedule: [{ day, opens: '09:00', closes: '10:00' }] });
        const result = matchNeeds(
          ns.map((n, i) => ({
            id: `n${i}`,
            communityId: n.communityId,
            title: 't',
            category: n.category,
            ...(n.targetGroup === undefined ? {} : { targetGroup: n.targetGroup }),
            ...(n.metres === undefined ? {} : { location: north(n.metres) }),
            ...toBands(n.day),
          })),
          {
            providerListings: ps.map((p, j) => ({
              id: `p${j}`,
              name: 'p',
              categories: p.categories,
              ...(p.communityIds === undefined ? {} : { communityIds: p.communityIds }),
              ...(p.eligibleGroups === undefined ? {} : { eligibleGroups: p.eligibleGroups }),
              ...(p.metres === undefined ? {} : { location: north(p.metres) }),
              ...(p.capacity === undefined ? {} : { capacity: p.capacity }),
              ...toBands(p.day),
            })),
          },
          { priorityGroups: priority.map((t) => [...t]), maxDistanceMetres: 600 },
        );
        expect(result.issues).toEqual([]);
        const got = [0, 0, 0, 0];
        for (const a of result.assignments) {
          const n = ns[a.needIndex]!;
          const p = ps[Number(a.provider.id.slice(1))]!;
          const d = fits(n, p, 600);
          expect(d).toBeDefined();
          got[tierOf(n)]!++;
          got[3] = got[3]! - d!;
          got[3] = 0 - -got[3]!;
        }
        expect(got).toEqual(best(ns, ps, tierOf, 3, 600));
        // Every open need's reason holds: capacity-taken ones have a fitting provider, the others none.
        for (const u of result.unmet) {
          const any = ps.some((p) => fits(ns[u.needIndex]!, p, 600) !== undefined);
          expect(u.code === 'capacity-taken').toBe(any);
        }
        for (const load of result.providers) {
          const p = ps[load.index]!;
          expect(load.assigned).toBe(result.assignments.filter((a) => a.provider.id === load.provider.id).length);
          expect(load.spare).toBe(p.capacity === undefined ? null : p.capacity - load.assigned);
        }
      }),
      { numRuns: 1500, seed: 6 },
    );
  });
});
