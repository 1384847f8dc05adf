/**
 * Kunshan parameters: Community floor area: the city averages the report gives and the household basis (spec §3.5).
 *
 * @module
 */
import { kunshanReport as report } from '../../citation.js';
import { assume } from '../../profiles/kunshan/assume.js';
import type { ParameterSpecs } from '../../profiles/kunshan/specs.js';

/**
 * Community floor area: the city averages the report gives and the household basis — part of the `kunshan` profile.
 *
 * @example
 * ```ts
 * Object.keys(areaParameters).includes('area.reportedAverageUrban'); //=> true
 * ```
 */
export const areaParameters = {
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
  'area.householdBasis': {
    label: { 'zh-CN': '每百户用房面积的户数口径', en: 'Households counted for the area per 100 households' },
    unit: 'record',
    description: assume(
      "'resident-households'(常住户数)或 'registered-households'(户籍户数)",
      "'resident-households' or 'registered-households'",
    ),
    values: [
      {
        value: 'resident-households',
        basis: 'resident-households',
        citation: report(3, '逐步实现公共服务由户籍人口向常住人口全覆盖'),
        assumption: assume(
          '国家标准按“每百户居民”计,未说明户籍或常住;取常住户数,与昆山公共服务向常住人口全覆盖一致。缺少该口径户数的社区不作判断(不适用),不改用另一口径。',
          'The national figure is per 100 households of residents (每百户居民), without saying registered or resident; we take resident households, as Kunshan extends public services to the whole resident population. A community without that count is not judged (not applicable); the other count is never used instead.',
        ),
      },
    ],
  },
} satisfies ParameterSpecs;
