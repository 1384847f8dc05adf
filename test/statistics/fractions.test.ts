import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { average, countForPercent, share, wholePercent } from '../../src/statistics/fractions.js';

describe('share and average', () => {
  it('keep the counts unreduced and give the quotient', () => {
    expect(share(262, 308)).toEqual({ numerator: 262, denominator: 308, ratio: 262 / 308 });
    expect(share(0, 0)).toEqual({ numerator: 0, denominator: 0, ratio: null });
    expect(average(2631, 2)).toEqual({ total: 2631, count: 2, value: 1315.5 });
    expect(average(0, 0)).toEqual({ total: 0, count: 0, value: null });
  });
});

describe('wholePercent', () => {
  it.each([
    [262, 308, 85], // 85.06%
    [1340, 1558, 86], // 86.01%
    [901, 1580, 57], // 57.03%
    [1, 8, 13], // 12.5% rounds half up
    [169, 200, 85], // 84.5% rounds half up
    [1689, 2000, 84], // 84.45%
    [308, 308, 100],
    [0, 5, 0],
  ])('%i / %i is %i%%', (numerator, denominator, expected) => {
    expect(wholePercent(share(numerator, denominator))).toBe(expected);
  });

  it('is null without a denominator', () => {
    expect(wholePercent(share(0, 0))).toBeNull();
  });

  it('agrees with rounding half up in exact decimal arithmetic (BigInt), for any counts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (d, n0) => {
        const n = n0 % (d + 1);
        // round(100n/d) half up  ⇔  floor((200n + d) / 2d), checked here with BigInt by the definition of rounding:
        const r = BigInt(wholePercent(share(n, d)) ?? -1);
        const twice = 200n * BigInt(n); // 2 · 100n
        return (2n * r - 1n) * BigInt(d) <= twice && twice < (2n * r + 1n) * BigInt(d);
      }),
    );
  });
});

describe('countForPercent', () => {
  it.each([
    [85, 308, 262],
    [86, 1558, 1340],
    [57, 1580, 901],
    [100, 308, 308],
    [0, 308, 0],
  ])('%i%% of %i is %i', (percent, denominator, expected) => {
    expect(countForPercent(percent, denominator)).toBe(expected);
  });

  it('may not round back with a small denominator (1% of 101 is 2, 1.98%)', () => {
    expect(countForPercent(1, 101)).toBe(2);
    expect(wholePercent(share(2, 101))).toBe(2);
  });

  it('is the smallest count reaching the percentage, and rounds back to it when the denominator exceeds 200', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 201, max: 100_000 }), (p, d) => {
        const n = countForPercent(p, d);
        return 100 * n >= p * d && 100 * (n - 1) < p * d && wholePercent(share(n, d)) === p;
      }),
    );
  });
});
