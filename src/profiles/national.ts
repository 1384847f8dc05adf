/**
 * The `national` profile: national planning figures that are not in the Kunshan report.
 *
 * @module
 */
import type { Citation } from '../citation.js';
import { buildProfile } from './build-profile.js';
import type { ParameterSpecs } from './kunshan/specs.js';

const PLAN_2016: Citation = {
  document: '城乡社区服务体系建设规划(2016-2020年)',
  section: '建设目标',
  quote: '每百户居民拥有综合服务设施面积不低于30平方米',
};
const GB_50180: Citation = {
  document: 'GB 50180-2018 城市居住区规划设计标准',
  section: '3.0.4 居住区分级控制规模(表 3.0.4)',
  quote: '十五分钟生活圈居住区 步行距离 800~1000m;十分钟生活圈居住区 500m;五分钟生活圈居住区 300m',
};
const GB_50180_FROM = '2018-12-01';

/** The national parameters, each typed by its entry in `ParameterTypes`. */
const nationalParameters = {
  'area.perHundredHouseholds': {
    label: { 'zh-CN': '每百户社区综合服务设施面积下限', en: 'Minimum community service facility area per 100 households' },
    unit: 'square-metres-per-100-households',
    values: [
      {
        from: '2016-01-01',
        value: 30,
        citation: PLAN_2016,
        assumption: {
          'zh-CN': '起始日期取规划期首日(2016-01-01);“十四五”城乡社区服务体系建设规划沿用同一标准,故不设截止日期。',
          en: 'The start is taken as the first day of the plan period (2016-01-01); the 14th five-year plan keeps the same figure, so no end date is set.',
        },
      },
    ],
  },
  'circle.distance5Minutes': {
    label: { 'zh-CN': '五分钟生活圈步行距离', en: 'Walking distance of the 5-minute life circle' },
    unit: 'metres',
    values: [{ from: GB_50180_FROM, value: 300, citation: GB_50180 }],
  },
  'circle.distance10Minutes': {
    label: { 'zh-CN': '十分钟生活圈步行距离', en: 'Walking distance of the 10-minute life circle' },
    unit: 'metres',
    values: [{ from: GB_50180_FROM, value: 500, citation: GB_50180 }],
  },
  'circle.distance15Minutes': {
    label: { 'zh-CN': '十五分钟生活圈步行距离', en: 'Walking distance of the 15-minute life circle' },
    unit: 'record',
    description: { 'zh-CN': '区间(米):{ min, max }', en: 'A range in metres: { min, max }' },
    values: [{ from: GB_50180_FROM, value: { min: 800, max: 1000 }, citation: GB_50180 }],
  },
} satisfies ParameterSpecs;

/**
 * The national profile (国家规划标准): community service facility area per 100 households (≥ 30 m², the
 * 2016–2020 and 14th five-year plans) and the 5 / 10 / 15-minute life-circle walking distances of
 * GB 50180-2018 (300 m, 500 m, 800–1000 m). Kept apart from Kunshan's own figures; `kunshan` builds on it.
 *
 * @example
 * ```ts
 * parameter(national, 'area.perHundredHouseholds', '2020-01-01').value; //=> 30
 * parameter(national, 'circle.distance15Minutes', '2020-01-01').value; //=> { min: 800, max: 1000 }
 * ```
 */
export const national = /* @__PURE__ */ buildProfile({
  id: 'national',
  name: { 'zh-CN': '国家规划标准', en: 'National planning standards' },
  newParameters: nationalParameters,
});
