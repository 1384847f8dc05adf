import { describe, expect, it } from 'vitest';
import { check, defineProfile, defineRule, explain, InvalidOptionError, kunshan, rules, UnknownRuleError } from '../../src/index.js';
import { deepFreeze, referenceData } from '../helpers.js';

describe('check', () => {
  it('runs every rule on every subject of its kind, in registry order then dataset order', () => {
    const data = referenceData();
    const report = check(data, { asOf: '2013-06-30' });
    const communityIds = (data['communities'] as { id: string }[]).map((c) => c.id);
    const centerIds = (data['serviceCenters'] as { id: string }[]).map((c) => c.id);
    let expectedCount = 0;
    for (const rule of rules) expectedCount += rule.subject === 'community' ? communityIds.length : rule.subject === 'serviceCenter' ? centerIds.length : 0;
    expect(report.findings.length).toBeGreaterThanOrEqual(expectedCount);
    const ruleOrder = report.findings.map((f) => rules.findIndex((r) => r.id === f.rule));
    expect(ruleOrder).toEqual([...ruleOrder].sort((a, b) => a - b));
    const oneStop = report.findings.filter((f) => f.rule === 'hall.one-stop');
    expect(oneStop.map((f) => f.subject.id)).toEqual(communityIds);
    expect(report.issues).toEqual([]);
  });

  it('reports the four reference communities against hall.min-items by hand: only 泾河村 lists items, partially (3)', () => {
    const report = check(referenceData(), { asOf: '2013-06-30', rules: ['hall.min-items'], locale: 'en' });
    // Paragraph 2 names three of 泾河村's services followed by 等: a partial list, which cannot show fewer than 20.
    expect(report.findings.map((f) => [f.subject.id, f.outcome, f.code])).toEqual([
      ['qiandeng-yanwu', 'not-applicable', 'not-reported'],
      ['qiandeng-datan', 'not-applicable', 'not-reported'],
      ['yushan-jinghe', 'not-applicable', 'partial-list'],
      ['yushan-lishe', 'not-applicable', 'not-reported'],
    ]);
    const jinghe = report.findings[2]!;
    expect(jinghe.message).toBe('the service item list is partial (3 listed), so whether there are 20 cannot be told');
    expect(jinghe.expected).toBe(20);
    expect(jinghe.actual).toBe(3);
    expect(jinghe.parameters).toEqual(['hall.minServiceItems']);
    const minItems = report.parameters['hall.minServiceItems'];
    expect([minItems?.id, minItems?.value, minItems?.citation?.paragraph]).toEqual(['hall.minServiceItems', 20, 3]);
    expect(jinghe.source.paragraph).toBe(3);
    expect(report.summary.byRule['hall.min-items']).toEqual({ pass: 0, fail: 0, notApplicable: 4 });
    expect(report.summary.bySeverity.warning).toBe(0);
  });

  it('is deterministic and JSON-serialisable, and does not mutate its input', () => {
    const data = deepFreeze(referenceData());
    const a = JSON.stringify(check(data, { asOf: '2013-06-30' }));
    const b = JSON.stringify(check(data, { asOf: '2013-06-30' }));
    expect(a).toBe(b);
    expect(JSON.parse(a)).toEqual(check(data, { asOf: '2013-06-30' }));
  });

  it('reports invalid records as issues and checks the rest', () => {
    const data = referenceData();
    (data['communities'] as Record<string, unknown>[])[0]!['households'] = { resident: -1 };
    const report = check(data, { asOf: '2013-06-30', rules: ['hall.one-stop'] });
    expect(report.issues.map((i) => i.path.join('.'))).toEqual(['communities.0.households.resident']);
    expect(report.findings.map((f) => f.subject.id)).toEqual(['qiandeng-datan', 'yushan-jinghe', 'yushan-lishe']);
  });

  it('takes asOf from the dataset meta, and requires one of the two', () => {
    expect(check(referenceData()).asOf).toBe('2012-04-30');
    const { meta: _meta, ...withoutMeta } = referenceData();
    expect(() => check(withoutMeta)).toThrow(InvalidOptionError);
  });

  it('throws for unknown rule ids', () => {
    expect(() => check(referenceData(), { rules: ['hall.min-itemz'] })).toThrow(UnknownRuleError);
  });

  it('turns a parameter with no value in force into not-applicable findings that say so', () => {
    const note = { 'zh-CN': '示例', en: 'example' };
    const later = defineProfile({
      extends: kunshan, id: 'later', name: note,
      parameters: { 'hall.minServiceItems': { values: [{ from: '2014-01-01', value: 20, assumption: note }] } },
    });
    const report = check(referenceData(), { asOf: '2013-06-30', profile: later, rules: ['hall.min-items'], locale: 'en' });
    expect(report.findings.map((f) => [f.outcome, f.code])).toEqual(Array(4).fill(['not-applicable', 'parameter-not-in-force']));
    expect(report.findings[0]?.message).toBe(
      'parameter “Minimum number of service items” (hall.minServiceItems) has no value in force on 2013-06-30 (its values start on 2014-01-01), so the rule does not apply',
    );
  });

  it('explains a finding with its parameter, value and citation in both languages', () => {
    const items = Array.from({ length: 3 }, (_, i) => ({ id: `i${i}`, code: `i${i}`, name: `项目${i}`, category: 'other' }));
    const data = {
      communities: [{ id: 'a', name: 'a', kind: 'urban', model: 'old-town', households: {}, population: {} }],
      serviceCenters: [{ id: 'x', name: 'x', kind: 'urban-community-service-center', communityIds: ['a'], oneStopHall: true, serviceItemIds: items.map((i) => i.id) }],
      serviceItems: items,
    };
    const report = check(data, { asOf: '2013-06-30', rules: ['hall.min-items'] });
    const three = report.findings[0]!;
    // Without the report's parameters, a finding names them by id only.
    expect(explain(three)).toContain('参数 hall.minServiceItems');
    expect(explain(three)).not.toContain('参数 hall.minServiceItems = 20');
    const zh = explain(three, { parameters: report.parameters });
    // The title names the subject in the reader's language.
    expect(zh.split('\n')[0]).toBe('规则 hall.min-items — 社区 a');
    expect(explain(three, { locale: 'en' }).split('\n')[0]).toBe('Rule hall.min-items — community a');
    expect(zh).toContain('参数 hall.minServiceItems = 20');
    expect(zh).toContain('第 3 段');
    expect(zh).toContain('85%的社区服务项目达20个以上');
    expect(zh).toContain('结论: 不符合 — 服务项目 3 项,少于 20 项(差 17 项)');
    expect(zh).toContain('- 依据报告数字');
    const en = explain(three, { locale: 'en', parameters: report.parameters });
    expect(en).toContain('- on the report’s figures');
    const sixX = check(data, { asOf: '2013-06-30', rules: ['service.6x'], locale: 'en' }).findings[0]!;
    expect(explain(sixX, { locale: 'en' })).toContain('- on our readings: service.standardServices, service.minFeatured');
    expect(en).toContain('Outcome: fail');
    expect(en).toContain('para. 3');
  });
});

describe('check — a finding’s own severity', () => {
  it('takes the severity a check sets for one finding, and counts failures by it', () => {
    const rule = defineRule({
      id: 'test.severity',
      title: { 'zh-CN': '测试', en: 'test' },
      subject: 'community',
      severity: 'info',
      source: { document: 'test' },
      parameters: [],
      messages: { 'zh-CN': { x: () => 'x' }, en: { x: () => 'x' } },
      check: (c) => ({ outcome: 'fail', code: 'x', ...(c.id === 'qiandeng-datan' && { severity: 'error' as const }) }),
    });
    const report = check(referenceData(), { asOf: '2013-06-30', rules: [rule] });
    // Four reference communities: 大潭村 raised to error, the three others at the rule's info.
    expect(report.findings.map((f) => [f.subject.id, f.severity])).toEqual([
      ['qiandeng-yanwu', 'info'],
      ['qiandeng-datan', 'error'],
      ['yushan-jinghe', 'info'],
      ['yushan-lishe', 'info'],
    ]);
    expect(report.summary.bySeverity).toEqual({ error: 1, warning: 0, info: 3 });
  });
});
