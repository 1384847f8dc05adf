import { describe, expect, it } from 'vitest';
import { check, defineProfile, defineRule, kunshan } from '../../src/index.js';
import { referenceData } from '../helpers.js';
import { center, community, item } from '../rules/fixtures.js';

const ASOF = '2013-06-30';

describe('findings say whether they rest on an assumption', () => {
  it('hall.min-items rests on the report’s 20 only; service.6x on two readings', () => {
    const data = {
      communities: [community('a')],
      serviceCenters: [center('x', ['a'], { serviceItemIds: ['i1', 'i2', 'i3'] })],
      serviceItems: [item('i1', 'convenience'), item('i2'), item('i3', 'family-planning')],
    };
    const report = check(data, { asOf: ASOF, rules: ['hall.min-items', 'service.6x'] });
    expect(report.findings.map((f) => [f.rule, f.outcome, f.assumptions, f.restsOnAssumption])).toEqual([
      ['hall.min-items', 'fail', [], false],
      ['service.6x', 'fail', ['service.standardServices', 'service.minFeatured'], true],
    ]);
    expect(report.summary.failures).toEqual({
      total: { onFigures: 1, onReadings: 1 },
      byRule: { 'hall.min-items': { onFigures: 1, onReadings: 0 }, 'service.6x': { onFigures: 0, onReadings: 1 } },
    });
  });

  it('a station of "5+1" rests on the cited stations, the "+1" on our reading only', () => {
    const report = check(
      { communities: [community('a')], serviceCenters: [center('x', ['a'], { stations: ['government-affairs'] })] },
      { asOf: ASOF, rules: ['center.five-plus-one'] },
    );
    const stations = ['center.stations', 'center.fivePlusOneStatus'];
    expect(report.findings.map((f) => [f.item, f.outcome, f.parameters, f.restsOnAssumption])).toEqual([
      ['government-affairs', 'pass', stations, false],
      ['health', 'fail', stations, false],
      ['culture-sports', 'fail', stations, false],
      ['daily-life', 'fail', stations, false],
      ['social-organization', 'fail', stations, false],
      ['social-work', 'fail', ['center.plusOne', 'center.fivePlusOneStatus'], true],
    ]);
    expect(report.summary.failures.total).toEqual({ onFigures: 4, onReadings: 1 });
  });

  it('a profile that cites a value instead of assuming it moves the failure onto figures', () => {
    const cited = defineProfile({
      extends: kunshan,
      id: 'cited',
      name: { 'zh-CN': '示例', en: 'example' },
      parameters: {
        'service.standardServices': { values: [{ value: ['health'], citation: { document: '示例清单' } }] },
        'service.minFeatured': { values: [{ value: 0, citation: { document: '示例清单' } }] },
      },
    });
    const data = { communities: [community('a')], serviceCenters: [center('x', ['a'], { serviceItemIds: ['i'] })], serviceItems: [item('i')] };
    const report = check(data, { asOf: ASOF, profile: cited, rules: ['service.6x'] });
    expect(report.findings.map((f) => [f.outcome, f.code, f.restsOnAssumption])).toEqual([['fail', 'missing-standard', false]]);
    expect(report.summary.failures.total).toEqual({ onFigures: 1, onReadings: 0 });
  });
});

describe('summaries give the reasons of not-applicable findings', () => {
  it('area.per-households before 2016: the national value starts on 2016-01-01', () => {
    const report = check(referenceData(), { asOf: ASOF, rules: ['area.per-households'] });
    expect(report.summary.notApplicable).toEqual({
      'area.per-households': [
        {
          code: 'parameter-not-in-force',
          parameter: 'area.perHundredHouseholds',
          count: 4,
          message: '参数“每百户社区综合服务设施面积下限”(area.perHundredHouseholds)在 2013-06-30 无有效取值(自 2016-01-01 起才有取值),本规则不适用',
        },
      ],
    });
  });

  it('uses the rule’s written reason when the messages name subjects', () => {
    const data = {
      communities: [community('a', { households: { resident: 100 } }), community('b', { households: { resident: 50 } }), community('c', { households: { resident: 10 } })],
      serviceCenters: [center('x', ['a']), center('y', ['b'])],
    };
    const report = check(data, { asOf: '2020-06-30', rules: ['area.per-households'], locale: 'en' });
    expect(report.findings.map((f) => [f.subject.id, f.code, f.message])).toEqual([
      ['a', 'area-not-reported', 'floor area not reported for x'],
      ['b', 'area-not-reported', 'floor area not reported for y'],
      ['c', 'no-center', 'no service centre serves this community'],
    ]);
    expect(report.summary.notApplicable['area.per-households']).toEqual([
      { code: 'area-not-reported', count: 2, message: 'a centre serving the community does not report its floor area' },
      { code: 'no-center', count: 1, message: 'no service centre serves the community' },
    ]);
  });

  it('says when a parameter’s values ended', () => {
    const note = { 'zh-CN': '示例', en: 'example' };
    const ended = defineProfile({
      extends: kunshan, id: 'ended', name: note,
      parameters: { 'hall.minServiceItems': { values: [{ to: '2012-12-31', value: 20, assumption: note }] } },
    });
    const report = check({ communities: [community('a')] }, { asOf: ASOF, profile: ended, rules: ['hall.min-items'] });
    expect(report.findings[0]?.message).toBe('参数“社区服务项目数下限”(hall.minServiceItems)在 2013-06-30 无有效取值(取值已于 2012-12-31 截止),本规则不适用');
  });

  it('falls back to the shared message, or to the code, for a rule without written reasons', () => {
    const rule = defineRule({
      id: 'example.reasonless', title: { 'zh-CN': '示例', en: 'example' }, subject: 'community', severity: 'info',
      source: { document: 'example' }, parameters: [],
      messages: {
        'zh-CN': { same: () => '相同', named: (v) => `名为${String(v['name'])}` },
        en: { same: () => 'same', named: (v) => `named ${String(v['name'])}` },
      },
      check: (c) => ({ outcome: 'not-applicable', code: c.id === 'a' || c.id === 'b' ? 'same' : 'named', values: { name: c.id } }),
    });
    const data = { communities: ['a', 'b', 'c', 'd'].map((id) => community(id)) };
    const report = check(data, { asOf: ASOF, rules: [rule], locale: 'en' });
    expect(report.summary.notApplicable).toEqual({
      'example.reasonless': [
        { code: 'same', count: 2, message: 'same' },
        { code: 'named', count: 2, message: 'named' },
      ],
    });
    expect(report.summary.failures).toEqual({ total: { onFigures: 0, onReadings: 0 }, byRule: { 'example.reasonless': { onFigures: 0, onReadings: 0 } } });
  });
});
