/**
 * Messages of the evaluation rules (`evaluation.*`), in every locale.
 *
 * @module
 */
import type { RuleMessages, RuleReasons } from '../../engine/types.js';
import type { Locale } from '../../locale.js';
import type { ActivityLevel } from '../../models/creation-activity.js';

/**
 * Names of the levels that require a creation activity.
 *
 * @example
 * ```ts
 * activityLevelNames.province['zh-CN']; //=> '省委、省政府'
 * ```
 */
export const activityLevelNames: Readonly<Record<ActivityLevel, Readonly<Record<Locale, string>>>> = {
  state: { 'zh-CN': '国家', en: 'the state' },
  province: { 'zh-CN': '省委、省政府', en: 'the provincial Party committee and government' },
  city: { 'zh-CN': '市', en: 'the city' },
  district: { 'zh-CN': '区', en: 'a district' },
  town: { 'zh-CN': '镇', en: 'a town' },
  department: { 'zh-CN': '部门', en: 'a department' },
};

const level = (v: Readonly<Record<string, unknown>>, locale: Locale) => {
  const l = v['level'];
  return typeof l === 'string' && Object.prototype.hasOwnProperty.call(activityLevelNames, l) ? activityLevelNames[l as ActivityLevel][locale] : String(l);
};
const names = (v: unknown, sep: string) => (Array.isArray(v) ? v.map((n) => `“${String(n)}”`).join(sep) : String(v));

/**
 * Messages of `evaluation.mandatory`.
 *
 * @example
 * ```ts
 * mandatoryMessages['zh-CN']['imposed-voluntary']!({ title: '文明楼道评比', level: 'department', named: ['和谐社区', '平安社区'] });
 * //=> '“文明楼道评比”由部门要求开展,既非全市性创建任务,也不是国家、省委、省政府要求的“和谐社区”、“平安社区”创建,应由社区自愿参加,不得强制'
 * ```
 */
export const mandatoryMessages: RuleMessages<'voluntary' | 'city-wide' | 'required-from-above' | 'city-wide-unknown' | 'imposed-voluntary'> = {
  'zh-CN': {
    voluntary: (v) => `“${String(v['title'])}”由社区自愿参加`,
    'city-wide': (v) => `“${String(v['title'])}”是全市性创建任务,可以要求开展`,
    'required-from-above': (v) => `“${String(v['title'])}”是${level(v, 'zh-CN')}要求开展的“${String(v['matched'])}”创建活动,可以要求开展`,
    'city-wide-unknown': (v) => `“${String(v['title'])}”由市要求开展,未报送是否为全市性创建任务,无法判断`,
    'imposed-voluntary': (v) =>
      `“${String(v['title'])}”由${level(v, 'zh-CN')}要求开展,既非全市性创建任务,也不是国家、省委、省政府要求的${names(v['named'], '、')}创建,应由社区自愿参加,不得强制`,
  },
  en: {
    voluntary: (v) => `“${String(v['title'])}” was joined voluntarily`,
    'city-wide': (v) => `“${String(v['title'])}” is a city-wide creation task and may be required`,
    'required-from-above': (v) => `“${String(v['title'])}” is the “${String(v['matched'])}” activity required by ${level(v, 'en')} and may be required`,
    'city-wide-unknown': (v) => `“${String(v['title'])}” is required by the city, but whether it is city-wide is not reported`,
    'imposed-voluntary': (v) =>
      `“${String(v['title'])}” was imposed by ${level(v, 'en')}; it is neither city-wide nor one of ${names(v['named'], ', ')} required by the state or the province, so it must be voluntary`,
  },
};

const pct = (x: unknown) => `${Math.round(Number(x) * 1000) / 10}%`;

/**
 * Messages of `evaluation.resident-feedback`.
 *
 * @example
 * ```ts
 * residentFeedbackMessages['zh-CN']['too-low']!({ share: 0.4, min: 0.5, feedback: 40, total: 100 });
 * //=> '居民反馈意见权重占 40%(40 / 100),低于 50%'
 * ```
 */
export const residentFeedbackMessages: RuleMessages<'enough' | 'too-low' | 'no-weight' | 'not-reported'> = {
  'zh-CN': {
    enough: (v) => `居民反馈意见权重占 ${pct(v['share'])}(${String(v['feedback'])} / ${String(v['total'])}),不低于 ${pct(v['min'])}`,
    'too-low': (v) => `居民反馈意见权重占 ${pct(v['share'])}(${String(v['feedback'])} / ${String(v['total'])}),低于 ${pct(v['min'])}`,
    'no-weight': () => '考评指标权重合计为 0,无法判断',
    'not-reported': () => '未报送考评指标,无法判断',
  },
  en: {
    enough: (v) => `resident feedback carries ${pct(v['share'])} of the weight (${String(v['feedback'])} / ${String(v['total'])}), at least ${pct(v['min'])}`,
    'too-low': (v) => `resident feedback carries ${pct(v['share'])} of the weight (${String(v['feedback'])} / ${String(v['total'])}), less than ${pct(v['min'])}`,
    'no-weight': () => 'the criteria weigh nothing in all',
    'not-reported': () => 'assessment criteria not reported',
  },
};

/**
 * Why `evaluation.mandatory` does not apply, by code, for summaries.
 *
 * @example
 * ```ts
 * mandatoryReasons.en['city-wide-unknown']; //=> 'required by the city, but whether it is a city-wide task is not reported'
 * ```
 */
export const mandatoryReasons: RuleReasons<'voluntary' | 'city-wide' | 'required-from-above' | 'city-wide-unknown' | 'imposed-voluntary'> = {
  'zh-CN': { 'city-wide-unknown': '由市要求开展,未报送是否为全市性创建任务' },
  en: { 'city-wide-unknown': 'required by the city, but whether it is a city-wide task is not reported' },
};
