import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, defineProfile, InvalidOptionError, kunshan, NoValueInForceError, type StaffMember } from '../../src/index.js';
import { professionalizationRate } from '../../src/standards/staff/rule.js';
import { deepFreeze, referenceData } from '../helpers.js';
import { community, staff } from './fixtures.js';

const ASOF = '2013-06-30';
const member = (id: string, extra: Partial<StaffMember> = {}): StaffMember => ({
  id,
  name: id,
  communityId: 'a',
  roles: ['committee-member'],
  fullTime: true,
  ...extra,
});

describe('staff.professionalization', () => {
  it('is not applicable to the reference communities (no staff records)', () => {
    const report = check(referenceData(), { asOf: ASOF, rules: ['staff.professionalization'] });
    expect(report.findings.map((f) => [f.outcome, f.code])).toEqual(Array(4).fill(['not-applicable', 'no-full-time-staff']));
  });

  it('reports the rate of a community’s full-time staff (info)', () => {
    // Full-time: bachelor ✓, junior certificate without a degree ✓, college ✓, below college without one ✗ → 3 / 4.
    // The part-time member with a bachelor's degree is not counted; nor is staff of another community.
    const report = check(
      {
        communities: [community('a'), community('b')],
        staffMembers: [
          staff('s1', 'a', { education: 'bachelor' }),
          staff('s2', 'a', { education: 'below-college', socialWorkerLevel: 'junior' }),
          staff('s3', 'a', { education: 'college' }),
          staff('s4', 'a', { education: 'below-college' }),
          staff('p1', 'a', { fullTime: false, education: 'bachelor' }),
          staff('b1', 'b'),
        ],
      },
      { asOf: ASOF, rules: ['staff.professionalization'] }
    );
    const [a, b] = report.findings;
    expect([a?.outcome, a?.message, a?.severity]).toEqual(['pass', '专职人员 4 人,其中职业化专业化 3 人,占 75%', 'info']);
    expect(a?.actual).toEqual({ professionalised: 3, fullTime: 4, rate: { numerator: 3, denominator: 4, ratio: 0.75 } });
    expect(a?.parameters).toEqual(['staff.professionalised']);
    // b1 has neither certificate nor education recorded: not professionalised.
    expect(b?.message).toBe('专职人员 1 人,其中职业化专业化 0 人,占 0%');
  });
});

describe('professionalizationRate', () => {
  it('reproduces the report’s urban figure on a synthetic set: 43 of 50 is 86%', () => {
    const set = Array.from({ length: 50 }, (_, i) => member(`s${i}`, { education: i < 43 ? 'college' : 'below-college' }));
    expect(professionalizationRate(set, { asOf: ASOF })).toEqual({
      professionalised: 43,
      fullTime: 50,
      rate: { numerator: 43, denominator: 50, ratio: 0.86 },
    });
  });

  it('gives the fraction in lowest terms, for a set of communities', () => {
    const set = deepFreeze([
      member('a1', { education: 'postgraduate' }),
      member('a2', { socialWorkerLevel: 'intermediate' }),
      member('a3'),
      member('b1', { communityId: 'b', education: 'bachelor' }),
      member('b2', { communityId: 'b', socialWorkerLevel: 'senior' }),
      member('b3', { communityId: 'b' }),
      member('c1', { communityId: 'c', education: 'bachelor' }),
    ]);
    // a and b: 4 of 6 → 2/3.
    expect(professionalizationRate(set, { asOf: ASOF, communityIds: ['a', 'b'] })).toEqual({
      professionalised: 4,
      fullTime: 6,
      rate: { numerator: 2, denominator: 3, ratio: 4 / 6 },
    });
  });

  it('is null with no full-time staff', () => {
    expect(professionalizationRate([member('p', { fullTime: false, education: 'bachelor' })], { asOf: ASOF })).toEqual({
      professionalised: 0,
      fullTime: 0,
      rate: null,
    });
    expect(professionalizationRate([], { asOf: ASOF }).rate).toBeNull();
  });

  it('follows the profile’s definition', () => {
    const note = { 'zh-CN': '示例:本科及以上或中级以上证书', en: 'example: bachelor or above, or an intermediate certificate or above' };
    const strict = defineProfile({
      extends: kunshan,
      id: 'strict',
      name: note,
      parameters: {
        'staff.professionalised': {
          values: [{ value: { socialWorkerLevels: ['intermediate', 'senior'], minEducation: 'bachelor' }, assumption: note }],
        },
      },
    });
    const set = [
      member('1', { education: 'college' }),
      member('2', { socialWorkerLevel: 'junior' }),
      member('3', { education: 'bachelor' }),
    ];
    expect(professionalizationRate(set, { asOf: ASOF }).professionalised).toBe(3);
    expect(professionalizationRate(set, { asOf: ASOF, profile: strict }).professionalised).toBe(1);
  });

  it('throws for misuse: no date, a definition not in force, not an array', () => {
    expect(() => professionalizationRate([], {} as never)).toThrow(InvalidOptionError);
    expect(() => professionalizationRate({} as never, { asOf: ASOF })).toThrow(InvalidOptionError);
    const note = { 'zh-CN': '示例', en: 'example' };
    const later = defineProfile({
      extends: kunshan,
      id: 'later',
      name: note,
      parameters: {
        'staff.professionalised': {
          values: [{ from: '2014-01-01', value: { socialWorkerLevels: [], minEducation: 'college' }, assumption: note }],
        },
      },
    });
    expect(() => professionalizationRate([], { asOf: ASOF, profile: later })).toThrow(NoValueInForceError);
  });

  it('agrees with a direct count, for any staff (property)', () => {
    const arbitraryMember = fc.record({
      fullTime: fc.boolean(),
      education: fc.option(fc.constantFrom('below-college', 'college', 'bachelor', 'postgraduate'), { nil: undefined }),
      socialWorkerLevel: fc.option(fc.constantFrom('junior', 'intermediate', 'senior'), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryMember, { maxLength: 40 }), (raw) => {
        const set = raw.map((r, i) => {
          const m: Record<string, unknown> = { id: `m${i}`, name: `m${i}`, communityId: 'a', roles: [], fullTime: r.fullTime };
          if (r.education !== undefined) m['education'] = r.education;
          if (r.socialWorkerLevel !== undefined) m['socialWorkerLevel'] = r.socialWorkerLevel;
          return m as StaffMember;
        });
        const result = professionalizationRate(set, { asOf: ASOF });
        // Second method: Kunshan's reading spelled out directly — any certificate, or college or above.
        const full = raw.filter((r) => r.fullTime);
        const pro = full.filter((r) => r.socialWorkerLevel !== undefined || (r.education !== undefined && r.education !== 'below-college'));
        expect(result.fullTime).toBe(full.length);
        expect(result.professionalised).toBe(pro.length);
        if (full.length === 0) {
          expect(result.rate).toBeNull();
          return;
        }
        const rate = result.rate!;
        expect(rate.numerator * full.length).toBe(rate.denominator * pro.length);
        const g = (a: number, b: number): number => (b === 0 ? a : g(b, a % b));
        expect(g(rate.numerator, rate.denominator)).toBe(1);
        expect(rate.ratio).toBe(pro.length / full.length);
      })
    );
  });
});
