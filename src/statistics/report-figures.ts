/**
 * The figures of the Kunshan survey report's table (spec §5), as data: value, how the report writes it, and the
 * paragraph and sentence it comes from.
 *
 * @module
 */
import { kunshanReport as report } from '../citation.js';
import type { ReportFigure, StatisticId } from './types.js';

/** The report's figures, by statistic id (only the statistics the report gives). */
export type ReportFigures = Readonly<Partial<Record<StatisticId, ReportFigure>>>;

const figure = (value: number, reading: ReportFigure['reading'], paragraph: number, quote: string): ReportFigure =>
  Object.freeze({ value, reading, citation: Object.freeze(report(paragraph, quote)) });
const exact = (value: number, paragraph: number, quote: string): ReportFigure => figure(value, 'exact', paragraph, quote);

/**
 * The figures of the Kunshan survey report (昆山市基本公共服务调研报告, section "二 依托社区完善公共服务") that a
 * Kunshan dataset must reproduce — the default `report` of `cityStatistics`. Paragraphs as in the spec's map
 * (2 = centres, 3 = hall and partner units, 4 = projects, social organisations and social workers, 7 = staff,
 * 8 = floor area and the upgrade programme's “200余个”, read as over 200). Certified social workers of the senior level are not in the report, so have no figure.
 *
 * @example
 * ```ts
 * kunshan2013ReportFigures['hall.minItems'];
 * //=> { value: 85, reading: 'whole-percent', citation: { …, paragraph: 3, quote: '85%的社区服务项目达20个以上' } }
 * kunshan2013ReportFigures['area.urbanAverage']?.reading; //=> 'over'
 * ```
 */
export const kunshan2013ReportFigures: ReportFigures = Object.freeze({
  'centers.village': exact(177, 2, '目前昆山市共有177个村公共服务中心,130个城市社区服务中心'),
  'centers.urban': exact(130, 2, '目前昆山市共有177个村公共服务中心,130个城市社区服务中心'),
  'communities.urban': exact(155, 7, '目前全市155个社区居民委员会有社区专职人员(社区党组织、居委会成员)1558人'),
  'communities.rural': exact(153, 7, '153个农村社区“两委会”成员1580人'),
  'hall.oneStop': figure(100, 'whole-percent', 3, '在昆山,100%的社区创设了“一站式”服务大厅'),
  'hall.minItems': figure(85, 'whole-percent', 3, '85%的社区服务项目达20个以上'),
  'socialOrganizations.registered': exact(689, 4, '截至2013年第二季度,昆山共注册登记社会组织689家'),
  'socialOrganizations.socialGroups': exact(307, 4, '其中社会团体307家'),
  'socialOrganizations.privateNonEnterprise': exact(374, 4, '民办非企业单位374家'),
  'socialOrganizations.foundations': exact(8, 4, '基金会8家'),
  'socialOrganizations.filed': exact(1336, 4, '另有备案的社区社会组织1336家'),
  'socialWorkers.certified': exact(316, 4, '目前全市累计有持证社工316人'),
  'socialWorkers.junior': exact(262, 4, '其中初级262名'),
  'socialWorkers.intermediate': exact(54, 4, '中级54名'),
  'staff.urban': exact(1558, 7, '全市155个社区居民委员会有社区专职人员(社区党组织、居委会成员)1558人'),
  'staff.urbanProfessionalised': figure(86, 'whole-percent', 7, '职业化专业化水平达86%'),
  'staff.rural': exact(1580, 7, '153个农村社区“两委会”成员1580人'),
  'staff.ruralProfessionalised': figure(57, 'whole-percent', 7, '职业化专业化水平达57%'),
  'area.urbanAverage': figure(1315, 'over', 8, '155个城镇社区办公、服务、活动用房平均面积超过1315平方米'),
  'area.ruralAverage': figure(1274, 'over', 8, '153个农村社区办公、服务、活动用房平均面积超过1274平方米'),
  partnerUnits: exact(275, 3, '各社区与275个单位深入开展共驻共建共享活动'),
  'welfare.ventureFunded2012': exact(35, 4, '2012年,开展了首届公益创投活动,资助了35个社区的公益服务项目'),
  'centers.upgraded': figure(200, 'over', 8, '市、区、镇财政先后拨付了3.4亿元资金用于新建、改扩建城乡200余个社区服务中心'),
} satisfies ReportFigures);
