import { describe, expect, it } from 'vitest';
import { check, defineProfile, kunshan } from '../../src/index.js';
import { referenceData } from '../helpers.js';
import { center, community, rows } from './fixtures.js';

const ASOF = '2013-06-30';
// One degree of a meridian on the sphere of radius 6,371,008.8 m: 2π × 6,371,008.8 ÷ 360 = 111,195.08 m.
const at = (dLat: number) => ({ lon: 121, lat: 31 + dLat });

describe('circle.15-minute', () => {
  const data = () => ({
    communities: [
      community('near', { location: at(0) }),
      community('far', { location: at(0) }),
      community('two', { location: at(0) }),
      community('nowhere'),
      community('unplaced-centre', { location: at(0) }),
    ],
    serviceCenters: [
      // 0.0054° = 600.45 m; × 1.25 ÷ 60 m/min = 12.51 min: within 15.
      center('c-near', ['near'], { name: '近中心', location: at(0.0054) }),
      // 0.0072° = 800.60 m → 16.68 min: beyond 15.
      center('c-far', ['far'], { name: '远中心', location: at(0.0072) }),
      // Two centres: the nearer (0.0036° = 400.30 m → 8.34 min) counts, not the farther (0.009°).
      center('c-two-a', ['two'], { name: '乙中心', location: at(0.009) }),
      center('c-two-b', ['two'], { name: '甲中心', location: at(-0.0036) }),
      // A centre that serves another community is not this one's, however close.
      center('c-other', ['nowhere'], { location: at(0) }),
      center('c-unplaced', ['unplaced-centre']),
    ],
  });

  it('measures the walk from the community to the nearest centre serving it, by hand', () => {
    const report = check(data(), { asOf: ASOF, rules: ['circle.15-minute'] });
    expect(report.issues).toEqual([]);
    expect(rows(report)).toEqual([
      ['near', undefined, 'pass', 'within'],
      ['far', undefined, 'fail', 'beyond'],
      ['two', undefined, 'pass', 'within'],
      ['nowhere', undefined, 'not-applicable', 'no-location'],
      ['unplaced-centre', undefined, 'not-applicable', 'no-center-location'],
    ]);
    expect(report.findings.map((f) => f.message).slice(0, 3)).toEqual([
      '到最近的服务中心近中心直线 600 米,步行约 12.5 分钟,在 15 分钟社区服务圈内',
      '到最近的服务中心远中心直线 801 米,步行约 16.7 分钟,超出 15 分钟社区服务圈',
      '到最近的服务中心甲中心直线 400 米,步行约 8.3 分钟,在 15 分钟社区服务圈内',
    ]);
    // The circle is a goal (打造): a failure informs.
    expect(report.findings[1]?.severity).toBe('info');
    expect(report.findings[1]?.parameters).toEqual(['circle.minutes', 'circle.walkingSpeed', 'circle.detourFactor']);
  });

  it('reads speed and detour from the profile: at 80 m/min the far community is within 15 minutes', () => {
    const note = { 'zh-CN': '取 80 米/分钟', en: 'we take 80 m/min' };
    const brisk = defineProfile({
      extends: kunshan,
      id: 'brisk',
      name: note,
      parameters: { 'circle.walkingSpeed': { values: [{ value: 80, assumption: note }] } },
    });
    // 800.60 × 1.25 ÷ 80 = 12.51 min.
    const report = check(data(), { asOf: ASOF, rules: ['circle.15-minute'], profile: brisk, locale: 'en' });
    expect(report.findings[1]?.outcome).toBe('pass');
    expect(report.findings[1]?.message).toBe(
      'the nearest centre serving it, 远中心, is 801 m away in a straight line, about 12.5 minutes on foot: within the 15-minute circle',
    );
  });

  it('is not applicable to the four reference communities, which report no location', () => {
    const report = check(referenceData(), { asOf: ASOF, rules: ['circle.15-minute'] });
    expect(report.findings.map((f) => f.code)).toEqual(['no-location', 'no-location', 'no-location', 'no-location']);
  });
});

describe('governance.property-triad', () => {
  it('passes a community with the workshop, fails one without, and does not apply when it does not say', () => {
    const report = check(
      {
        communities: [
          community('yes', { propertyTriad: true }),
          community('no', { propertyTriad: false }),
          (({ propertyTriad: _p, ...rest }) => rest)(community('unknown')),
        ],
      },
      { asOf: ASOF, rules: ['governance.property-triad'] },
    );
    expect(report.findings.map((f) => [f.subject.id, f.outcome, f.code, f.message])).toEqual([
      ['yes', 'pass', 'has-workshop', '已建立“三位一体工作坊”(社区、物业、业主委员会事务共商、矛盾共调)'],
      ['no', 'fail', 'no-workshop', '未建立“三位一体工作坊”(社区、物业、业主委员会事务共商、矛盾共调)'],
      ['unknown', 'not-applicable', 'not-reported', '未报送是否建立“三位一体工作坊”,无法判断'],
    ]);
    expect(report.findings[1]?.source).toMatchObject({ paragraph: 3 });
    expect(report.findings[1]?.severity).toBe('warning');
  });
});
