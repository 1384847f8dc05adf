import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { referenceData } from '../helpers.js';

const asOf = '2013-06-30';

function dataset() {
  const data = referenceData();
  data['creationActivities'] = [
    // required by the province, and named (the report's words 创建活动 after the name) → may be imposed
    { id: 'ca1', communityId: 'yushan-lishe', title: '和谐社区创建活动', level: 'province', imposed: true },
    // city-wide → may be imposed
    { id: 'ca2', communityId: 'yushan-lishe', title: '文明城市创建', level: 'city', cityWide: true, imposed: true },
    // a department's appraisal, imposed → finding
    { id: 'ca3', communityId: 'yushan-lishe', title: '文明楼道评比', level: 'department', imposed: true },
    // joined voluntarily → fine
    { id: 'ca4', communityId: 'yushan-lishe', title: '绿色社区', level: 'district', imposed: false },
    // 平安社区 but required by a town, not the state or province → finding
    { id: 'ca5', communityId: 'yushan-jinghe', title: '平安社区', level: 'town', imposed: true },
    // a state activity not among the named ones, imposed → finding
    { id: 'ca6', communityId: 'yushan-jinghe', title: '全国示范社区', level: 'state', imposed: true },
    // city-level, city-wide not reported → not applicable
    { id: 'ca7', communityId: 'yushan-jinghe', title: '星级社区评定', level: 'city', imposed: true },
    // 平安 社区 written with a space, required by the state → may be imposed
    { id: 'ca8', communityId: 'qiandeng-datan', title: '平安 社区', level: 'state', imposed: true },
    // contains 和谐社区 but is not it: names are matched exactly, never by substring → finding
    { id: 'ca9', communityId: 'qiandeng-datan', title: '不和谐社区评比', level: 'province', imposed: true },
    { id: 'ca10', communityId: 'qiandeng-datan', title: '和谐社区建设示范社区', level: 'province', imposed: true },
  ];
  return data;
}

describe('evaluation.mandatory', () => {
  it('allows only city-wide tasks and the named state or provincial activities to be imposed, by hand', () => {
    const report = check(dataset(), { asOf, rules: ['evaluation.mandatory'] });
    expect(report.findings.map((f) => [f.subject.id, f.outcome, f.code])).toEqual([
      ['ca1', 'pass', 'required-from-above'],
      ['ca2', 'pass', 'city-wide'],
      ['ca3', 'fail', 'imposed-voluntary'],
      ['ca4', 'pass', 'voluntary'],
      ['ca5', 'fail', 'imposed-voluntary'],
      ['ca6', 'fail', 'imposed-voluntary'],
      ['ca7', 'not-applicable', 'city-wide-unknown'],
      ['ca8', 'pass', 'required-from-above'],
      ['ca9', 'fail', 'imposed-voluntary'],
      ['ca10', 'fail', 'imposed-voluntary'],
    ]);
    expect(report.findings.map((f) => f.message)).toEqual([
      '“和谐社区创建活动”是省委、省政府要求开展的“和谐社区”创建活动,可以要求开展',
      '“文明城市创建”是全市性创建任务,可以要求开展',
      '“文明楼道评比”由部门要求开展,既非全市性创建任务,也不是国家、省委、省政府要求的“和谐社区”、“平安社区”创建,应由社区自愿参加,不得强制',
      '“绿色社区”由社区自愿参加',
      '“平安社区”由镇要求开展,既非全市性创建任务,也不是国家、省委、省政府要求的“和谐社区”、“平安社区”创建,应由社区自愿参加,不得强制',
      '“全国示范社区”由国家要求开展,既非全市性创建任务,也不是国家、省委、省政府要求的“和谐社区”、“平安社区”创建,应由社区自愿参加,不得强制',
      '“星级社区评定”由市要求开展,未报送是否为全市性创建任务,无法判断',
      '“平安 社区”是国家要求开展的“平安社区”创建活动,可以要求开展',
      '“不和谐社区评比”由省委、省政府要求开展,既非全市性创建任务,也不是国家、省委、省政府要求的“和谐社区”、“平安社区”创建,应由社区自愿参加,不得强制',
      '“和谐社区建设示范社区”由省委、省政府要求开展,既非全市性创建任务,也不是国家、省委、省政府要求的“和谐社区”、“平安社区”创建,应由社区自愿参加,不得强制',
    ]);
    expect(report.findings[2]?.parameters).toEqual(['evaluation.mandatoryActivities', 'evaluation.mandatoryLevels']);
  });

  it('speaks English', () => {
    const report = check(dataset(), { asOf, rules: ['evaluation.mandatory'], locale: 'en' });
    expect(report.findings[2]?.message).toBe(
      '“文明楼道评比” was imposed by a department; it is neither city-wide nor one of “和谐社区”, “平安社区” required by the state or the province, so it must be voluntary',
    );
  });
});

describe('evaluation.resident-feedback', () => {
  const activity = (id: string, criteria?: { name: string; weight: number; source: string }[]) => ({
    id,
    communityId: 'yushan-lishe',
    title: '社区工作考评',
    level: 'city',
    imposed: false,
    ...(criteria !== undefined && { criteria }),
  });

  it('requires resident feedback to carry at least half of the weight, by hand', () => {
    const data = referenceData();
    data['creationActivities'] = [
      // 40 of 100 → 40% < 50%
      activity('e1', [{ name: '居民满意度', weight: 40, source: 'resident-feedback' }, { name: '部门考核', weight: 60, source: 'department' }]),
      // 30 + 20 of 100 → 50%: exactly enough
      activity('e2', [
        { name: '居民满意度', weight: 30, source: 'resident-feedback' },
        { name: '居民代表评议', weight: 20, source: 'resident-feedback' },
        { name: '部门考核', weight: 35, source: 'department' },
        { name: '自评', weight: 15, source: 'self-assessment' },
      ]),
      // 2 of 3 (another scale) → 66.7%
      activity('e3', [{ name: '居民测评', weight: 2, source: 'resident-feedback' }, { name: '台账检查', weight: 1, source: 'department' }]),
      // no criteria reported → not applicable
      activity('e4'),
      // criteria that weigh nothing → not applicable
      activity('e5', [{ name: '居民满意度', weight: 0, source: 'resident-feedback' }]),
    ];
    const report = check(data, { asOf, rules: ['evaluation.resident-feedback'] });
    expect(report.findings.map((f) => [f.subject.id, f.outcome, f.message])).toEqual([
      ['e1', 'fail', '居民反馈意见权重占 40%(40 / 100),低于 50%'],
      ['e2', 'pass', '居民反馈意见权重占 50%(50 / 100),不低于 50%'],
      ['e3', 'pass', '居民反馈意见权重占 66.7%(2 / 3),不低于 50%'],
      ['e4', 'not-applicable', '未报送考评指标,无法判断'],
      ['e5', 'not-applicable', '考评指标权重合计为 0,无法判断'],
    ]);
    expect(report.findings[0]?.expected).toBe(0.5);
    expect(report.findings[0]?.actual).toBe(0.4);
    expect(report.parameters[report.findings[0]!.parameters[0]!]?.assumption?.en).toContain('50%');
    const en = check(data, { asOf, rules: ['evaluation.resident-feedback'], locale: 'en' });
    expect(en.findings[0]?.message).toBe('resident feedback carries 40% of the weight (40 / 100), less than 50%');
  });
});
