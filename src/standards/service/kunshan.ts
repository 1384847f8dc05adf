/**
 * Kunshan parameters: The "6+X" services (spec §3.1).
 *
 * @module
 */
import { kunshanReport as report } from '../../citation.js';
import { assume } from '../../profiles/kunshan/assume.js';
import type { ParameterSpecs } from '../../profiles/kunshan/specs.js';

/**
 * The "6+X" services — part of the `kunshan` profile.
 *
 * @example
 * ```ts
 * Object.keys(serviceParameters).includes('service.standardServices'); //=> true
 * ```
 */
export const serviceParameters = {
  'service.standardServices': {
    label: { 'zh-CN': '“6+X”中的六项标准服务', en: 'The six standard services of "6+X"' },
    unit: 'list',
    description: assume('服务类别编号(ServiceCategory)', 'Service category ids (ServiceCategory)'),
    values: [
      {
        value: ['employment', 'social-insurance', 'charity-relief', 'elderly-care', 'health', 'culture-education'],
        citation: report(3, '推行“6+X”的服务模式'),
        assumption: assume(
          '报告未列出六项标准服务;取第6段公共服务项目中的六类:劳动就业、社会保险、慈善救助、社区养老、医疗卫生、文体教育。',
          'The report does not list the six; we take six of the public-service categories of paragraph 6: employment, social insurance, charity and relief, elderly care, health care, culture and education.',
        ),
      },
    ],
  },
  'service.minFeatured': {
    label: { 'zh-CN': '“X”特色服务数下限', en: 'Minimum featured services (the "X")' },
    unit: 'count',
    values: [
      {
        value: 1,
        citation: report(3, '推行“6+X”的服务模式,发展社区志愿互助服务和特色品牌服务'),
        assumption: assume('取“X”为至少一项特色服务。', 'We read the "X" as at least one featured service.'),
      },
    ],
  },
  'service.matchPriorityGroups': {
    label: { 'zh-CN': '供需对接的优先服务对象', en: 'Groups served first when matching needs' },
    unit: 'list',
    description: assume(
      '按优先级排列的服务对象组(TargetGroup),同组内不分先后;未列出的服务对象及未注明服务对象的需求排在最后',
      'Tiers of target groups (TargetGroup), highest first, equal within a tier; groups not listed, and needs naming no group, come last',
    ),
    values: [
      {
        value: [['entitled-groups', 'low-income', 'minors', 'elderly']],
        citation: report(6, '切实满足优抚对象、低收入群体、未成年人、老年人等社会群体的服务需求'),
        assumption: assume(
          '报告点名这些群体的服务需求须“切实满足”,但未排定先后,也未说对接时优先;我们将四者读作同一优先级,先于其他需求对接。“等”表示名单未穷尽(可按需增加残疾人等);“新昆山人”另句单列,未列入。',
          'The report names these groups’ needs as ones to be met ("切实满足") without ranking them or saying they come first in matching; we read the four as one tier matched before other needs. "等" leaves the list open (a profile may add people with disabilities); new residents ("新昆山人") are named in a sentence of their own and are not included.',
        ),
      },
    ],
  },
  'service.matchMaxDistanceMetres': {
    label: { 'zh-CN': '供需对接的最大距离(直线)', en: 'Greatest distance for matching a need (great-circle)' },
    unit: 'metres',
    values: [
      {
        value: 720,
        citation: report(3, '打造“15分钟社区服务圈”'),
        assumption: assume(
          '报告未给出对接距离;取步行 15 分钟:60 米/分钟 × 15 分钟 = 900 米步行距离,除以绕行系数 1.25 得 720 米直线距离(与 circle.walkingSpeed、circle.detourFactor 的取值一致)。不服务需求所在社区的组织或志愿者须在此距离内。',
          'The report gives no distance for matching; we take a 15-minute walk: 60 m/min × 15 min = 900 m of walking, ÷ a detour factor of 1.25 = 720 m great-circle (the values of circle.walkingSpeed and circle.detourFactor). A provider that does not serve the need’s community must be within it.',
        ),
      },
    ],
  },
  'service.minNeedsMetShare': {
    label: { 'zh-CN': '需求对接率下限', en: 'Minimum share of needs met' },
    unit: 'ratio',
    values: [
      {
        value: 1,
        citation: report(6, '以城乡居民服务需求为导向,建立《社区居民需求目录》及《可承接服务项目的组织目录》,健全供需对接'),
        assumption: assume(
          '报告未给出对接率;取《社区居民需求目录》中每项需求都能对接到承接方(100%),未对接的需求逐项列出原因。',
          'The report gives no share; we take every need of the catalogue matched to a provider (100%), each open need listed with its reason.',
        ),
      },
    ],
  },
} satisfies ParameterSpecs;
