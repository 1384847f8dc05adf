/**
 * Kunshan parameters: Work access and evaluations of the burden-reduction programme (spec §3.6–§3.9).
 *
 * @module
 */
import { kunshanReport as report } from '../../citation.js';
import { assume } from './assume.js';
import type { ParameterSpecs } from './specs.js';

/**
 * Work access and evaluations of the burden-reduction programme — part of the `kunshan` profile.
 *
 * @example
 * ```ts
 * Object.keys(burdenParameters).length > 0; //=> true
 * ```
 */
export const burdenParameters: ParameterSpecs = {
  // §3.6 access
  'access.reviewBodies': {
    label: { 'zh-CN': '准入联合审核单位', en: 'Joint access review bodies' },
    unit: 'list',
    values: [{ value: ['市纪委', '市民政局', '市法制办公室'], citation: report(5, '明确由市纪委、市民政局、市法制办公室共抓社区工作的准入') }],
  },
  'access.requiredApprovers': {
    label: { 'zh-CN': '准入须经批准的单位', en: 'Bodies whose approval admits a request' },
    unit: 'list',
    values: [
      {
        value: ['市纪委', '市民政局', '市法制办公室'],
        citation: report(5, '市纪委、市民政局、市法制办公室共抓社区工作的准入'),
        assumption: assume('取三家单位全部批准方可准入。', 'We require the approval of all three bodies.'),
      },
    ],
  },
  // §3.9 evaluation
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
};
