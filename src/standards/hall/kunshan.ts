/**
 * Kunshan parameters: The service hall, items, "6+X" and the 15-minute circle (spec §3.1).
 *
 * @module
 */
import { kunshanReport as report } from '../../citation.js';
import { assume } from '../../profiles/kunshan/assume.js';
import type { ParameterSpecs } from '../../profiles/kunshan/specs.js';

/**
 * The service hall, items, "6+X" and the 15-minute circle — part of the `kunshan` profile.
 *
 * @example
 * ```ts
 * Object.keys(hallParameters).length > 0; //=> true
 * ```
 */
export const hallParameters = {
  // §3.1 service hall and items
  'hall.minServiceItems': {
    label: { 'zh-CN': '社区服务项目数下限', en: 'Minimum number of service items' },
    unit: 'count',
    values: [{ value: 20, citation: report(3, '85%的社区服务项目达20个以上') }],
  },
  'hall.requiredModes': {
    label: { 'zh-CN': '服务模式', en: 'Required service modes' },
    unit: 'list',
    values: [{ value: ['one-door', 'one-stop', 'one-card'], citation: report(3, '积极推行“一门式、一站式、一卡通”的服务模式') }],
  },
  'hall.ordinaryHours': {
    label: { 'zh-CN': '常规办公时间', en: 'Ordinary office hours' },
    unit: 'record',
    description: assume('{ days, opens, closes }:常规办公的星期与时段', '{ days, opens, closes }: the days and hours of ordinary office time'),
    values: [
      {
        value: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:30', closes: '17:00' },
        citation: report(3, '“错时工作制”'),
        assumption: assume(
          '报告未给出常规办公时间;取周一至周五 08:30–17:00。',
          'The report does not state ordinary office hours; we take Monday–Friday 08:30–17:00.',
        ),
      },
    ],
  },
  'hall.minWeekendDays': {
    label: { 'zh-CN': '错时工作制:周末开放天数下限', en: 'Staggered hours: minimum weekend days open' },
    unit: 'days',
    values: [
      {
        value: 1,
        citation: report(3, '“错时工作制”'),
        assumption: assume('报告未量化“错时工作制”;取每周至少一个周末日开放。', 'The report does not quantify staggered hours; we require at least one weekend day open each week.'),
      },
    ],
  },
  'hall.eveningUntil': {
    label: { 'zh-CN': '错时工作制:晚间服务截止时间', en: 'Staggered hours: evening service until' },
    unit: 'time-of-day',
    values: [
      {
        value: '19:00',
        citation: report(3, '“错时工作制”'),
        assumption: assume('取“晚间开放”为开放至 19:00 或更晚。', 'We read "evening opening" as open until 19:00 or later.'),
      },
    ],
  },
  'hall.minEveningWeekdays': {
    label: { 'zh-CN': '错时工作制:晚间开放工作日数下限', en: 'Staggered hours: minimum weekdays open in the evening' },
    unit: 'days',
    values: [
      {
        value: 1,
        citation: report(3, '“错时工作制”'),
        assumption: assume('取每周至少一个工作日晚间开放。', 'We require at least one weekday open in the evening each week.'),
      },
    ],
  },
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
  'circle.minutes': {
    label: { 'zh-CN': '社区服务圈时间', en: 'Community service circle, minutes' },
    unit: 'minutes',
    values: [{ value: 15, citation: report(3, '打造“15分钟社区服务圈”') }],
  },
  'circle.walkingSpeed': {
    label: { 'zh-CN': '步行速度', en: 'Walking speed' },
    unit: 'metres-per-minute',
    values: [
      {
        value: 60,
        assumption: assume(
          '报告未给出步行速度;取 60 米/分钟(3.6 公里/小时),15 分钟约 900 米,处于 GB 50180-2018 的 800–1000 米之间。',
          'The report gives no walking speed; we take 60 m/min (3.6 km/h), so 15 minutes is about 900 m, inside GB 50180-2018’s 800–1000 m.',
        ),
      },
    ],
  },
  'circle.detourFactor': {
    label: { 'zh-CN': '绕行系数', en: 'Detour factor' },
    unit: 'factor',
    values: [
      {
        value: 1.25,
        assumption: assume(
          '直线距离乘以 1.25 估算步行路径长度(常用经验值)。',
          'Straight-line distance × 1.25 estimates the walking route (a common rule of thumb).',
        ),
      },
    ],
  },
} satisfies ParameterSpecs;
