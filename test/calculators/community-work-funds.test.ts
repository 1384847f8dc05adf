import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { communityWorkFunds } from '../../src/calculators/index.js';
import { defineProfile, explain, kunshan, NoValueInForceError, ProfileDefinitionError } from '../../src/index.js';
import { roundingModes, type RoundingMode } from '../../src/money/index.js';
import { deepFreeze } from '../helpers.js';

const note = { 'zh-CN': '测试', en: 'test' };
const community = (registered?: number, resident?: number) => ({
  id: 'c1',
  name: '示例社区',
  households: { ...(registered !== undefined && { registered }), ...(resident !== undefined && { resident }) },
});

/** A profile with one rate (fen per 100 resident households) and rounding, from 2000 on. */
const profileWith = (rateFen: number, rounding: RoundingMode) =>
  defineProfile({
    extends: kunshan,
    id: 'test',
    name: note,
    parameters: {
      'funding.communityWork': { values: [{ from: '2000-01-01', value: rateFen, basis: 'resident-households', assumption: note }] },
      'funding.communityWorkRounding': { values: [{ value: rounding, assumption: note }] },
    },
  });

describe('communityWorkFunds — worked examples from the report (paragraph 7)', () => {
  it('7,500 resident households in 2013: 7,500 ÷ 100 × 15,000 = 1,125,000 元', () => {
    const result = communityWorkFunds(community(7_500, 7_500), { asOf: '2013-06-30' });
    expect(result.ok).toBe(true);
    expect(result.value).toEqual({ fen: 112_500_000 });
    expect(result.basis).toBe('resident-households');
    expect(result.rate).toEqual({ fen: 1_500_000 });
    expect(result.households).toBe(7_500);
  });

  it('the same community in 2011 at 7,500 registered households: 7,500 ÷ 100 × 8,000 = 600,000 元', () => {
    const result = communityWorkFunds(community(7_500, 7_500), { asOf: '2011-06-30' });
    expect(result.value).toEqual({ fen: 60_000_000 });
    expect(result.basis).toBe('registered-households');
    expect(result.rate).toEqual({ fen: 800_000 });
  });

  it('counts registered households before 2012 and resident households from 2012-01-01', () => {
    // 4,000 registered, 6,000 resident: 40 × 8,000 = 320,000 元; 60 × 15,000 = 900,000 元.
    const c = community(4_000, 6_000);
    expect(communityWorkFunds(c, { asOf: '2011-12-31' }).value).toEqual({ fen: 32_000_000 });
    expect(communityWorkFunds(c, { asOf: '2012-01-01' }).value).toEqual({ fen: 90_000_000 });
  });

  it('is proportional, not counted in whole hundreds: 481 households of 大潭村 in 2013 → 4.81 × 15,000 = 72,150 元', () => {
    expect(communityWorkFunds(community(481, 481), { asOf: '2013-06-30' }).value).toEqual({ fen: 7_215_000 });
  });
});

describe('communityWorkFunds — missing or bad household counts', () => {
  it('says so instead of computing zero when the count for the basis in force is missing', () => {
    const result = communityWorkFunds(community(7_500, undefined), { asOf: '2013-06-30', locale: 'en' });
    expect(result.ok).toBe(false);
    expect(result.value).toBeNull();
    expect(result.households).toBeNull();
    if (result.ok) return;
    expect(result.issues[0].code).toBe('missing_households');
    expect(result.issues[0].path).toEqual(['households', 'resident']);
    expect(result.issues[0].message).toContain('not taken as zero');
    // the registered count is there, and is what 2011 needs
    expect(communityWorkFunds(community(7_500, undefined), { asOf: '2011-06-30' }).value).toEqual({ fen: 60_000_000 });
  });

  it.each([[-1], [1.5], [Number.NaN], ['7500'], [null], [2 ** 60]])('reports a count of %s as invalid', (count) => {
    const c = { id: 'c1', name: 'x', households: { resident: count as number } };
    const result = communityWorkFunds(c, { asOf: '2013-06-30' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0].code).toBe('invalid_households');
  });

  it('reports an unreadable record', () => {
    const result = communityWorkFunds(null as never, { asOf: '2013-06-30' });
    expect(result.ok ? '' : result.issues[0].code).toBe('unreadable_input');
  });

  it('throws for misuse: no standard in force, a bad date, a standard without basis', () => {
    expect(() => communityWorkFunds(community(1, 1), { asOf: '2004-12-31' })).toThrow(NoValueInForceError);
    expect(() => communityWorkFunds(community(1, 1), { asOf: '2013-02-30' })).toThrow(/asOf/);
    const noBasis = defineProfile({
      extends: kunshan,
      id: 'nobasis',
      name: note,
      parameters: { 'funding.communityWork': { values: [{ value: 100, assumption: note }] } },
    });
    expect(() => communityWorkFunds(community(1, 1), { asOf: '2013-06-30', profile: noBasis })).toThrow(ProfileDefinitionError);
  });
});

