/**
 * Kunshan parameters: The service hall: items, modes and staggered hours (spec §3.1).
 *
 * @module
 */
import { kunshanReport as report } from '../../citation.js';
import { assume } from '../../profiles/kunshan/assume.js';
import type { ParameterSpecs } from '../../profiles/kunshan/specs.js';

/**
 * The service hall: items, modes and staggered hours — part of the `kunshan` profile.
 *
 * @example
 * ```ts
 * Object.keys(hallParameters).includes('hall.minServiceItems'); //=> true
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
} satisfies ParameterSpecs;
