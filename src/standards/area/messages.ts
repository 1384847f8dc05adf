/**
 * Messages of the floor-area rule (`area.per-households`), in every locale.
 *
 * @module
 */
import type { RuleMessages, RuleReasons } from '../../engine/types.js';
import { labelled, listEn, listZh, oneDecimal } from '../../engine/message-format.js';

/**
 * Messages of `area.per-households`.
 *
 * @example
 * ```ts
 * perHouseholdsMessages['zh-CN']['too-small']!({ area: 120, households: 500, perHundred: 24, min: 30, shortfall: 30 });
 * //=> '用房面积 120.0 平方米,500 户,每百户 24.0 平方米,低于 30 平方米(差 30.0 平方米)'
 * ```
 */
export const perHouseholdsMessages: RuleMessages<'enough' | 'too-small' | 'no-center' | 'area-not-reported' | 'households-not-reported' | 'no-households'> = {
  'zh-CN': {
    enough: (v) =>
      `用房面积 ${oneDecimal(v['area'])} 平方米,${String(v['households'])} 户,每百户 ${oneDecimal(v['perHundred'])} 平方米,不低于 ${String(
        v['min']
      )} 平方米`,
    'too-small': (v) =>
      `用房面积 ${oneDecimal(v['area'])} 平方米,${String(v['households'])} 户,每百户 ${oneDecimal(v['perHundred'])} 平方米,低于 ${String(
        v['min']
      )} 平方米(差 ${oneDecimal(v['shortfall'])} 平方米)`,
    'no-center': () => '没有为本社区服务的服务中心,无法判断',
    'area-not-reported': (v) => `${listZh(v['centers'])}未报送用房面积,无法判断`,
    'households-not-reported': (v) => `${listZh(v['communities'])}未报送${String(labelled(householdBasisLabels, 'zh-CN', v['basis']))},无法计算`,
    'no-households': (v) => `${listZh(v['communities'])}的${String(labelled(householdBasisLabels, 'zh-CN', v['basis']))}为 0,无法计算`,
  },
  en: {
    enough: (v) =>
      `${oneDecimal(v['area'])} m² for ${String(v['households'])} households: ${oneDecimal(
        v['perHundred']
      )} m² per 100 households, at least ${String(v['min'])}`,
    'too-small': (v) =>
      `${oneDecimal(v['area'])} m² for ${String(v['households'])} households: ${oneDecimal(
        v['perHundred']
      )} m² per 100 households, below ${String(v['min'])} (${oneDecimal(v['shortfall'])} m² short)`,
    'no-center': () => 'no service centre serves this community',
    'area-not-reported': (v) => `floor area not reported for ${listEn(v['centers'])}`,
    'households-not-reported': (v) => `${String(labelled(householdBasisLabels, 'en', v['basis']))} not reported for ${listEn(v['communities'])}`,
    'no-households': (v) => `${String(labelled(householdBasisLabels, 'en', v['basis']))} is 0 for ${listEn(v['communities'])}`,
  },
};

/**
 * The names of the household counts `area.householdBasis` can choose, as the messages show them.
 *
 * @example
 * ```ts
 * householdBasisLabels['resident-households']['zh-CN']; //=> '常住户数'
 * ```
 */
export const householdBasisLabels = {
  'resident-households': { 'zh-CN': '常住户数', en: 'resident households' },
  'registered-households': { 'zh-CN': '户籍户数', en: 'registered households' },
} as const;

/**
 * Why `area.per-households` does not apply, by code, for summaries.
 *
 * @example
 * ```ts
 * perHouseholdsReasons.en['area-not-reported']; //=> 'a centre serving the community does not report its floor area'
 * ```
 */
export const perHouseholdsReasons: RuleReasons<'enough' | 'too-small' | 'no-center' | 'area-not-reported' | 'households-not-reported' | 'no-households'> = {
  'zh-CN': {
    'no-center': '没有为本社区服务的服务中心',
    'area-not-reported': '为本社区服务的服务中心未报送用房面积',
    'households-not-reported': '本社区或共用服务中心的社区未报送所取口径的户数',
    'no-households': '本社区所取口径的户数为 0',
  },
  en: {
    'no-center': 'no service centre serves the community',
    'area-not-reported': 'a centre serving the community does not report its floor area',
    'households-not-reported': 'the household count of the basis used is not reported for the community or one sharing its centre',
    'no-households': 'the community has 0 households on the basis used',
  },
};
