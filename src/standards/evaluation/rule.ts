/**
 * The evaluation rules (spec §3.9): which creation activities may be imposed, and the weight of residents'
 * feedback in assessments.
 *
 * @module
 */
import { normalizeTitle } from '../access/normalize.js';
import { kunshanReport } from '../../citation.js';
import { mandatoryMessages, mandatoryReasons, residentFeedbackMessages } from './messages.js';
import { defineRule } from '../../engine/define-rule.js';

/**
 * `evaluation.mandatory` — an activity imposed on a community must be a city-wide creation task (`cityWide`), or
 * one of the activities named in `evaluation.mandatoryActivities` (和谐社区, 平安社区: the title equals the name
 * after normalisation — full-width/half-width, spaces, case, and the report's own trailing words 评比, 创建, 活动
 * (“和谐社区、平安社区评比创建活动”), so “和谐社区创建活动” is 和谐社区 but “不和谐社区评比” and “和谐社区建设示范社区” are
 * not; a city lists any other exact titles it uses) required by a level in `evaluation.mandatoryLevels` (the state, the provincial Party
 * committee and government). Any other imposed activity fails; one joined voluntarily passes. A city-level
 * activity that does not report `cityWide` is not applicable.
 *
 * > 除全市性创建任务及国家、中共江苏省委、省政府要求开展的和谐社区、平安社区评比创建活动外,其他创建活动根据社区自愿原则开展 (paragraph 5)
 *
 * @example
 * ```ts
 * // { title: '文明楼道评比', level: 'department', imposed: true }:
 * finding.outcome; //=> 'fail'
 * ```
 */
export const evaluationMandatory = defineRule({
  id: 'evaluation.mandatory',
  title: { 'zh-CN': '创建活动自愿原则', en: 'Creation activities are voluntary unless required' },
  subject: 'creationActivity',
  severity: 'warning',
  source: kunshanReport(5, '除全市性创建任务及国家、中共江苏省委、省政府要求开展的和谐社区、平安社区评比创建活动外,其他创建活动根据社区自愿原则开展'),
  parameters: ['evaluation.mandatoryActivities', 'evaluation.mandatoryLevels'],
  messages: mandatoryMessages,
  reasons: mandatoryReasons,
  check(activity, context) {
    const base = { title: activity.title, level: activity.level };
    if (!activity.imposed) return { outcome: 'pass', code: 'voluntary', values: base, path: ['imposed'], actual: false };
    if (activity.cityWide === true) return { outcome: 'pass', code: 'city-wide', values: base, path: ['cityWide'], actual: true };
    const named = context.param('evaluation.mandatoryActivities').value;
    const levels = context.param('evaluation.mandatoryLevels').value;
    const title = activityName(activity.title);
    const matched = named.find((n) => activityName(n) !== '' && title === activityName(n));
    if (matched !== undefined && levels.includes(activity.level)) {
      return { outcome: 'pass', code: 'required-from-above', values: { ...base, matched }, actual: activity.level };
    }
    if (activity.level === 'city' && activity.cityWide === undefined) {
      return { outcome: 'not-applicable', code: 'city-wide-unknown', values: base, path: ['cityWide'] };
    }
    return {
      outcome: 'fail',
      code: 'imposed-voluntary',
      values: { ...base, named },
      path: ['imposed'],
      expected: { cityWide: true, or: { levels, activities: named } },
      actual: { level: activity.level, cityWide: activity.cityWide ?? null, title: activity.title },
    };
  },
});

/** The report's words for the kind of activity, stripped from the end of a title: “评比创建活动” (paragraph 5). */
const ACTIVITY_WORDS = ['评比', '创建', '活动'].map(normalizeTitle);

/**
 * The name of a creation activity: its title normalised ({@link normalizeTitle}), without the trailing words
 * 评比, 创建 and 活动 the report uses for the kind of activity (“和谐社区、平安社区评比创建活动”).
 *
 * @param title - the activity's title
 * @returns its name, for an exact comparison
 * @example
 * ```ts
 * activityName('和谐社区 创建活动'); //=> '和谐社区'
 * activityName('不和谐社区评比'); //=> '不和谐社区'
 * ```
 */
export function activityName(title: string): string {
  let name = normalizeTitle(title);
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const word of ACTIVITY_WORDS) {
      if (name.length > word.length && name.endsWith(word)) {
        name = name.slice(0, -word.length);
        stripped = true;
      }
    }
  }
  return name;
}

/**
 * `evaluation.resident-feedback` — in an assessment's criteria, those scored from residents' feedback carry at
 * least `evaluation.minResidentFeedbackShare` (assumption: 50%) of the total weight. Not applicable when the
 * activity reports no criteria, or criteria that weigh nothing.
 *
 * > 所有考核考评以社区居民反馈意见为主 (paragraph 5)
 *
 * @example
 * ```ts
 * // criteria: resident feedback 40, department 60:
 * finding.message; //=> '居民反馈意见权重占 40%(40 / 100),低于 50%'
 * ```
 */
export const evaluationResidentFeedback = defineRule({
  id: 'evaluation.resident-feedback',
  title: { 'zh-CN': '考评以居民反馈意见为主', en: 'Assessments rest mainly on residents’ feedback' },
  subject: 'creationActivity',
  severity: 'warning',
  source: kunshanReport(5, '所有考核考评以社区居民反馈意见为主'),
  parameters: ['evaluation.minResidentFeedbackShare'],
  messages: residentFeedbackMessages,
  check(activity, context) {
    if (activity.criteria === undefined) return { outcome: 'not-applicable', code: 'not-reported', path: ['criteria'] };
    const min = context.param('evaluation.minResidentFeedbackShare').value;
    const total = activity.criteria.reduce((sum, c) => sum + c.weight, 0);
    if (!(total > 0)) return { outcome: 'not-applicable', code: 'no-weight', path: ['criteria'], expected: min };
    const feedback = activity.criteria.filter((c) => c.source === 'resident-feedback').reduce((sum, c) => sum + c.weight, 0);
    const share = feedback / total;
    const values = { share, min, feedback, total };
    if (share >= min - 1e-12) return { outcome: 'pass', code: 'enough', values, path: ['criteria'], expected: min, actual: share };
    return { outcome: 'fail', code: 'too-low', values, path: ['criteria'], expected: min, actual: share };
  },
});
