import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMinimumWage } from '../../src/calculators/index.js';
import { explain, MoneyError, NoValueInForceError } from '../../src/index.js';
import { money, yuan } from '../../src/money/index.js';
import { deepFreeze } from '../helpers.js';

const asOf = '2013-06-30';

describe('checkMinimumWage — 1,370 元 a month (paragraph 9)', () => {
  it('a wage of 1,200 元 falls 170 元 short', () => {
    const result = checkMinimumWage(yuan(1_200), { asOf });
    expect(result).toMatchObject({ meets: false, minimum: yuan(1_370), shortfall: yuan(170), wage: yuan(1_200) });
  });

  it('1,370 元 exactly meets it; one fen less does not', () => {
    expect(checkMinimumWage(yuan(1_370), { asOf })).toMatchObject({ meets: true, shortfall: { fen: 0 } });
    expect(checkMinimumWage(yuan('1369.99'), { asOf })).toMatchObject({ meets: false, shortfall: { fen: 1 } });
  });

  it('throws for misuse', () => {
    expect(() => checkMinimumWage(1370 as never, { asOf })).toThrow(MoneyError);
    expect(() => checkMinimumWage(yuan(1_370), { asOf: '2012-06-30' })).toThrow(NoValueInForceError);
  });

  it('property: shortfall = max(0, 137,000 − wage) fen; the wage is untouched', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (fen) => {
        const wage = deepFreeze(money(fen));
        const result = checkMinimumWage(wage, { asOf });
        expect(result.shortfall.fen).toBe(Math.max(0, 137_000 - fen));
        expect(result.meets).toBe(fen >= 137_000);
        expect(wage).toEqual({ fen });
      }),
    );
  });

  it('explains itself in both languages', () => {
    const result = checkMinimumWage(yuan(1_200), { asOf });
    const zh = explain(result);
    expect(zh).toContain('- 2013年企业最低工资标准:每人每月 1,370元\n  参数 wage.minimum = 1,370 元/人·月');
    expect(zh).toContain('- 结论:1,200元 < 1,370元,低于最低工资标准,差 170元');
    const en = explain(result, { locale: 'en' });
    expect(en).toContain('- Result: CNY 1,200 < CNY 1,370: below the minimum wage by CNY 170');
    expect(explain(checkMinimumWage(yuan(1_500), { asOf }), { locale: 'en' })).toContain('- Result: CNY 1,500 ≥ CNY 1,370: meets the minimum wage');
  });
});
