import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../../src/errors.js';
import { dateBetween, shuffled, splitTotal } from '../../../src/datasets/kunshan/exact.js';
import { kunshanPlan } from '../../../src/datasets/kunshan/plan.js';
import { planTopology } from '../../../src/datasets/kunshan/topology.js';
import { createRandom } from '../../../src/datasets/random.js';
import { referenceCommunities } from '../../../src/datasets/reference-communities.js';

describe('splitTotal', () => {
  it('splits a total into bounded parts that add up exactly', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }), fc.nat(), (seed, parts, min, span, at) => {
        const max = min + span;
        const total = parts * min + (at % (parts * span + 1));
        const values = splitTotal(createRandom(seed), total, parts, min, max);
        return values.length === parts && values.reduce((a, b) => a + b, 0) === total && values.every((v) => v >= min && v <= max);
      }),
    );
  });

  it('throws InvalidOptionError for a total out of reach', () => {
    expect(() => splitTotal(createRandom(1), 100, 5, 1, 10)).toThrow(InvalidOptionError);
    expect(() => splitTotal(createRandom(1), 4, 5, 1, 10)).toThrow(InvalidOptionError);
  });
});

describe('shuffled and dateBetween', () => {
  it('shuffle without losing or changing the input', () => {
    const input = Object.freeze([1, 2, 3, 4, 5]);
    expect([...shuffled(createRandom(3), input)].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('picks dates in range, both ends included', () => {
    const random = createRandom(5);
    const dates = Array.from({ length: 200 }, () => dateBetween(random, '2013-06-29', '2013-06-30'));
    expect(new Set(dates)).toEqual(new Set(['2013-06-29', '2013-06-30']));
  });
});

describe('planTopology', () => {
  it('plans exactly the centres asked for, every community with exactly one main centre', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 2, max: 400 }), fc.integer({ min: 55, max: 200 }), (seed, communities, percent) => {
        const centers = Math.max(1, Math.round((communities * percent) / 100));
        const plan = planTopology(createRandom(seed), communities, centers);
        const main = new Map<number, number>();
        for (const c of plan.centers) if (!c.second) for (const i of c.communities) main.set(i, (main.get(i) ?? 0) + 1);
        return (
          plan.centers.length === centers &&
          main.size === communities &&
          [...main.values()].every((n) => n === 1) &&
          plan.centers.every((c) => !c.second || c.communities.length === 1)
        );
      }),
    );
  });

  it('gives Kunshan’s urban and rural plans shared centres and second centres', () => {
    const urban = planTopology(createRandom(1), 153, 128);
    expect(urban.centers).toHaveLength(128);
    expect(urban.centers.some((c) => c.communities.length === 2)).toBe(true);
    expect(urban.centers.some((c) => c.second)).toBe(true);
    const rural = planTopology(createRandom(2), 151, 175);
    expect(rural.centers).toHaveLength(175);
    expect(rural.centers.filter((c) => c.second).length).toBeGreaterThanOrEqual(24);
  });
});

describe('kunshanPlan', () => {
  it('takes the reference communities’ share off the report’s figures (worked out by hand)', () => {
    const plan = kunshanPlan(referenceCommunities());
    // 155 urban less 炎武 and 里厍; 153 rural less 大潭 and 泾河; 130 / 177 centres less two reference centres each.
    expect([plan.urban.communities, plan.rural.communities, plan.urban.centers, plan.rural.centers]).toEqual([153, 151, 128, 175]);
    // 85% of 308: the smallest count reaching 85% is 262 (261.8 rounded up); no reference community lists 20 items.
    expect(plan.reachingItems).toBe(262);
    // 86% of 1558 = 1339.88 → 1340; 57% of 1580 = 900.6 → 901.
    expect([plan.urban.professionalised, plan.rural.professionalised]).toEqual([1340, 901]);
    // Urban: 154 communities with a known area (炎武 has none) at 1315.5 m² = 202,587 m², less 里厍's 500.
    expect(plan.urban.floorArea).toBe(202_587 - 500);
    // Rural: 152 communities (泾河 has none) at 1274.5 m² = 193,724 m², less 大潭's 1300.
    expect(plan.rural.floorArea).toBe(193_724 - 1300);
    // 262 junior and 54 intermediate, split 166 + 82 + 14 and 34 + 18 + 2.
    expect([plan.urban.certified, plan.rural.certified, plan.centerStaffCertified]).toEqual([
      { junior: 166, intermediate: 34 },
      { junior: 82, intermediate: 18 },
      { junior: 14, intermediate: 2 },
    ]);
  });
});

describe('planTopology misuse', () => {
  it('throws InvalidOptionError without a centre, or with more than twice as many communities as centres', () => {
    expect(() => planTopology(createRandom(1), 5, 0)).toThrow(InvalidOptionError);
    expect(() => planTopology(createRandom(1), 7, 3)).toThrow(InvalidOptionError);
  });
});
