import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidOptionError, MoneyError } from '../../src/errors.js';
import { money, multiply, roundingModes, yuan, type RoundingMode } from '../../src/money/index.js';
import { divideRounded, resolveRounding } from '../../src/money/rounding.js';

// Tenths, rounded by hand: value ×10 → expected integer per mode.
const table: Array<[number, Record<RoundingMode, number>]> = [
  [25, { 'half-up': 3, 'half-even': 2, floor: 2, ceil: 3, down: 2 }],
  [35, { 'half-up': 4, 'half-even': 4, floor: 3, ceil: 4, down: 3 }],
  [-25, { 'half-up': -3, 'half-even': -2, floor: -3, ceil: -2, down: -2 }],
  [-35, { 'half-up': -4, 'half-even': -4, floor: -4, ceil: -3, down: -3 }],
  [24, { 'half-up': 2, 'half-even': 2, floor: 2, ceil: 3, down: 2 }],
  [26, { 'half-up': 3, 'half-even': 3, floor: 2, ceil: 3, down: 2 }],
  [-26, { 'half-up': -3, 'half-even': -3, floor: -3, ceil: -2, down: -2 }],
  [-21, { 'half-up': -2, 'half-even': -2, floor: -3, ceil: -2, down: -2 }],
  [5, { 'half-up': 1, 'half-even': 0, floor: 0, ceil: 1, down: 0 }],
  [30, { 'half-up': 3, 'half-even': 3, floor: 3, ceil: 3, down: 3 }],
  [0, { 'half-up': 0, 'half-even': 0, floor: 0, ceil: 0, down: 0 }],
];

describe('divideRounded', () => {
  for (const [tenths, expected] of table) {
    for (const mode of roundingModes) {
      it(`rounds ${tenths / 10} ${mode} to ${expected[mode]}`, () => {
        expect(divideRounded(BigInt(tenths), 10n, mode)).toBe(BigInt(expected[mode]));
        // The same value written with a negative divisor.
        expect(divideRounded(BigInt(-tenths), -10n, mode)).toBe(BigInt(expected[mode]));
      });
    }
  }

  it('refuses a zero divisor and a missing or unknown mode', () => {
    expect(() => divideRounded(1n, 0n, 'floor')).toThrow(InvalidOptionError);
    expect(() => divideRounded(1n, 2n, undefined as never)).toThrow(/rounding.*required/);
    expect(() => divideRounded(1n, 2n, 'half-down' as never)).toThrow(InvalidOptionError);
    expect(resolveRounding('ceil')).toBe('ceil');
  });

  const big = fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n });
  const divisor = fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).filter((d) => d !== 0n);

  it('property: floor, ceil and down bracket the exact quotient', () => {
    fc.assert(
      fc.property(big, divisor, (n, d) => {
        // Work with a positive divisor: n/d = (n·s)/(d·s), s = sign of d.
        const [p, q] = d < 0n ? [-n, -d] : [n, d];
        const f = divideRounded(n, d, 'floor');
        const c = divideRounded(n, d, 'ceil');
        expect(f * q <= p && p < (f + 1n) * q).toBe(true);
        expect((c - 1n) * q < p && p <= c * q).toBe(true);
        expect(divideRounded(n, d, 'down')).toBe(p < 0n ? c : f);
      }),
    );
  });

  it('property: half-up and half-even are within half a unit, and differ only on ties', () => {
    fc.assert(
      fc.property(big, divisor, (n, d) => {
        const [p, q] = d < 0n ? [-n, -d] : [n, d];
        for (const mode of ['half-up', 'half-even'] as const) {
          const r = divideRounded(n, d, mode);
          const distance = 2n * (p - r * q); // twice the error, times q
          expect(distance <= q && distance >= -q).toBe(true);
        }
        const up = divideRounded(n, d, 'half-up');
        const even = divideRounded(n, d, 'half-even');
        if (up !== even) {
          const truncated = divideRounded(n, d, 'down');
          expect(2n * (p - truncated * q)).toBe(p < 0n ? -q : q); // exactly half-way: a tie
          expect(even % 2n).toBe(0n);
        }
      }),
    );
  });

  it('property: on a tie k + ½, half-even picks the even neighbour and half-up the one away from zero', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (k) => {
        const odd = 2n * k + 1n; // (2k+1)/2 = k + ½
        const even = divideRounded(odd, 2n, 'half-even');
        expect(even === k || even === k + 1n).toBe(true);
        expect(even % 2n).toBe(0n);
        expect(divideRounded(odd, 2n, 'half-up')).toBe(odd > 0n ? k + 1n : k);
      }),
    );
  });
});

