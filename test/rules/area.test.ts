import { describe, expect, it } from 'vitest';
import { check, defineProfile, kunshan } from '../../src/index.js';
import { referenceData } from '../helpers.js';
import { center, community, messages, rows } from './fixtures.js';

const ASOF = '2020-01-01';
const rule = { rules: ['area.per-households'] };

describe('area.per-households', () => {
  it('does not apply before the national standard took effect (2016)', () => {
    const report = check(referenceData(), { asOf: '2015-12-31', ...rule });
    expect(report.findings.map((f) => [f.outcome, f.code])).toEqual(Array(4).fill(['not-applicable', 'parameter-not-in-force']));
  });

  it('is not applicable to the four reference communities as the report gives them (area or households missing)', () => {
    const report = check(referenceData(), { asOf: ASOF, ...rule });
    // 炎武: no floor area (households 5000 resident); 大潭: 1300 m² but only registered households;
    // 泾河: only the site area (1000 m²), not floor area; 里厍: 500 m² but no households.
    expect(rows(report)).toEqual([
      ['qiandeng-yanwu', undefined, 'not-applicable', 'area-not-reported'],
      ['qiandeng-datan', undefined, 'not-applicable', 'households-not-reported'],
      ['yushan-jinghe', undefined, 'not-applicable', 'area-not-reported'],
      ['yushan-lishe', undefined, 'not-applicable', 'households-not-reported'],
    ]);
    expect(messages(report, 'qiandeng-datan')).toEqual(['千灯大潭村未报送常住户数,无法计算']);
    expect(messages(report, 'qiandeng-yanwu')).toEqual(['千灯炎武社区服务中心未报送用房面积,无法判断']);
  });

  it('computes 大潭村: 1300 m² for 481 households is 270.3 m² per 100 households', () => {
    const data = referenceData();
    const datan = (data['communities'] as Record<string, unknown>[])[1]!;
    datan['households'] = { registered: 481, resident: 481 };
    const report = check(data, { asOf: ASOF, ...rule });
    const f = report.findings[1]!;
    expect([f.subject.id, f.outcome]).toEqual(['qiandeng-datan', 'pass']);
    expect(f.message).toBe('用房面积 1300.0 平方米,481 户,每百户 270.3 平方米,不低于 30 平方米');
    expect((f.actual as { perHundred: number }).perHundred).toBeCloseTo(130000 / 481, 10);
    expect(f.parameters.map((id) => report.parameters[id]).map((p) => [p?.id, p?.profile, p?.value])).toEqual([
      ['area.perHundredHouseholds', 'national', 30],
      ['area.householdBasis', 'kunshan', 'resident-households'],
    ]);
  });

  it('uses registered households under a profile that says so, never the other count silently', () => {
    const note = { 'zh-CN': '示例:按户籍户数', en: 'example: registered households' };
    const registered = defineProfile({
      extends: kunshan,
      id: 'registered',
      name: note,
      parameters: {
        'area.householdBasis': { values: [{ value: 'registered-households', basis: 'registered-households', assumption: note }] },
      },
    });
    const report = check(referenceData(), { asOf: ASOF, profile: registered, ...rule, locale: 'en' });
    expect(report.findings[1]?.message).toBe('1300.0 m² for 481 households: 270.3 m² per 100 households, at least 30');
    // 炎武 gives only resident households: now it lacks the registered count (its area is missing first, though).
    expect(report.findings[0]?.code).toBe('area-not-reported');
  });

  it('fails 里厍 with 2000 households: 500 m² is 25 m² per 100, 100 m² short; exactly 30 passes', () => {
    const report = check(
      {
        communities: [
          community('lishe', { name: '里厍社区', households: { resident: 2000 } }),
          community('even', { households: { resident: 2000 } }),
        ],
        serviceCenters: [
          center('lishe-center', ['lishe'], { floorArea: { total: 500 } }),
          center('even-center', ['even'], { floorArea: { total: 600 } }),
        ],
      },
      { asOf: ASOF, ...rule }
    );
    expect(report.findings.map((f) => [f.outcome, f.message])).toEqual([
      ['fail', '用房面积 500.0 平方米,2000 户,每百户 25.0 平方米,低于 30 平方米(差 100.0 平方米)'],
      ['pass', '用房面积 600.0 平方米,2000 户,每百户 30.0 平方米,不低于 30 平方米'],
    ]);
  });

  it('sums office, service and activity space when the total is absent', () => {
    const report = check(
      {
        communities: [community('a', { households: { resident: 1000 } })],
        serviceCenters: [center('x', ['a'], { floorArea: { office: 100, service: 150, activity: 250 } })],
      },
      { asOf: ASOF, ...rule }
    );
    expect(messages(report)).toEqual(['用房面积 500.0 平方米,1000 户,每百户 50.0 平方米,不低于 30 平方米']);
  });

  it('apportions a centre serving two communities by their households', () => {
    // 750 m² for A (1000 households) and B (2000): A gets 250 m², B 500 m²; both 25 m² per 100 households.
    const report = check(
      {
        communities: [community('A', { households: { resident: 1000 } }), community('B', { households: { resident: 2000 } })],
        serviceCenters: [center('x', ['A', 'B'], { floorArea: { total: 750 } })],
      },
      { asOf: ASOF, ...rule }
    );
    expect(report.findings.map((f) => [f.subject.id, f.outcome, f.message])).toEqual([
      ['A', 'fail', '用房面积 250.0 平方米,1000 户,每百户 25.0 平方米,低于 30 平方米(差 50.0 平方米)'],
      ['B', 'fail', '用房面积 500.0 平方米,2000 户,每百户 25.0 平方米,低于 30 平方米(差 100.0 平方米)'],
    ]);
  });

  it('adds the shares of a community served by two centres', () => {
    // A: its own 400 m² centre plus 1000/3000 of a 900 m² centre shared with B → 700 m², 70 m² per 100.
    // B: 2000/3000 of 900 m² → 600 m², 30 m² per 100.
    const report = check(
      {
        communities: [community('A', { households: { resident: 1000 } }), community('B', { households: { resident: 2000 } })],
        serviceCenters: [center('own', ['A'], { floorArea: { total: 400 } }), center('shared', ['A', 'B'], { floorArea: { total: 900 } })],
      },
      { asOf: ASOF, ...rule }
    );
    expect(report.findings.map((f) => [f.subject.id, f.outcome, f.message])).toEqual([
      ['A', 'pass', '用房面积 700.0 平方米,1000 户,每百户 70.0 平方米,不低于 30 平方米'],
      ['B', 'pass', '用房面积 600.0 平方米,2000 户,每百户 30.0 平方米,不低于 30 平方米'],
    ]);
  });

  it('is not applicable when a community sharing the centre lacks its count, or has no households, or has no centre', () => {
    const report = check(
      {
        communities: [
          community('A', { households: { resident: 1000 } }),
          community('B', { households: { registered: 2000 } }),
          community('Z', { households: { resident: 0 } }),
          community('lone', { households: { resident: 10 } }),
        ],
        serviceCenters: [center('x', ['A', 'B'], { floorArea: { total: 750 } }), center('z', ['Z'], { floorArea: { total: 100 } })],
      },
      { asOf: ASOF, ...rule }
    );
    expect(report.findings.map((f) => [f.subject.id, f.outcome, f.message])).toEqual([
      ['A', 'not-applicable', 'B未报送常住户数,无法计算'],
      ['B', 'not-applicable', 'B未报送常住户数,无法计算'],
      ['Z', 'not-applicable', 'Z的常住户数为 0,无法计算'],
      ['lone', 'not-applicable', '没有为本社区服务的服务中心,无法判断'],
    ]);
  });
});