describe('communityWorkFunds — rounding is the parameter’s', () => {
  // 12,345.67 元 per 100 households × 7,501 households: 1,234,567 fen × 7,501 = 9,260,487,067 hundredths of a fen,
  // that is 92,604,870.67 fen (926,048.7067 元): half-up → 92,604,871 fen; floor and down → 92,604,870 fen.
  it.each([
    ['half-up', 92_604_871],
    ['half-even', 92_604_871],
    ['ceil', 92_604_871],
    ['floor', 92_604_870],
    ['down', 92_604_870],
  ] as const)('%s', (mode, fen) => {
    const result = communityWorkFunds(community(undefined, 7_501), { asOf: '2013-06-30', profile: profileWith(1_234_567, mode) });
    expect(result.value).toEqual({ fen });
  });

  it('writes the exact product and the rounded amount in the note', () => {
    const result = communityWorkFunds(community(undefined, 7_501), { asOf: '2013-06-30', profile: profileWith(1_234_567, 'half-up') });
    expect(explain(result)).toContain('7,501 ÷ 100 × 12,345.67元 = 926,048.7067元 ≈ 926,048.71元');
    expect(explain(result, { locale: 'en' })).toContain('7,501 ÷ 100 × CNY 12,345.67 = CNY 926,048.7067 ≈ CNY 926,048.71');
  });

  it('property: funds never decrease when households grow, whatever the rate and rounding', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.constantFrom(...roundingModes),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (rate, mode, h, extra) => {
          const profile = profileWith(rate, mode);
          const a = communityWorkFunds(community(undefined, h), { asOf: '2013-06-30', profile });
          const b = communityWorkFunds(community(undefined, h + extra), { asOf: '2013-06-30', profile });
          expect(a.ok && b.ok).toBe(true);
          expect(b.value!.fen).toBeGreaterThanOrEqual(a.value!.fen);
        },
      ),
    );
  });

  it('property: equals rate × households ÷ 100 worked out with bigint, and leaves its input untouched', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50_000_000 }), fc.integer({ min: 0, max: 50_000_000 }), (registered, resident) => {
        const c = deepFreeze(community(registered, resident));
        const before = JSON.stringify(c);
        const y2013 = communityWorkFunds(c, { asOf: '2013-06-30' });
        const y2011 = communityWorkFunds(c, { asOf: '2011-06-30' });
        expect(y2013.value!.fen).toBe(Number(15_000n * BigInt(resident)));
        expect(y2011.value!.fen).toBe(Number(8_000n * BigInt(registered)));
        expect(JSON.stringify(c)).toBe(before);
      }),
    );
  });
});

describe('communityWorkFunds — the worked note', () => {
  const result = communityWorkFunds(community(7_500, 7_500), { asOf: '2013-06-30' });

  it('reads like a civil servant’s note in Chinese, citing the standard', () => {
    const text = explain(result);
    expect(text.split('\n')[0]).toBe('社区工作经费测算:示例社区(c1),截至 2013-06-30');
    expect(text).toContain('- 2013年适用标准:每百户常住人口 15,000元');
    expect(text).toContain('参数 funding.communityWork = 15,000 元/百户(按常住户数)');
    expect(text).toContain('第 7 段');
    expect(text).toContain('- 常住户数:7,500 户');
    expect(text).toContain('- 计算:7,500 ÷ 100 × 15,000元 = 1,125,000元');
    expect(text).toContain('参数 funding.communityWorkRounding = half-up');
    expect(text).toContain('- 结论:应拨付社区工作经费 1,125,000元(112.5万元)');
  });

  it('and in English', () => {
    const text = explain(result, { locale: 'en' });
    expect(text).toContain('- Standard in force in 2013: CNY 15,000 per 100 resident households');
    expect(text).toContain('- Resident households: 7,500');
    expect(text).toContain('- Computation: 7,500 ÷ 100 × CNY 15,000 = CNY 1,125,000');
    expect(text).toContain('- Result: community work funds of CNY 1,125,000 (CNY 1.125 million)');
    expect(text).toContain('para. 7');
  });

  it('2011: registered households and 8,000 元', () => {
    const text = explain(communityWorkFunds(community(7_500, 7_500), { asOf: '2011-06-30' }));
    expect(text).toContain('- 2011年适用标准:每百户户籍人口 8,000元');
    expect(text).toContain('- 户籍户数:7,500 户');
    expect(text).toContain('- 计算:7,500 ÷ 100 × 8,000元 = 600,000元');
  });

  it('says why nothing was computed', () => {
    const missing = communityWorkFunds(community(7_500, undefined), { asOf: '2013-06-30' });
    expect(explain(missing)).toContain('结论:常住户数不可用,未测算经费——households.resident:缺少所需户数,无法测算(不按零计)');
    expect(explain(missing, { locale: 'en' })).toContain('Result: resident households not usable, no funds computed');
  });
});
