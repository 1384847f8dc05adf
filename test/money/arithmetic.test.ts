import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MoneyError } from '../../src/errors.js';
import { add, compare, equals, isZero, max, min, money, subtract, sum, yuan } from '../../src/money/index.js';

const MAX = Number.MAX_SAFE_INTEGER;
const halfRange = fc.integer({ min: -Math.floor(MAX / 2), max: Math.floor(MAX / 2) }).map(money);
const anyMoney = fc.maxSafeInteger().map(money);

describe('add, subtract, sum', () => {
  it('adds and subtracts exactly', () => {
    expect(add(yuan(590), yuan('0.50'))).toEqual({ fen: 59_050 });
    expect(subtract(yuan(5_000_000), yuan(5_200_000))).toEqual({ fen: -20_000_000 });
    expect(Object.is(subtract(money(7), money(7)).fen, 0)).toBe(true);
    // 500万元 + 300万元 = 800万元 = 800,000,000 fen
    expect(sum([yuan(5_000_000), yuan(3_000_000)])).toEqual({ fen: 800_000_000 });
    expect(sum([])).toEqual({ fen: 0 });
  });

  it('refuses results past the safe range', () => {
    expect(() => add(money(MAX), money(1))).toThrow(MoneyError);
    expect(() => subtract(money(-MAX), money(1))).toThrow(MoneyError);
    expect(add(money(MAX), money(-1)).fen).toBe(MAX - 1);
    expect(() => sum([money(MAX), money(MAX)])).toThrow(MoneyError);
  });

  it('only needs the total of a sum in range, not every partial sum', () => {
    expect(sum([money(MAX), money(1), money(-1)]).fen).toBe(MAX);
  });

  it('refuses arguments that are not Money', () => {
    expect(() => add({ fen: 0.5 }, money(1))).toThrow(MoneyError);
    expect(() => subtract(money(1), undefined as never)).toThrow(MoneyError);
    expect(() => sum([money(1), { fen: Number.NaN }])).toThrow(/amounts\[1\]/);
  });

  it('property: subtract undoes add, and add undoes subtract', () => {
    fc.assert(
      fc.property(halfRange, halfRange, (a, b) => {
        expect(subtract(add(a, b), b)).toEqual(a);
        expect(add(subtract(a, b), b)).toEqual(a);
      }),
    );
  });

  it('property: sum agrees with adding one by one when in range', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e12, max: 1e12 }).map(money), { maxLength: 50 }), (list) => {
        expect(sum(list)).toEqual(list.reduce(add, money(0)));
      }),
    );
  });
});

describe('compare, equals, isZero, min, max', () => {
  it('orders amounts', () => {
    expect(compare(yuan(590), yuan(1370))).toBe(-1);
    expect(compare(yuan(1370), yuan(590))).toBe(1);
    expect(compare(yuan('1370.00'), money(137_000))).toBe(0);
    expect([yuan(3), yuan(-1), yuan(2)].sort(compare).map((m) => m.fen)).toEqual([-100, 200, 300]);
    expect(equals(yuan('1370.00'), money(137_000))).toBe(true);
    expect(equals(money(1), money(-1))).toBe(false);
    expect(isZero(money(-0))).toBe(true);
    expect(isZero(money(1))).toBe(false);
  });

  it('picks the smallest and the largest', () => {
    expect(min(yuan(5_000_000), yuan(3_000_000))).toEqual({ fen: 300_000_000 });
    expect(max(yuan(590), yuan(1370), yuan(0))).toEqual({ fen: 137_000 });
    expect(min(money(-4))).toEqual({ fen: -4 });
    expect(() => max({ fen: 1.5 })).toThrow(MoneyError);
    expect(() => min(money(1), { fen: 'x' } as never)).toThrow(MoneyError);
  });

  it('property: compare is antisymmetric and min/max bound every argument', () => {
    fc.assert(
      fc.property(anyMoney, fc.array(anyMoney, { maxLength: 10 }), (first, rest) => {
        const all = [first, ...rest];
        const lo = min(first, ...rest);
        const hi = max(first, ...rest);
        for (const m of all) {
          expect(compare(lo, m)).toBeLessThanOrEqual(0);
          expect(compare(hi, m)).toBeGreaterThanOrEqual(0);
          expect(compare(m, first) + compare(first, m)).toBe(0);
        }
        expect(all).toContain(lo);
        expect(all).toContain(hi);
      }),
    );
  });
});
