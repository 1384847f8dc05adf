import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { subsistenceAllowance } from '../../src/calculators/index.js';
import { explain, NoValueInForceError } from '../../src/index.js';
import { money, yuan } from '../../src/money/index.js';
import { deepFreeze } from '../helpers.js';

const asOf = '2013-06-30';

describe('subsistenceAllowance — 590 元 per person a month (paragraph 9)', () => {
  it('tops a household of 3 with 1,200 元 up to 3 × 590 = 1,770 元: 570 元', () => {
    const result = subsistenceAllowance({ id: 'h1', members: 3, monthlyIncome: yuan(1_200) }, { asOf });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.standard).toEqual(yuan(590));
    expect(result.threshold).toEqual(yuan(1_770));
    expect(result.value).toEqual(yuan(570));
    expect(result.eligible).toBe(true);
    expect(result.householdId).toBe('h1');
  });

  it('pays nothing when the income reaches the line, and never a negative amount', () => {
    const at = subsistenceAllowance({ members: 3, monthlyIncome: yuan(1_770) }, { asOf });
    expect(at.value).toEqual({ fen: 0 });
    expect(at.ok && at.eligible).toBe(false);
    expect(subsistenceAllowance({ members: 1, monthlyIncome: yuan(800) }, { asOf }).value).toEqual({ fen: 0 });
    // one fen below the line: one fen
    expect(subsistenceAllowance({ members: 2, monthlyIncome: yuan('1179.99') }, { asOf }).value).toEqual({ fen: 1 });
    expect(subsistenceAllowance({ members: 4, monthlyIncome: money(0) }, { asOf }).value).toEqual(yuan(2_360));
  });

  it('reports unusable household data instead of throwing', () => {
    for (const members of [0, -1, 1.5, Number.NaN, '3']) {
      const result = subsistenceAllowance({ members: members as number, monthlyIncome: yuan(1) }, { asOf, locale: 'en' });
      expect(result.ok ? '' : result.issues[0].code).toBe('invalid_members');
      expect(result.value).toBeNull();
    }
    for (const monthlyIncome of [yuan(-1), { fen: 0.5 }, 1200, undefined]) {
      const result = subsistenceAllowance({ members: 2, monthlyIncome: monthlyIncome as never }, { asOf });
      expect(result.ok ? '' : result.issues[0].code).toBe('invalid_income');
    }
    expect(subsistenceAllowance(null as never, { asOf }).ok).toBe(false);
  });

  it('has no standard before 2013 in the kunshan profile', () => {
    expect(() => subsistenceAllowance({ members: 1, monthlyIncome: money(0) }, { asOf: '2012-12-31' })).toThrow(NoValueInForceError);
  });

  it('property: amount = max(0, 590 × members − income) in fen, worked out independently; input untouched', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 10_000_000 }), (members, incomeFen) => {
        const household = deepFreeze({ members, monthlyIncome: money(incomeFen) });
        const result = subsistenceAllowance(household, { asOf });
        expect(result.value).toEqual({ fen: Math.max(0, 59_000 * members - incomeFen) });
        expect(household).toEqual({ members, monthlyIncome: { fen: incomeFen } });
      }),
    );
  });

  it('explains itself in both languages, with the standard cited and the method marked as an assumption', () => {
    const result = subsistenceAllowance({ id: 'h1', members: 3, monthlyIncome: yuan(1_200) }, { asOf });
    const zh = explain(result);
    expect(zh.split('\n')[0]).toBe('低保补差测算:家庭 h1,截至 2013-06-30');
    expect(zh).toContain('- 2013年低保标准:每人每月 590元\n  参数 allowance.subsistence = 590 元/人·月');
    expect(zh).toContain('“低保标准提高到每人每月590元”');
    expect(zh).toContain('- 家庭人口 3 人,保障线 = 590元 × 3 = 1,770元');
    expect(zh).toContain('- 计算方法(假设):月补差 = 低保标准 × 家庭人口 − 家庭月收入,不低于零');
    expect(zh).toContain('- 补差 = 1,770元 − 1,200元 = 570元');
    expect(zh).toContain('- 结论:每月应发低保金 570元');
    const en = explain(result, { locale: 'en' });
    expect(en).toContain("- 3 members: the household's line is CNY 590 × 3 = CNY 1,770");
    expect(en).toContain('- Top-up = CNY 1,770 − CNY 1,200 = CNY 570');
    expect(en).toContain('- Result: a monthly allowance of CNY 570');
    const bad = subsistenceAllowance({ members: 0, monthlyIncome: yuan(1) }, { asOf });
    expect(explain(bad, { locale: 'en' })).toContain('- Result: not computed — members: the household size must be integer >= 1, received 0');
  });
});
