/**
 * Kunshan parameters: Governance structure, staff, "5+1" stations, floor area and signage (spec §3.2–§3.5, §3.8).
 *
 * @module
 */
import { kunshanReport as report } from '../../citation.js';
import { assume } from './assume.js';
import type { ParameterSpecs } from './specs.js';

/**
 * Governance structure, staff, "5+1" stations, floor area and signage — part of the `kunshan` profile.
 *
 * @example
 * ```ts
 * Object.keys(centerParameters).length > 0; //=> true
 * ```
 */
export const centerParameters: ParameterSpecs = {
  // §3.2 governance
  'governance.bodies': {
    label: { 'zh-CN': '“一支(委)一居一中心一办”', en: 'The bodies of "one branch, one committee, one centre, one office"' },
    unit: 'list',
    values: [
      {
        value: ['party-organization', 'committee', 'livelihood-service-center', 'governance-office'],
        citation: report(4, '在全市推广建立“一支(委)一居一中心一办”的社区管理服务模式'),
      },
    ],
  },
  'governance.sixInOneServices': {
    label: { 'zh-CN': '“六位一体”综合治理办公室服务', en: 'Services of the "six-in-one" governance office' },
    unit: 'list',
    values: [
      {
        value: ['policing', 'public-security', 'stability', 'mediation', 'petitions', 'legal-aid'],
        citation: report(4, '社区“六位一体”综合治理办公室提供警务、综治、维稳、调解、信访、法律援助等服务'),
      },
    ],
  },
  // §3.3 staff
  'staff.professionalised': {
    label: { 'zh-CN': '“职业化专业化”的认定', en: 'What counts as professionalised' },
    unit: 'record',
    description: assume('{ socialWorkerLevels, minEducation }:持证等级之一或学历不低于', '{ socialWorkerLevels, minEducation }: any of these certificates, or at least this education'),
    values: [
      {
        value: { socialWorkerLevels: ['junior', 'intermediate', 'senior'], minEducation: 'college' },
        citation: report(7, '职业化专业化水平达86%'),
        assumption: assume(
          '报告未定义“职业化专业化”;取持有任一等级社工证书或大专及以上学历。',
          'The report does not define "professionalised"; we count staff with a social-work certificate of any level or a college degree or above.',
        ),
      },
    ],
  },
  // §3.4 5+1
  'center.stations': {
    label: { 'zh-CN': '“5+1”中的五个站', en: 'The five stations of "5+1"' },
    unit: 'list',
    values: [
      {
        value: ['government-affairs', 'health', 'culture-sports', 'daily-life', 'social-organization'],
        citation: report(6, '试点推行设立政务受理站、卫生服务站、文体服务站、生活服务站及社会组织服务站'),
      },
    ],
  },
  'center.plusOne': {
    label: { 'zh-CN': '“5+1”中的“1”', en: 'The "+1" of "5+1"' },
    unit: 'list',
    description: assume('站点编号;空列表表示不单独检查“1”', 'Station ids; an empty list checks no separate "+1"'),
    values: [
      {
        value: ['social-work'],
        citation: report(6, '同时鼓励社区专职工作人员运用社会工作专业方法为居民提供个性化、多样化服务'),
        assumption: assume(
          '报告在五个站之后述及社会工作专业服务,取其为“1”;另一读法以服务中心本身为“1”。',
          'The report names the professional social-work service after the five stations; we read it as the "+1". Another reading counts the centre itself.',
        ),
      },
    ],
  },
  // §3.5 area (city statistics, not minimums)
  'area.reportedAverageUrban': {
    label: { 'zh-CN': '城镇社区用房平均面积(报告数)', en: 'Average space of urban communities (reported)' },
    unit: 'square-metres',
    description: assume('全市统计数(“超过”),不是单个社区的下限', 'A city-wide statistic ("over"), not a minimum for one community'),
    values: [{ value: 1315, citation: report(8, '155个城镇社区办公、服务、活动用房平均面积超过1315平方米') }],
  },
  'area.reportedAverageRural': {
    label: { 'zh-CN': '农村社区用房平均面积(报告数)', en: 'Average space of rural communities (reported)' },
    unit: 'square-metres',
    description: assume('全市统计数(“超过”),不是单个社区的下限', 'A city-wide statistic ("over"), not a minimum for one community'),
    values: [{ value: 1274, citation: report(8, '153个农村社区办公、服务、活动用房平均面积超过1274平方米') }],
  },
  // §3.8 signage
  'signage.allowedPlaques': {
    label: { 'zh-CN': '允许悬挂的牌子', en: 'Plaques a community may hang' },
    unit: 'list',
    values: [
      {
        value: ['社区党组织', '社区居委会', '社区服务中心', '综合治理办公室'],
        citation: report(5, '社区只悬挂社区党组织、社区居委会、社区服务中心、综合治理办公室四块牌子及“江苏社区”标志'),
      },
    ],
  },
  'signage.mark': {
    label: { 'zh-CN': '统一标志', en: 'The common mark' },
    unit: 'list',
    values: [{ value: ['江苏社区'], citation: report(5, '四块牌子及“江苏社区”标志') }],
  },
};
