import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidOptionError, MoneyError } from '../../src/errors.js';
import { locales } from '../../src/locale.js';
import { moneyWording } from '../../src/money/messages.js';
import { formatMoney, money, moneyUnits, parseMoney, yuan } from '../../src/money/index.js';

// The report's amounts, in yuan, with the text a reader expects in each locale (worked out by hand).
const reportAmounts: Array<[yuanAmount: number, zh: string, en: string]> = [
  [5_000_000, '500万元', 'CNY 5 million'], // 公益创投
  [3_000_000, '300万元', 'CNY 3 million'], // 招投标试点
  [340_000_000, '3.4亿元', 'CNY 340 million'], // 提升工程
  [1_200_000, '120万元', 'CNY 1.2 million'], // 社区服务网
  [9_000_000, '900万元', 'CNY 9 million'], // 泾河村服务中心
  [590, '590元', 'CNY 590'], // 低保
  [1_370, '1,370元', 'CNY 1,370'], // 最低工资
  [2_547_000, '254.7万元', 'CNY 2.547 million'], // 住房补贴
  [310_000_000, '3.1亿元', 'CNY 310 million'], // 创业小额贷款
  [1_900_000_000, '19亿元', 'CNY 1.9 billion'], // 公积金贷款
];

describe('formatMoney', () => {
  it.each(reportAmounts)('writes %i 元 as %j and %j', (amount, zh, en) => {
    expect(formatMoney(yuan(amount))).toBe(zh);
    expect(formatMoney(yuan(amount), { locale: 'zh-CN', unit: 'auto' })).toBe(zh);
    expect(formatMoney(yuan(amount), { locale: 'en' })).toBe(en);
  });

  it.each(reportAmounts)('reads back %i 元 from its text in both locales', (amount, zh, en) => {
    expect(parseMoney(zh)).toEqual(yuan(amount));
    expect(parseMoney(en)).toEqual(yuan(amount));
  });

  it('writes a chosen unit', () => {
    expect(formatMoney(yuan(340_000_000), { unit: 'yi' })).toBe('3.4亿元');
    expect(formatMoney(yuan(340_000_000), { unit: 'wan' })).toBe('34,000万元');
    expect(formatMoney(yuan(340_000_000), { unit: 'yuan' })).toBe('340,000,000元');
    expect(formatMoney(yuan(5_000_000), { unit: 'wan' })).toBe('500万元');
    expect(formatMoney(yuan(590), { unit: 'wan' })).toBe('0.059万元');
    expect(formatMoney(yuan(590), { unit: 'yi' })).toBe('0.0000059亿元');
    expect(formatMoney(money(1), { unit: 'yi' })).toBe('0.0000000001亿元');
    expect(formatMoney(yuan(340_000_000), { locale: 'en', unit: 'yi' })).toBe('CNY 0.34 billion');
    expect(formatMoney(yuan(340_000_000), { locale: 'en', unit: 'wan' })).toBe('CNY 340 million');
    expect(formatMoney(yuan(340_000_000), { locale: 'en', unit: 'yuan' })).toBe('CNY 340,000,000');
  });

  it('shows fen as two decimals in yuan, and trims trailing zeros in scaled units', () => {
    expect(formatMoney(yuan('1370.5'))).toBe('1,370.50元');
    expect(formatMoney(yuan('1370.05'))).toBe('1,370.05元');
    expect(formatMoney(money(5))).toBe('0.05元');
    expect(formatMoney(yuan('1370.5'), { locale: 'en' })).toBe('CNY 1,370.50');
    expect(formatMoney(yuan(1_125_000))).toBe('112.5万元');
    expect(formatMoney(yuan(600_000))).toBe('60万元');
  });

  it('picks the auto unit by size and exactness (at most 4 decimals)', () => {
    expect(formatMoney(yuan(9_999))).toBe('9,999元');
    expect(formatMoney(yuan(15_000))).toBe('1.5万元');
    expect(formatMoney(yuan(15_000), { locale: 'en' })).toBe('CNY 15,000');
    expect(formatMoney(yuan('12345.67'))).toBe('12,345.67元'); // not whole yuan: 万元 would need 6 decimals
    expect(formatMoney(yuan(123_456_789))).toBe('12,345.6789万元'); // 亿元 would need 8 decimals
    expect(formatMoney(yuan(123_456_789), { locale: 'en' })).toBe('CNY 123,456,789'); // million would need 6
    expect(formatMoney(yuan(1_234_500), { locale: 'en' })).toBe('CNY 1.2345 million');
    expect(formatMoney(yuan(100_000_000))).toBe('1亿元');
    expect(formatMoney(yuan(100_005_000))).toBe('10,000.5万元'); // 1.00005亿 needs 5 decimals
    expect(formatMoney(money(0))).toBe('0元');
    expect(formatMoney(money(0), { locale: 'en' })).toBe('CNY 0');
  });

  it('writes negative amounts with a leading minus on the number', () => {
    expect(formatMoney(yuan(-200_000))).toBe('-20万元');
    expect(formatMoney(yuan(-200_000), { locale: 'en' })).toBe('CNY -200,000');
    expect(formatMoney(money(-5))).toBe('-0.05元');
    expect(formatMoney(yuan(-1_900_000_000), { locale: 'en' })).toBe('CNY -1.9 billion');
  });

  it('writes the largest amounts exactly', () => {
    expect(formatMoney(money(Number.MAX_SAFE_INTEGER), { unit: 'yuan' })).toBe('90,071,992,547,409.91元');
    expect(formatMoney(money(-Number.MAX_SAFE_INTEGER), { unit: 'yi' })).toBe('-900,719.9254740991亿元');
  });

  it('refuses unknown units and locales, and non-Money amounts', () => {
    expect(() => formatMoney(money(1), { unit: 'jiao' as never })).toThrow(InvalidOptionError);
    expect(() => formatMoney(money(1), { locale: 'fr' as never })).toThrow(InvalidOptionError);
    expect(() => formatMoney({ fen: 0.1 })).toThrow(MoneyError);
  });

  it('has wording for every unit in every locale', () => {
    for (const locale of locales) {
      for (const unit of moneyUnits) {
        expect(typeof moneyWording[locale].amount[unit]('1')).toBe('string');
        expect(Number.isInteger(moneyWording[locale].yuanExponent[unit])).toBe(true);
      }
    }
  });

  const options = fc.record({
    locale: fc.constantFrom(...locales),
    unit: fc.constantFrom(...moneyUnits, 'auto' as const),
  });

  it('property: parseMoney reads back exactly what formatMoney writes, in every unit and locale', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.maxSafeInteger(),
          fc.integer({ min: -1e6, max: 1e6 }),
          fc.integer({ min: 0, max: 1e5 }).map((n) => n * 1_000_000),
        ),
        options,
        (fen, opts) => {
          expect(parseMoney(formatMoney(money(fen), opts))).toEqual(money(fen));
        },
      ),
    );
  });

  it('property: auto never writes more than 4 decimals in a scaled unit, nor a scaled amount below 1', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.maxSafeInteger(),
          fc.integer({ min: 0, max: 1e7 }).map((n) => n * 10_000),
        ),
        fc.constantFrom(...locales),
        (fen, locale) => {
          const text = formatMoney(money(fen), { locale });
          if (/[万亿]元$|million$|billion$/.test(text)) {
            const number = /-?([\d,]+)(?:\.(\d+))?/.exec(text);
            expect((number?.[2] ?? '').length).toBeLessThanOrEqual(4);
            expect(number?.[1]).not.toBe('0');
          }
        },
      ),
    );
  });

  it('property: it does not mutate its arguments', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), options, (fen, opts) => {
        const amount = money(fen);
        const frozen = Object.freeze({ ...opts });
        formatMoney(amount, frozen);
        expect(amount.fen).toBe(fen);
        expect(frozen).toEqual(opts);
      }),
    );
  });
});
