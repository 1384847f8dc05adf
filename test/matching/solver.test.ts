import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { solveAssignment, type AssignmentProblem } from '../../src/matching/solver.js';

interface Small {
  tier: number[];
  capacity: number[];
  edges: { need: number; provider: number; cost: number }[];
}

function toProblem(s: Small): AssignmentProblem {
  const start = [0];
  const target: number[] = [];
  const cost: number[] = [];
  for (let n = 0; n < s.tier.length; n++) {
    for (const e of s.edges) if (e.need === n) (target.push(e.provider), cost.push(e.cost));
    start.push(target.length);
  }
  return { needs: s.tier.length, providers: s.capacity.length, tier: s.tier, capacity: s.capacity, start, target, cost };
}

/** The objective as a vector to compare lexicographically: needs met per tier (more first), then −distance. */
function objective(s: Small, provider: ArrayLike<number>, tiers: number): number[] {
  const met = Array.from({ length: tiers }, () => 0);
  let distance = 0;
  for (let n = 0; n < s.tier.length; n++) {
    const p = provider[n]!;
    if (p < 0) continue;
    met[s.tier[n]!]!++;
    distance += s.edges.find((e) => e.need === n && e.provider === p)!.cost;
  }
  return [...met, -distance];
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** Brute force: every way of giving each need one of its candidates or nothing, within capacities. */
function bruteForce(s: Small, tiers: number): number[] {
  let best: number[] | undefined;
  const choice = Array.from({ length: s.tier.length }, () => -1);
  const load = s.capacity.map(() => 0);
  const visit = (n: number): void => {
    if (n === s.tier.length) {
      const value = objective(s, choice, tiers);
      if (best === undefined || compare(value, best) > 0) best = value;
      return;
    }
    choice[n] = -1;
    visit(n + 1);
    for (const e of s.edges) {
      if (e.need !== n || load[e.provider]! >= s.capacity[e.provider]!) continue;
      choice[n] = e.provider;
      load[e.provider]!++;
      visit(n + 1);
      load[e.provider]!--;
      choice[n] = -1;
    }
  };
  visit(0);
  return best!;
}

const small = fc
  .record({ needs: fc.integer({ min: 1, max: 7 }), providers: fc.integer({ min: 1, max: 4 }), tiers: fc.integer({ min: 1, max: 3 }) })
  .chain(({ needs, providers, tiers }) =>
    fc.record({
      tiers: fc.constant(tiers),
      tier: fc.array(fc.integer({ min: 0, max: tiers - 1 }), { minLength: needs, maxLength: needs }),
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: providers, maxLength: providers }),
      edges: fc.uniqueArray(
        fc.record({ need: fc.integer({ min: 0, max: needs - 1 }), provider: fc.integer({ min: 0, max: providers - 1 }), cost: fc.integer({ min: 0, max: 20 }) }),
        { selector: (e) => `${e.need}/${e.provider}`, maxLength: needs * providers },
      ),
    }),
  );

describe('solveAssignment', () => {
  it('meets the nearer of two needs competing for one place', () => {
    const solution = solveAssignment({ needs: 2, providers: 1, tier: [0, 0], capacity: [1], start: [0, 1, 2], target: [0, 0], cost: [5, 2] });
    expect([...solution.provider]).toEqual([-1, 0]);
  });

  it('meets a need of a higher tier before a nearer one of a lower tier', () => {
    const solution = solveAssignment({ needs: 2, providers: 1, tier: [1, 0], capacity: [1], start: [0, 1, 2], target: [0, 0], cost: [1, 900] });
    expect([...solution.provider]).toEqual([-1, 0]);
  });

  it('moves a need to its second provider so that one more need is met', () => {
    // n0 can go to p0 (1 m) or p1 (10 m); n1 only to p0 (3 m); capacity 1 each: both met, 13 m in all.
    const solution = solveAssignment({ needs: 2, providers: 2, tier: [0, 0], capacity: [1, 1], start: [0, 2, 3], target: [0, 1, 0], cost: [1, 10, 3] });
    expect([...solution.provider]).toEqual([1, 0]);
    expect([...solution.cost]).toEqual([10, 3]);
  });

  it('is as good as brute force on small cases (needs met per tier, then distance)', () => {
    fc.assert(
      fc.property(small, (s) => {
        const solution = solveAssignment(toProblem(s));
        // Feasible: each need on one of its candidates, capacities kept.
        const load = s.capacity.map(() => 0);
        solution.provider.forEach((p, n) => {
          if (p < 0) return;
          expect(s.edges.some((e) => e.need === n && e.provider === p)).toBe(true);
          load[p]!++;
        });
        load.forEach((l, p) => expect(l).toBeLessThanOrEqual(s.capacity[p]!));
        expect(objective(s, solution.provider, s.tiers)).toEqual(bruteForce(s, s.tiers));
      }),
      { numRuns: 3000, seed: 20 },
    );
  });
});
