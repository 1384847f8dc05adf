import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MoneyError } from '../../src/errors.js';
import { allocate, money, yuan } from '../../src/money/index.js';

const fens = (shares: readonly { fen: number }[]) => shares.map((share) => share.fen);

describe('allocate', () => {
  it('splits 100 fen three ways as 34, 33, 33', () => {
    expect(fens(allocate(money(100), [1, 1, 1]))).toEqual([34, 33, 33]);
  });

  it('mirrors a negative amount', () => {
    expect(fens(allocate(money(-100), [1, 1, 1]))).toEqual([-34, -33, -33]);
  });

  it('gives the leftover fen to the largest remainder', () => {
    // quotas 33.33… and 66.66…: the remainder .66… is larger
    expect(fens(allocate(money(100), [1, 2]))).toEqual([33, 67]);
    // quotas 2.5, 3.5, 4.0 → floors 2, 3, 4 leave 1 fen; remainders tie at .5: the earlier index wins
    expect(fens(allocate(money(10), [5, 7, 8]))).toEqual([3, 3, 4]);
  });

  it('breaks ties by the earlier index', () => {
    expect(fens(allocate(money(1), [1, 1]))).toEqual([1, 0]);
    expect(fens(allocate(money(5), [1, 1, 1, 1, 1, 1, 1]))).toEqual([1, 1, 1, 1, 1, 0, 0]);
  });

  it('gives nothing to zero weights', () => {
    expect(fens(allocate(money(10), [0, 1, 0]))).toEqual([0, 10, 0]);
    expect(fens(allocate(yuan(3_000_000), [2, 1, 0]))).toEqual([200_000_000, 100_000_000, 0]);
    expect(fens(allocate(money(0), [3, 4]))).toEqual([0, 0]);
  });

  it('splits the 500万元 venture budget evenly over 35 projects', () => {
    // 500,000,000 ÷ 35 = 14,285,714.28…; 35 × 14,285,714 = 499,999,990, so the first 10 get one fen more.
    const shares = fens(allocate(yuan(5_000_000), new Array<number>(35).fill(1)));
    expect(shares.slice(0, 10)).toEqual(new Array<number>(10).fill(14_285_715));
    expect(shares.slice(10)).toEqual(new Array<number>(25).fill(14_285_714));
  });

  it('stays exact at the end of the safe range', () => {
    const max = Number.MAX_SAFE_INTEGER; // 9,007,199,254,740,991 = 3 × 3,002,399,751,580,330 + 1
    expect(fens(allocate(money(max), [1, 1, 1]))).toEqual([
      3_002_399_751_580_331, 3_002_399_751_580_330, 3_002_399_751_580_330,
    ]);
  });

  it.each([
    ['no weights', []],
    ['a negative weight', [1, -1]],
    ['all zeros', [0, 0]],
    ['a fractional weight', [1.5, 1]],
    ['NaN', [Number.NaN]],
    ['a hole', [, 1]],
    ['a string', ['1']],
  ] as Array<[string, number[]]>)('refuses %s', (_what, weights) => {
    expect(() => allocate(money(100), weights)).toThrow(MoneyError);
  });

  it('refuses a non-Money amount and a non-array', () => {
    expect(() => allocate({ fen: 1.5 }, [1])).toThrow(MoneyError);
    expect(() => allocate(money(1), 'abc' as never)).toThrow(MoneyError);
  });

  const weights = fc
    .array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1000 }), fc.maxSafeInteger().map(Math.abs)), {
      minLength: 1,
      maxLength: 40,
    })
    .filter((list) => list.some((weight) => weight > 0));

  it('property: the shares sum to the amount, and each is within one fen of its exact quota', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), weights, (fen, list) => {
        const shares = allocate(money(fen), list);
        expect(shares).toHaveLength(list.length);
        const total = list.reduce((acc, weight) => acc + BigInt(weight), 0n);
        expect(shares.reduce((acc, share) => acc + BigInt(share.fen), 0n)).toBe(BigInt(fen));
        shares.forEach((share, index) => {
          // |share − fen·w/W| < 1  ⇔  |share·W − fen·w| < W
          const gap = BigInt(share.fen) * total - BigInt(fen) * BigInt(list[index] ?? 0);
          expect(gap < total && gap > -total).toBe(true);
          if (list[index] === 0) expect(share.fen).toBe(0);
        });
      }),
    );
  });

  it('property: it does not mutate the weights, and the result does not depend on anything but the arguments', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), weights, (fen, list) => {
        const frozen = Object.freeze([...list]);
        const first = allocate(money(fen), frozen);
        expect(frozen).toEqual(list);
        expect(allocate(money(fen), [...list])).toEqual(first);
      }),
    );
  });
});
