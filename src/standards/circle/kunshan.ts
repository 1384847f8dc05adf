/**
 * Kunshan parameters: The 15-minute community service circle (spec §3.1).
 *
 * @module
 */
import { kunshanReport as report } from '../../citation.js';
import { assume } from '../../profiles/kunshan/assume.js';
import type { ParameterSpecs } from '../../profiles/kunshan/specs.js';

/**
 * The 15-minute community service circle — part of the `kunshan` profile.
 *
 * @example
 * ```ts
 * Object.keys(circleParameters).includes('circle.minutes'); //=> true
 * ```
 */
export const circleParameters = {
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
