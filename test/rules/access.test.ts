import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { accessRequired } from '../../src/standards/access/rule.js';
import { referenceData } from '../helpers.js';

const asOf = '2013-06-30';
const ALL = [{ body: '市纪委' }, { body: '市民政局' }, { body: '市法制办公室' }];

function dataset() {
  const data = referenceData();
  data['accessRequests'] = [
    // reached, own duty (duty-4 by id)
    { id: 'ar1', communityId: 'yushan-lishe', department: '市公安局', kind: 'task', title: '治安巡逻', listEntryId: 'duty-4', approvals: [], reachedCommunity: true },
    // reached, admitted by the joint approval
    { id: 'ar2', communityId: 'yushan-lishe', department: '市消防大队', kind: 'inspection', title: '消防检查', approvals: ALL, reachedCommunity: true },
    // reached, refused: neither list nor approval
    { id: 'ar3', communityId: 'yushan-lishe', department: '市消防大队', kind: 'inspection', title: '消防检查', approvals: [], reachedCommunity: true },
    // reached, refused: a plaque outside the four, however approved
    { id: 'ar4', communityId: 'qiandeng-datan', department: '市老龄委', kind: 'plaque', title: '老年协会', approvals: ALL, reachedCommunity: true },
    // reached, refused, with an approval from an unknown body
    { id: 'ar5', communityId: 'yushan-jinghe', department: '市档案局', kind: 'compliance-upgrade', title: '档案达标', approvals: [{ body: '市档案局' }], reachedCommunity: true },
    // did not reach: not applicable, refused or not
    { id: 'ar6', communityId: 'yushan-jinghe', department: '市文明办', kind: 'appraisal', title: '文明评比', approvals: [], reachedCommunity: false },
    // does not say: not applicable
    { id: 'ar7', communityId: 'yushan-jinghe', department: '市文明办', kind: 'appraisal', title: '文明评比', approvals: [] },
    // reached, refused: an inspection titled like an assist-list entry still needs the joint review
    { id: 'ar8', communityId: 'yushan-lishe', department: '市卫生局', kind: 'inspection', title: '医疗卫生', approvals: [], reachedCommunity: true },
    // reached, admitted: the work task of that title is on the assist list (a reading)
    { id: 'ar9', communityId: 'yushan-lishe', department: '市卫生局', kind: 'task', title: '医疗卫生', approvals: [], reachedCommunity: true },
  ];
  return data;
}

describe('access.required', () => {
  it('finds every request that reached a community without own-duty or admission, by hand', () => {
    const report = check(dataset(), { asOf, rules: ['access.required'] });
    expect(report.issues).toEqual([]);
    expect(report.findings.map((f) => [f.subject.id, f.outcome, f.code])).toEqual([
      ['ar1', 'pass', 'admitted'],
      ['ar2', 'pass', 'admitted'],
      ['ar3', 'fail', 'reached-unadmitted'],
      ['ar4', 'fail', 'reached-unadmitted'],
      ['ar5', 'fail', 'reached-unadmitted'],
      ['ar6', 'not-applicable', 'not-reached'],
      ['ar7', 'not-applicable', 'not-reported'],
      ['ar8', 'fail', 'reached-unadmitted'],
      ['ar9', 'pass', 'admitted'],
    ]);
    expect(report.findings.map((f) => f.message)).toEqual([
      '市公安局:工作任务“治安巡逻”按条目编号 duty-4 列入《基层群众自治组织依法履行职责事项表》“协助维护社会治安”,属社区依法履行的职责;该清单条目为本库的推定(报告未列出清单条目),应以本地正式清单为准',
      '市消防大队:检查“消防检查”已经市纪委、市民政局、市法制办公室联合审批,予以准入',
      '市消防大队:检查“消防检查”未经联合审批,不予准入:检查不论名称均须经市纪委、市民政局、市法制办公室联合审批;此判定依据推定的参数 access.requiredApprovers,但已进入社区',
      '市老龄委:挂牌“老年协会”不是社区可悬挂的社区党组织、社区居委会、社区服务中心、综合治理办公室四块牌子及“江苏社区”标志,一律不予准入;此判定依据推定的参数 signage.allowedPlaques,但已进入社区',
      '市档案局:达标升级“档案达标”未经联合审批,不予准入:达标升级不论名称均须经市纪委、市民政局、市法制办公室联合审批;此判定依据推定的参数 access.requiredApprovers,但已进入社区(approvals[0].body:审批单位 市档案局 不是准入审核单位(市纪委, 市民政局, 市法制办公室),其审批不计)',
      '未进入社区,不适用',
      '未报送是否已进入社区,无法判断',
      '市卫生局:检查“医疗卫生”未经联合审批,不予准入:检查不论名称均须经市纪委、市民政局、市法制办公室联合审批(名称虽与《基层群众自治组织协助政府工作事项表》条目“医疗卫生”(assist-health)相同,两份清单只列工作任务);此判定依据推定的参数 access.requiredApprovers,但已进入社区',
      '市卫生局:工作任务“医疗卫生”与《基层群众自治组织协助政府工作事项表》条目“医疗卫生”(assist-health)名称一致,属协助政府工作事项,予以准入;该清单条目为本库的推定(报告未列出清单条目),应以本地正式清单为准',
    ]);
    expect(report.summary.byRule['access.required']).toEqual({ pass: 3, fail: 4, notApplicable: 2 });
    expect(report.summary.bySeverity.error).toBe(4);
    // The decisions that rest on a reading say which, in the finding's values.
    expect(report.findings.map((f) => f.values?.['readings'])).toEqual([
      ['access.dutiesList'],
      [],
      ['access.requiredApprovers'],
      ['signage.allowedPlaques'],
      ['access.requiredApprovers'],
      undefined,
      undefined,
      ['access.requiredApprovers'],
      ['access.assistList'],
    ]);
  });

  it('records the parameters a decision used, with their citations', () => {
    const report = check(dataset(), { asOf, rules: ['access.required'] });
    const own = report.findings[0]!;
    // duty-4 is an entry of the default duties list, our reading; the assist list and the alias table were read
    // but the decision does not rest on them, so the finding leaves them out.
    expect(own.parameters).toEqual(['access.reviewBodies', 'access.dutiesList']);
    expect(own.assumptions).toEqual(['access.dutiesList']);
    // an inspection without the joint approval rests on the reading that all three bodies must approve, not on the lists
    expect(report.findings[2]!.assumptions).toEqual(['access.requiredApprovers']);
    const plaque = report.findings[3]!;
    expect(plaque.parameters).toContain('signage.allowedPlaques');
    const refused = report.findings[2]!;
    expect(refused.parameters).toContain('access.requiredApprovers');
    expect(refused.expected).toEqual(['own-duty', 'admitted']);
    expect(refused.actual).toBe('refused');
    expect(refused.source.paragraph).toBe(5);
    expect(accessRequired.parameters).toEqual(expect.arrayContaining([...refused.parameters]));
  });

  it('speaks English', () => {
    const report = check(dataset(), { asOf, rules: ['access.required'], locale: 'en' });
    expect(report.findings[2]?.message).toBe(
      '市消防大队: inspection “消防检查” was not jointly approved: refused; whatever its title, a request of this kind needs the joint approval of 市纪委, 市民政局, 市法制办公室; this decision rests on our reading of access.requiredApprovers, yet it reached the community',
    );
  });

  it('has no findings for the reference communities, which report no access requests', () => {
    expect(check(referenceData(), { asOf, rules: ['access.required'] }).findings).toEqual([]);
  });
});
