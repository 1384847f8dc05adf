/**
 * Kunshan parameters: The "5+1" stations of a service centre (spec §3.4).
 *
 * @module
 */
import { kunshanReport as report } from '../../citation.js';
import { assume } from '../../profiles/kunshan/assume.js';
import type { ParameterSpecs } from '../../profiles/kunshan/specs.js';

/**
 * The "5+1" stations of a service centre — part of the `kunshan` profile.
 *
 * @example
 * ```ts
 * Object.keys(centerParameters).includes('center.stations'); //=> true
 * ```
 */
export const centerParameters = {
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
  'center.fivePlusOneStatus': {
    label: { 'zh-CN': '“5+1”的约束力', en: 'How binding "5+1" is' },
    unit: 'record',
    description: assume(
      '{ stations: "pilot" | "required", plusOne: "encouraged" | "required" }:五个站为试点目标或硬性要求,“+1”为鼓励或硬性要求;试点与鼓励未达到时仅作提示,硬性要求未达到时为警告',
      '{ stations: "pilot" | "required", plusOne: "encouraged" | "required" }: the five stations are a pilot target or a requirement, the "+1" an encouragement or a requirement; a pilot target or encouragement not met only informs, a requirement not met warns',
    ),
    values: [
      {
        value: { stations: 'pilot', plusOne: 'encouraged' },
        citation: report(6, '试点推行设立政务受理站、卫生服务站、文体服务站、生活服务站及社会组织服务站,为社区居民提供全方位服务,同时鼓励社区专职工作人员运用社会工作专业方法'),
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
} satisfies ParameterSpecs;
