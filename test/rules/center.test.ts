import { describe, expect, it } from 'vitest';
import { check, defineProfile, kunshan, type Profile } from '../../src/index.js';
import { referenceData } from '../helpers.js';
import { center, community, rows } from './fixtures.js';

const ASOF = '2013-06-30';
const run = (stations: string[] | undefined, options: Parameters<typeof check>[1] = {}) =>
  check(
    { communities: [community('a')], serviceCenters: [center('x', ['a'], stations === undefined ? {} : { stations })] },
    { asOf: ASOF, rules: ['center.five-plus-one'], ...options }
  );

describe('center.five-plus-one', () => {
  it('is not applicable to the four reference centres: the report gives none of their stations', () => {
    const report = check(referenceData(), { asOf: ASOF, rules: ['center.five-plus-one'] });
    expect(report.findings.map((f) => [f.subject.id, f.outcome, f.code])).toEqual([
      ['qiandeng-yanwu-center', 'not-applicable', 'not-reported'],
      ['qiandeng-datan-center', 'not-applicable', 'not-reported'],
      ['yushan-jinghe-center', 'not-applicable', 'not-reported'],
      ['yushan-lishe-center', 'not-applicable', 'not-reported'],
    ]);
    expect(report.findings[0]?.message).toBe('未报送“5+1”站点,无法判断');
  });

  it('reports each of the five stations and the "+1": a pilot target and an encouragement, so only as information', () => {
    const report = run(['government-affairs', 'culture-sports']);
    expect(rows(report)).toEqual([
      ['x', 'government-affairs', 'pass', 'present'],
      ['x', 'health', 'fail', 'pilot-missing'],
      ['x', 'culture-sports', 'pass', 'present'],
      ['x', 'daily-life', 'fail', 'pilot-missing'],
      ['x', 'social-organization', 'fail', 'pilot-missing'],
      ['x', 'social-work', 'fail', 'plus-one-encouraged-missing'],
    ]);
    expect(report.findings.map((f) => f.message)).toEqual([
      '设有政务受理站',
      '未设卫生服务站(报告为“试点推行”的站点,是试点目标而非硬性要求)',
      '设有文体服务站',
      '未设生活服务站(报告为“试点推行”的站点,是试点目标而非硬性要求)',
      '未设社会组织服务站(报告为“试点推行”的站点,是试点目标而非硬性要求)',
      '“+1”:未开展社会工作专业服务(报告为“鼓励”,不是硬性要求)',
    ]);
    // 试点推行 and 鼓励 are not requirements: every failure is information, none a warning.
    expect(report.findings.map((f) => f.severity)).toEqual(Array(6).fill('info'));
    expect(report.summary.bySeverity).toEqual({ error: 0, warning: 0, info: 4 });
  });

  it('makes the stations and the "+1" binding when a profile says so: then a missing one is a warning', () => {
    const note = { 'zh-CN': '本市要求设立五站并开展“+1”', en: 'this city requires the five stations and the "+1"' };
    const binding = defineProfile({
      extends: kunshan,
      id: 'five-plus-one-binding',
      name: note,
      parameters: { 'center.fivePlusOneStatus': { values: [{ value: { stations: 'required', plusOne: 'required' }, assumption: note }] } },
    });
    const report = run(['government-affairs', 'culture-sports'], { profile: binding });
    expect(report.findings.map((f) => [f.item, f.outcome, f.code, f.severity])).toEqual([
      ['government-affairs', 'pass', 'present', 'warning'],
      ['health', 'fail', 'missing', 'warning'],
      ['culture-sports', 'pass', 'present', 'warning'],
      ['daily-life', 'fail', 'missing', 'warning'],
      ['social-organization', 'fail', 'missing', 'warning'],
      ['social-work', 'fail', 'plus-one-missing', 'warning'],
    ]);
    expect(report.findings[1]?.message).toBe('未设卫生服务站(本标准要求设立)');
    expect(report.findings[5]?.message).toBe('“+1”:未开展社会工作专业服务(本标准要求开展)');
    expect(report.summary.bySeverity).toEqual({ error: 0, warning: 4, info: 0 });
    // Binding the stations only: the "+1" stays an encouragement.
    const stationsOnly = defineProfile({
      extends: kunshan,
      id: 'stations-binding',
      name: note,
      parameters: { 'center.fivePlusOneStatus': { values: [{ value: { stations: 'required', plusOne: 'encouraged' }, assumption: note }] } },
    });
    const mixed = run(['government-affairs', 'culture-sports'], { profile: stationsOnly });
    expect(mixed.summary.bySeverity).toEqual({ error: 0, warning: 3, info: 1 });
    expect(mixed.findings[5]?.code).toBe('plus-one-encouraged-missing');
  });

  it('rejects a malformed status, which is the programmer’s to fix', () => {
    const note = { 'zh-CN': '错误', en: 'wrong' };
    // Issue 18: defineProfile refuses it at once, naming the parameter and the field.
    const define = () =>
      defineProfile({
        extends: kunshan,
        id: 'bad-status',
        name: note,
        parameters: { 'center.fivePlusOneStatus': { values: [{ value: { stations: 'mandatory', plusOne: 'required' } as never, assumption: note }] } },
      });
    expect(define).toThrow(/center\.fivePlusOneStatus.*value\.stations: invalid value "mandatory"; expected one of: pilot, required/);
    // A profile object built by hand is not checked by defineProfile: the rule's reader still refuses the value.
    const byHand: Profile = {
      id: 'bad-status',
      name: note,
      extends: kunshan,
      parameters: {
        'center.fivePlusOneStatus': { id: 'center.fivePlusOneStatus', label: note, unit: 'record', values: [{ value: { stations: 'mandatory', plusOne: 'required' }, assumption: note }] },
      },
    };
    expect(() => run(['health'], { profile: byHand })).toThrow(/center\.fivePlusOneStatus/);
  });

  it('passes a centre with all six, in English', () => {
    const all = ['government-affairs', 'health', 'culture-sports', 'daily-life', 'social-organization', 'social-work'];
    const report = run(all, { locale: 'en' });
    expect(report.findings.map((f) => f.outcome)).toEqual(Array(6).fill('pass'));
    expect(report.findings[5]?.message).toBe('"+1": provides professional social-work service');
  });

  it('fails every station of a centre that reports an empty list (reported, none present)', () => {
    expect(run([]).findings.map((f) => f.outcome)).toEqual(Array(6).fill('fail'));
    expect(run([]).findings.map((f) => f.message)[0]).toBe('未设政务受理站(报告为“试点推行”的站点,是试点目标而非硬性要求)');
  });

  it('reads the "+1" from the profile: another reading checks no separate "+1"', () => {
    const note = { 'zh-CN': '以服务中心本身为“1”', en: 'the centre itself is the "1"' };
    const centreIsTheOne = defineProfile({
      extends: kunshan,
      id: 'centre-is-the-one',
      name: note,
      parameters: { 'center.plusOne': { values: [{ value: [], assumption: note }] } },
    });
    const report = run(['government-affairs', 'health', 'culture-sports', 'daily-life', 'social-organization'], {
      profile: centreIsTheOne,
    });
    expect(report.findings.map((f) => [f.item, f.outcome])).toEqual([
      ['government-affairs', 'pass'],
      ['health', 'pass'],
      ['culture-sports', 'pass'],
      ['daily-life', 'pass'],
      ['social-organization', 'pass'],
    ]);
  });
});
