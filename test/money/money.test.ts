import { describe, expect, it } from 'vitest';
import { MoneyError } from '../../src/errors.js';
import { fromFen, isMoney, money, toYuanString, yuan } from '../../src/money/index.js';

const MAX = Number.MAX_SAFE_INTEGER; // 9,007,199,254,740,991 fen

describe('money', () => {
  it('holds an integer number of fen in a frozen value', () => {
    const amount = money(137_000);
    expect(amount).toEqual({ fen: 137_000 });
    expect(Object.isFrozen(amount)).toBe(true);
    expect(() => {
      (amount as { fen: number }).fen = 1;
    }).toThrow(TypeError);
  });

  it('stores -0 as 0 and accepts negative amounts and the ends of the safe range', () => {
    expect(Object.is(money(-0).fen, 0)).toBe(true);
    expect(money(-5).fen).toBe(-5);
    expect(money(MAX).fen).toBe(MAX);
    expect(money(-MAX).fen).toBe(-MAX);
  });

  it.each([0.5, Number.NaN, Number.POSITIVE_INFINITY, MAX + 1, -(MAX + 1), 2 ** 60])('refuses %s fen', (fen) => {
    expect(() => money(fen)).toThrow(MoneyError);
  });

  it('refuses what is not a number', () => {
    expect(() => money('5' as never)).toThrow(MoneyError);
    expect(() => money(5n as never)).toThrow(MoneyError);
  });
});

describe('fromFen', () => {
  it('takes bigint results of exact arithmetic', () => {
    expect(fromFen(34_000_000_000n)).toEqual({ fen: 34_000_000_000 });
    expect(fromFen(9_007_199_254_740_991n).fen).toBe(MAX);
    expect(fromFen(-9_007_199_254_740_991n).fen).toBe(-MAX);
    expect(Object.is(fromFen(-0).fen, 0)).toBe(true);
    expect(Object.isFrozen(fromFen(1n))).toBe(true);
  });

  it('refuses anything past ±MAX_SAFE_INTEGER fen', () => {
    expect(() => fromFen(9_007_199_254_740_992n)).toThrow(MoneyError);
    expect(() => fromFen(-9_007_199_254_740_992n)).toThrow(MoneyError);
    expect(() => fromFen(1.5)).toThrow(MoneyError);
  });
});

describe('isMoney', () => {
  it('accepts objects with safe integer fen only', () => {
    expect(isMoney(money(590))).toBe(true);
    expect(isMoney({ fen: 3 })).toBe(true);
    expect(isMoney({ fen: 1.5 })).toBe(false);
    expect(isMoney({ fen: '3' })).toBe(false);
    expect(isMoney(null)).toBe(false);
    expect(isMoney(3)).toBe(false);
  });
});

describe('yuan', () => {
  it.each([
    [590, 59_000],
    [1370, 137_000],
    [-20, -2_000],
    [0, 0],
    ['1370.50', 137_050],
    ['1370.5', 137_050],
    ['-0.05', -5],
    ['+12', 1_200],
    ['1.500', 150], // trailing zeros beyond the fen do not change the value
    ['0.01', 1],
    ['90071992547409.91', MAX],
    [90_071_992_547_409, 9_007_199_254_740_900],
  ] as const)('yuan(%j) is %i fen', (input, fen) => {
    expect(yuan(input).fen).toBe(fen);
  });

  it('refuses numbers with a fraction, and says how to write them', () => {
    expect(() => yuan(1370.5)).toThrow(MoneyError);
    expect(() => yuan(0.1)).toThrow(/yuan\('0\.1'\)/);
    expect(() => yuan(Number.NaN)).toThrow(MoneyError);
    expect(() => yuan(Number.POSITIVE_INFINITY)).toThrow(MoneyError);
  });

  it.each(['1.005', '1,370', '', ' 5', '1e3', '.5', '5.', 'abc', '--1', '90071992547409.92', '１２'])(
    'refuses the string %j',
    (input) => {
      expect(() => yuan(input)).toThrow(MoneyError);
    },
  );

  it('refuses amounts past the safe range and values of other types', () => {
    expect(() => yuan(90_071_992_547_410)).toThrow(MoneyError); // 9,007,199,254,741,000 fen
    expect(() => yuan(null as never)).toThrow(MoneyError);
  });
});

describe('toYuanString', () => {
  it.each([
    [137_050, '1370.50'],
    [137_000, '1370'],
    [-5, '-0.05'],
    [5, '0.05'],
    [0, '0'],
    [10, '0.10'],
    [MAX, '90071992547409.91'],
  ])('writes %i fen as %j', (fen, text) => {
    expect(toYuanString(money(fen))).toBe(text);
    expect(yuan(text).fen).toBe(fen);
  });
});
