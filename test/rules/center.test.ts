import { describe, expect, it } from 'vitest';
import { check, defineProfile, kunshan } from '../../src/index.js';
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

  it('reports each of the five stations and the "+1", present or missing', () => {
    const report = run(['government-affairs', 'culture-sports']);
    expect(rows(report)).toEqual([
      ['x', 'government-affairs', 'pass', 'present'],
      ['x', 'health', 'fail', 'missing'],
      ['x', 'culture-sports', 'pass', 'present'],
      ['x', 'daily-life', 'fail', 'missing'],
      ['x', 'social-organization', 'fail', 'missing'],
      ['x', 'social-work', 'fail', 'plus-one-missing'],
    ]);
    expect(report.findings.map((f) => f.message)).toEqual([
      '设有政务受理站',
      '未设卫生服务站',
      '设有文体服务站',
      '未设生活服务站',
      '未设社会组织服务站',
      '“+1”:未开展社会工作专业服务',
    ]);
  });

  it('passes a centre with all six, in English', () => {
    const all = ['government-affairs', 'health', 'culture-sports', 'daily-life', 'social-organization', 'social-work'];
    const report = run(all, { locale: 'en' });
    expect(report.findings.map((f) => f.outcome)).toEqual(Array(6).fill('pass'));
    expect(report.findings[5]?.message).toBe('"+1": provides professional social-work service');
  });

  it('fails every station of a centre that reports an empty list (reported, none present)', () => {
    expect(run([]).findings.map((f) => f.outcome)).toEqual(Array(6).fill('fail'));
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
