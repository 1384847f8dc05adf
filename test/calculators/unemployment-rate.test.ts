import { describe, expect, it } from 'vitest';
import { kunshanIndicators, registeredUnemploymentRate } from '../../src/calculators/index.js';
import { deepFreeze } from '../helpers.js';
import { InvalidOptionError } from '../../src/errors.js';

describe('registeredUnemploymentRate', () => {
  it('divides the registered unemployed by urban employed plus unemployed, and compares with the report’s 2.3%', () => {
    // 23 ÷ (977 + 23) = 23 ÷ 1000 = 2.3% exactly.
    const rate = registeredUnemploymentRate({ registeredUnemployed: 23, urbanEmployed: 977 });
    expect(rate.ok).toBe(true);
    if (!rate.ok) return;
    expect(rate.share).toEqual({ numerator: 23, denominator: 1000, ratio: 0.023 });
    expect(rate.percent).toBe('2.3');
    expect(rate.reported).toEqual({
      value: '2.3',
      citation: { document: '昆山市基本公共服务调研报告', section: '二 依托社区完善公共服务', paragraph: 9, quote: '城镇登记失业率2.3%' },
      matches: true,
    });
    expect(rate.explanation.steps.map((s) => s.text['zh-CN'])).toEqual([
      '城镇登记失业率 = 城镇登记失业人员数 ÷ (城镇从业人员 + 城镇登记失业人员数)(国家统计局指标解释)',
      '城镇从业人员:977 人',
      '城镇登记失业率 = 23 ÷ (977 + 23) = 23 ÷ 1000 = 0.023 ≈ 2.3%(四舍五入)',
      '报告数:2.3%;计算数 2.3%,一致',
    ]);
  });

  it('sums urban employed from the components the NBS definition names', () => {
    // 1000 − 100 − 20 − 5 + 30 + 50 + 200 = 1155; 27 ÷ 1182 = 0.02284… → 2.3%.
    const rate = registeredUnemploymentRate({
      registeredUnemployed: 27,
      urbanEmployed: {
        unitEmployees: 1000, ruralLabourUsed: 100, rehiredRetirees: 20, hkMacaoTaiwanForeign: 5,
        offPostStaff: 30, privateOwnersAndProprietors: 50, privateAndIndividualEmployees: 200,
      },
    });
    expect(rate.ok && [rate.urbanEmployed, rate.share.denominator, rate.percent]).toEqual([1155, 1182, '2.3']);
    // Only unit employees given: the other components count as 0.
    const only = registeredUnemploymentRate({ registeredUnemployed: 1, urbanEmployed: { unitEmployees: 99 } }, { report: null });
    expect(only.ok && [only.urbanEmployed, only.percent, only.reported]).toEqual([99, '1.0', undefined]);
  });

  it('rounds half up exactly, to the reported figure’s decimals', () => {
    // 9 ÷ 400 = 2.25% exactly, a tie: half up → 2.3 (computed on integers, so the tie is exact).
    expect(registeredUnemploymentRate({ registeredUnemployed: 9, urbanEmployed: 391 }).percent).toBe('2.3');
    // 9 ÷ 401 = 2.2443…% → 2.2, not the report's figure.
    const other = registeredUnemploymentRate({ registeredUnemployed: 9, urbanEmployed: 392 });
    expect(other.ok && [other.percent, other.reported?.matches]).toEqual(['2.2', false]);
    const whole = { ...kunshanIndicators[0]!, value: { kind: 'percent' as const, value: '2' } };
    expect(registeredUnemploymentRate({ registeredUnemployed: 1, urbanEmployed: 39 }, { report: whole }).percent).toBe('3'); // 2.5% → 3
    // 29 ÷ 200 = 14.5% exactly → 15 (in floating point 29 / 200 * 100 is 14.499999999999998, which would round to 14).
    expect(registeredUnemploymentRate({ registeredUnemployed: 29, urbanEmployed: 171 }, { report: whole }).percent).toBe('15');
    expect(registeredUnemploymentRate({ registeredUnemployed: 0, urbanEmployed: 10 }).percent).toBe('0.0');
  });

  it('returns issues for bad input, never throws, and does not change it', () => {
    const cases: [unknown, string[]][] = [
      [undefined, ['invalid_count', 'invalid_count']],
      [{ registeredUnemployed: -1, urbanEmployed: 10 }, ['invalid_count']],
      [{ registeredUnemployed: 1.5, urbanEmployed: '10' }, ['invalid_count', 'invalid_count']],
      [{ registeredUnemployed: 0, urbanEmployed: 0 }, ['empty_denominator']],
      [{ registeredUnemployed: 1, urbanEmployed: { unitEmployees: 10, ruralLabourUsed: 11 } }, ['deductions_exceed_total']],
      [{ registeredUnemployed: 1, urbanEmployed: { ruralLabourUsed: 1 } }, ['invalid_count']],
      [{ registeredUnemployed: 1, get urbanEmployed(): number { throw new Error('boom'); } }, ['invalid_count']],
    ];
    for (const [k, [input, codes]] of cases.entries()) {
      const frozen = k === cases.length - 1 ? input : deepFreeze(input); // freezing would call the throwing getter
      const result = registeredUnemploymentRate(frozen as never, { locale: 'en' });
      expect(result.ok).toBe(false);
      expect(result.issues.map((i) => i.code)).toEqual(codes);
      expect(result.percent).toBeNull();
    }
    const bad = registeredUnemploymentRate({ registeredUnemployed: 1, urbanEmployed: { unitEmployees: 10, ruralLabourUsed: 11 } });
    expect(bad.issues[0]?.message).toBe('urbanEmployed:扣除数合计 11 大于总数 10');
    expect(bad.explanation.steps.at(-1)?.text.en).toBe('not computed: urbanEmployed: the deductions (11 in all) exceed the total (10)');
  });

  it('throws InvalidOptionError, not a TypeError, for a malformed reported figure', () => {
    const input = { registeredUnemployed: 23, urbanEmployed: 977 };
    const indicator = (value: unknown) => ({ id: 'x', label: { 'zh-CN': 'x', en: 'x' }, value, citation: { document: 'd' } }) as never;
    for (const report of [5, 'x', {}, indicator(null), indicator({ kind: 'percent', value: 2.3 }), indicator({ kind: 'percent', value: '2,3%' })]) {
      expect(() => registeredUnemploymentRate(input, { report: report as never })).toThrow(InvalidOptionError);
    }
    // Another kind of indicator compares with nothing, as before.
    const counted = registeredUnemploymentRate(input, { report: indicator({ kind: 'count', value: 5 }) });
    expect(counted.percent).toBe('2.3');
    expect('reported' in counted).toBe(false);
  });
});
