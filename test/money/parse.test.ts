import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MoneyError } from '../../src/errors.js';
import { parseMoney, type ParseMoneyFailure } from '../../src/money/index.js';

describe('parseMoney', () => {
  it.each([
    ['3.4亿元', 34_000_000_000],
    ['500万元', 500_000_000],
    ['300万元', 300_000_000],
    ['120万元', 120_000_000],
    ['900万元', 900_000_000],
    ['254.7万元', 254_700_000],
    ['3.1亿元', 31_000_000_000],
    ['19亿元', 190_000_000_000],
    ['590元', 59_000],
    ['1370元', 137_000],
    ['1,370元', 137_000],
    ['1370.5元', 137_050],
    ['1,370.05元', 137_005],
    ['¥1,370', 137_000],
    ['￥１，３７０', 137_000],
    ['８０００', 800_000],
    ['ＣＮＹ\u3000５．５', 550], // full-width letters, ideographic space, full-width point
    ['8000', 800_000],
    ['５００万元', 500_000_000],
    [' 500 万元 ', 500_000_000],
    ['\u3000３.４亿元\u3000', 34_000_000_000],
    ['500万', 500_000_000],
    ['3.4亿', 34_000_000_000],
    ['人民币590元', 59_000],
    ['CNY 1,370', 137_000],
    ['cny1370.50', 137_050],
    ['RMB 590', 59_000],
    ['1370 yuan', 137_000],
    ['CNY 5 million', 500_000_000],
    ['CNY 2.547 million', 254_700_000],
    ['CNY 1.9 billion', 190_000_000_000],
    ['-20万元', -20_000_000],
    ['CNY -200,000', -20_000_000],
    ['-¥5', -500],
    ['+5元', 500],
    ['0.12345678亿元', 1_234_567_800],
    ['254.71234万元', 254_712_340], // five decimals of 万元 are still whole fen (10 fen)
    ['0.0000000001亿元', 1],
    ['1.500元', 150],
    ['007元', 700],
    ['90,071,992,547,409.91元', Number.MAX_SAFE_INTEGER],
  ])('reads %j as %i fen', (text, fen) => {
    const amount = parseMoney(text);
    expect(amount.fen).toBe(fen);
    expect(Object.isFrozen(amount)).toBe(true);
  });

  it('reads -0 as 0', () => {
    expect(Object.is(parseMoney('-0元').fen, 0)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['3.4.5元', 'syntax'],
    ['abc', 'syntax'],
    ['NaN', 'syntax'],
    ['Infinity', 'syntax'],
    ['1e3', 'syntax'],
    ['.5元', 'syntax'],
    ['5.元', 'syntax'],
    ['1,37,0元', 'syntax'],
    ['1370,5元', 'syntax'],
    ['0,370元', 'syntax'],
    ['五百万元', 'syntax'],
    ['500万元元', 'syntax'],
    ['100万亿元', 'syntax'],
    ['--5', 'syntax'],
    ['-¥-5', 'syntax'],
    ['5 元 6', 'syntax'],
    ['5角', 'syntax'],
    ['5²元', 'syntax'], // a superscript is not a digit
    ['①元', 'syntax'],
    ['٥元', 'syntax'], // Arabic-Indic five
    ['1.005元', 'fraction_of_fen'],
    ['0.00000000001亿元', 'fraction_of_fen'],
    ['254.7123456万元', 'fraction_of_fen'], // 2,547,123.456 元: a tenth of a fen too fine
    ['9007199254740992', 'out_of_range'],
    ['90071992547409.92元', 'out_of_range'],
    ['-9007199254740992元', 'out_of_range'],
    ['1000000亿元', 'out_of_range'],
    ['x'.repeat(101), 'too_long'],
  ] as Array<[string, ParseMoneyFailure]>)('refuses %j (%s), naming the input', (text, reason) => {
    let error: unknown;
    try {
      parseMoney(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MoneyError);
    const moneyError = error as MoneyError;
    expect(moneyError.code).toBe('INVALID_MONEY');
    expect(moneyError.details['reason']).toBe(reason);
    expect(moneyError.message).toContain(JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text));
  });

  it('refuses what is not a string', () => {
    for (const value of [123, null, undefined, Number.NaN, { fen: 1 }]) {
      expect(() => parseMoney(value as never)).toThrow(MoneyError);
    }
  });

  it('property: n 万元 is n × 1,000,000 fen and n 亿元 is n × 10,000,000,000 fen', () => {
    fc.assert(
      fc.property(fc.integer({ min: -900_000, max: 900_000 }), (n) => {
        expect(parseMoney(`${n}万元`).fen).toBe(n * 1_000_000);
        expect(parseMoney(`${n}亿元`).fen).toBe(n * 10_000_000_000);
      }),
    );
  });

  it('property: full-width digits read the same as ASCII digits', () => {
    const toFullWidth = (text: string) =>
      text.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const text = `${whole}.${String(cents).padStart(2, '0')}元`;
        expect(parseMoney(toFullWidth(text))).toEqual(parseMoney(text));
        expect(parseMoney(text).fen).toBe(whole * 100 + cents);
      }),
    );
  });

  it('property: never throws anything but MoneyError on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        try {
          parseMoney(text);
        } catch (error) {
          expect(error).toBeInstanceOf(MoneyError);
        }
      }),
    );
  });
});
