/**
 * Why a need was not met: the codes of `matchNeeds`' unmet needs and their messages in every locale.
 *
 * @module
 */
import type { Locale } from '../locale.js';
import { serviceCategoryLabels, targetGroupLabels, type ServiceCategory, type TargetGroup } from '../models/enums.js';
import { deepFrozen } from '../deep-freeze.js';

/**
 * Why a need is left open, from the first test no provider passes to the last:
 *
 * - `invalid-record` — the need is not a valid resident-need record (or repeats an earlier need's id); its issues
 *   say why.
 * - `no-provider-for-category` — no provider offers the need's service category.
 * - `out-of-reach` — providers offer the category, but none serves the need's community or is within the distance.
 * - `not-eligible` — some are in reach, but none serves the need's group (its `eligibleGroups`).
 * - `no-common-time` — some would serve the group, but none serves when the need wants it (weekly hours).
 * - `capacity-taken` — some providers fit on every count, but their capacity went to other needs: needs of a
 *   priority group first, then as many needs as possible, then the nearest.
 */
export type UnmetCode = 'invalid-record' | 'no-provider-for-category' | 'out-of-reach' | 'not-eligible' | 'no-common-time' | 'capacity-taken';

/** What an unmet need's message says: its category and group, and how many providers fit it on every count. */
export interface UnmetValues {
  /** The need's service category (absent for an invalid record). */
  readonly category?: ServiceCategory | undefined;
  /** The need's group (absent when the need names none). */
  readonly targetGroup?: TargetGroup | undefined;
  /** Providers that fit the need on every count (for `capacity-taken`). */
  readonly candidates: number;
}

const category = (locale: Locale, v: UnmetValues): string => (v.category === undefined ? '' : serviceCategoryLabels[v.category][locale]);
const group = (locale: Locale, v: UnmetValues): string =>
  v.targetGroup === undefined ? (locale === 'en' ? 'a need that names no group' : '未注明服务对象的需求') : targetGroupLabels[v.targetGroup][locale];

/**
 * The messages of the unmet needs' codes, by locale.
 *
 * @example
 * ```ts
 * unmetMessages.en['capacity-taken']({ category: 'elderly-care', candidates: 2 });
 * //=> 'the 2 providers of community elderly care that fit are full'
 * ```
 */
export const unmetMessages: Readonly<Record<Locale, Readonly<Record<UnmetCode, (values: UnmetValues) => string>>>> = /* @__PURE__ */ deepFrozen({
  'zh-CN': {
    'invalid-record': () => '需求记录无效,未参与对接',
    'no-provider-for-category': (v) => `没有承接“${category('zh-CN', v)}”类服务的组织或志愿者`,
    'out-of-reach': (v) => `承接“${category('zh-CN', v)}”类服务的组织或志愿者均不服务该社区,也不在距离范围内`,
    'not-eligible': (v) => `范围内承接“${category('zh-CN', v)}”类服务的组织或志愿者均不服务${group('zh-CN', v)}`,
    'no-common-time': (v) => `范围内承接“${category('zh-CN', v)}”类服务的组织或志愿者服务时间与需求时间不重合`,
    'capacity-taken': (v) => `符合条件的 ${String(v.candidates)} 个“${category('zh-CN', v)}”类服务承接方承接能力已满`,
  },
  en: {
    'invalid-record': () => 'the need is not a valid record and was left out of the matching',
    'no-provider-for-category': (v) => `no organisation or volunteer offers ${category('en', v)}`,
    'out-of-reach': (v) => `no organisation or volunteer offering ${category('en', v)} serves the community or is within the distance`,
    'not-eligible': (v) => `no organisation or volunteer in reach offering ${category('en', v)} serves ${group('en', v)}`,
    'no-common-time': (v) => `no organisation or volunteer in reach offering ${category('en', v)} serves at the times the need is wanted`,
    'capacity-taken': (v) => `the ${String(v.candidates)} provider${v.candidates === 1 ? '' : 's'} of ${category('en', v)} that fit ${v.candidates === 1 ? 'is' : 'are'} full`,
  },
});