describe('multiply', () => {
  it('computes community work funds: 15,000 元 per 100 households × 7,500 households = 1,125,000 元', () => {
    expect(multiply(money(1_500_000), { numerator: 7_500, denominator: 100 }, 'half-up')).toEqual({
      fen: 112_500_000,
    });
    // 8,000 元 per 100 households × 7,500 households = 600,000 元
    expect(multiply(yuan(8_000), { numerator: 7_500, denominator: 100 }, 'half-up')).toEqual({ fen: 60_000_000 });
  });

  it('rounds half a fen by the mode asked for', () => {
    const half = { numerator: 1, denominator: 2 };
    expect(multiply(money(5), half, 'half-even').fen).toBe(2); // 2.5 → 2
    expect(multiply(money(7), half, 'half-even').fen).toBe(4); // 3.5 → 4
    expect(multiply(money(5), half, 'half-up').fen).toBe(3);
    expect(multiply(money(-5), half, 'half-up').fen).toBe(-3);
    expect(multiply(money(-5), half, 'half-even').fen).toBe(-2);
  });

  it('rounds a third of ±100 fen', () => {
    const third = { numerator: 1, denominator: 3 };
    expect(roundingModes.map((mode) => multiply(money(100), third, mode).fen)).toEqual([33, 33, 33, 34, 33]);
    expect(roundingModes.map((mode) => multiply(money(-100), third, mode).fen)).toEqual([-33, -33, -34, -33, -33]);
    expect(multiply(money(100), { numerator: 1, denominator: -3 }, 'floor').fen).toBe(-34);
  });

  it('multiplies by an integer and stays exact where floats would not', () => {
    expect(multiply(yuan(590), 3, 'down')).toEqual({ fen: 177_000 });
    const max = Number.MAX_SAFE_INTEGER;
    expect(multiply(money(max), { numerator: max, denominator: max }, 'down').fen).toBe(max);
    // 0.29 × 100 is 28.999999999999996 in floats; as a ratio it is exact.
    expect(multiply(money(100), { numerator: 29, denominator: 100 }, 'floor').fen).toBe(29);
  });

  it('refuses float ratios, zero denominators, missing rounding and products past the safe range', () => {
    expect(() => multiply(money(100), 0.75, 'floor')).toThrow(InvalidOptionError);
    expect(() => multiply(money(100), { numerator: 1, denominator: 0 }, 'floor')).toThrow(InvalidOptionError);
    expect(() => multiply(money(100), { numerator: 1.5, denominator: 2 }, 'floor')).toThrow(InvalidOptionError);
    expect(() => multiply(money(100), null as never, 'floor')).toThrow(InvalidOptionError);
    expect(() => (multiply as (m: unknown, r: unknown) => unknown)(money(100), 2)).toThrow(InvalidOptionError);
    expect(() => multiply(money(Number.MAX_SAFE_INTEGER), 2, 'down')).toThrow(MoneyError);
    expect(() => multiply({ fen: 0.5 }, 2, 'down')).toThrow(MoneyError);
  });

  it('property: multiplying by 1 (or k/k) is the identity for every rounding', () => {
    fc.assert(
      fc.property(
        fc.maxSafeInteger(),
        fc.integer({ min: 1, max: 1e9 }),
        fc.constantFrom(...roundingModes),
        (fen, k, mode) => {
          expect(multiply(money(fen), 1, mode)).toEqual(money(fen));
          expect(multiply(money(fen), { numerator: k, denominator: k }, mode)).toEqual(money(fen));
        },
      ),
    );
  });
});
