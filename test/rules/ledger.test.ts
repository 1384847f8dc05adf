import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { referenceData } from '../helpers.js';

const asOf = '2013-06-30';

function dataset() {
  const data = referenceData();
  data['ledgers'] = [
    // 里厍社区: two social-assistance ledgers sharing 4 of 5 fields (0.8 ≥ 0.6) → merge, merge
    { id: 'l1', communityId: 'yushan-lishe', title: '低保台账', category: 'social-assistance', fields: ['姓名', '身份证号', '户号', '救助金额'] },
    { id: 'l2', communityId: 'yushan-lishe', title: '低保复核台账', category: 'social-assistance', fields: ['姓名', '身份证号', '户号', '救助金额', '家庭人口'] },
    // 泾河村: a service log with a field beyond the catalogue → simplify
    { id: 'l3', communityId: 'yushan-jinghe', title: '便民服务台账', category: 'service-log', fields: ['服务日期', '服务对象', '服务事项', '满意度'] },
    // 泾河村: the same fields as l1, but another community: no merge → keep
    { id: 'l4', communityId: 'yushan-jinghe', title: '低保台账', category: 'social-assistance', fields: ['姓名', '身份证号', '户号', '救助金额'] },
    // 大潭村: a category the catalogue lacks → abolish
    { id: 'l5', communityId: 'qiandeng-datan', title: '创卫迎检台账', category: 'sanitary-city', fields: ['检查日期'] },
  ];
  return data;
}

describe('ledger.rationalize', () => {
  it('reports each ledger’s advice, worked by hand', () => {
    const report = check(dataset(), { asOf, rules: ['ledger.rationalize'] });
    expect(report.findings.map((f) => [f.subject.id, f.outcome, f.code])).toEqual([
      ['l1', 'fail', 'merge'],
      ['l2', 'fail', 'merge'],
      ['l3', 'fail', 'simplify'],
      ['l4', 'pass', 'keep'],
      ['l5', 'fail', 'abolish'],
    ]);
    expect(report.findings.map((f) => f.message)).toEqual([
      '台账“低保台账”与“低保复核台账”(共有字段 4 个,合计 5 个,重合度 80%)同属社会救助台账,字段重合度不低于 60%,建议合并',
      '台账“低保复核台账”与“低保台账”(共有字段 4 个,合计 5 个,重合度 80%)同属社会救助台账,字段重合度不低于 60%,建议合并',
      '台账“便民服务台账”(类别:便民服务台账)有标准目录之外的字段:满意度,建议简化',
      '台账“低保台账”符合标准台账目录(类别:社会救助台账)',
      '台账“创卫迎检台账”所填类别“sanitary-city”不在标准台账目录中,建议撤销',
    ]);
    expect(report.findings[2]?.path).toEqual(['fields']);
    expect(report.findings[4]?.path).toEqual(['category']);
    expect(report.findings[0]?.parameters.map((id) => [id, report.parameters[id]?.unit])).toEqual([
      ['ledger.catalogue', 'list'],
      ['ledger.mergeThreshold', 'ratio'],
    ]);
    expect(report.summary.byRule['ledger.rationalize']).toEqual({ pass: 1, fail: 4, notApplicable: 0 });
  });

  it('speaks English', () => {
    const report = check(dataset(), { asOf, rules: ['ledger.rationalize'], locale: 'en' });
    expect(report.findings[4]?.message).toBe('ledger “创卫迎检台账” names category “sanitary-city”, which is not in the standard catalogue: abolish it');
  });
});
