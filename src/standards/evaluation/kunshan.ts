/**
 * Kunshan parameters: Evaluations: mandatory creation activities and resident feedback (spec §3.9).
 *
 * @module
 */
import { kunshanReport as report } from '../../citation.js';
import { assume } from '../../profiles/kunshan/assume.js';
import type { ParameterSpecs } from '../../profiles/kunshan/specs.js';

/**
 * Evaluations: mandatory creation activities and resident feedback — part of the `kunshan` profile.
 *
 * @example
 * ```ts
 * Object.keys(evaluationParameters).includes('evaluation.mandatoryLevels'); //=> true
 * ```
 */
export const evaluationParameters = {
  // §3.9 evaluation
  'evaluation.mandatoryLevels': {
    label: { 'zh-CN': '可要求开展指定创建活动的层级', en: 'Levels that may require the named creation activities' },
    unit: 'list',
    description: assume('ActivityLevel 编号', 'ActivityLevel ids'),
    values: [{ value: ['state', 'province'], citation: report(5, '国家、中共江苏省委、省政府要求开展的和谐社区、平安社区评比创建活动') }],
  },
  'evaluation.mandatoryActivities': {
    label: { 'zh-CN': '上级要求开展的创建活动', en: 'Creation activities required from above' },
    unit: 'list',
    values: [{ value: ['和谐社区', '平安社区'], citation: report(5, '国家、中共江苏省委、省政府要求开展的和谐社区、平安社区评比创建活动') }],
  },
  'evaluation.minResidentFeedbackShare': {
    label: { 'zh-CN': '居民反馈意见权重下限', en: 'Minimum weight of resident feedback' },
    unit: 'ratio',
    values: [
      {
        value: 0.5,
        citation: report(5, '所有考核考评以社区居民反馈意见为主'),
        assumption: assume('取“为主”为权重不低于 50%。', 'We read "mainly" as a weight of at least 50%.'),
      },
    ],
  },
} satisfies ParameterSpecs;
