/**
 * Messages of the "6+X" service rule (`service.6x`), in every locale.
 *
 * @module
 */
import type { RuleMessages, RuleReasons } from '../../engine/types.js';
import { serviceCategoryLabels } from '../../models/enums.js';
import { labelled, listEn, listZh } from '../../engine/message-format.js';

/**
 * Messages of `service.6x`.
 *
 * @example
 * ```ts
 * sixPlusXMessages['zh-CN']['missing-standard']!({ missing: ['elderly-care'], featured: 2, minFeatured: 1 });
 * //=> '缺少标准服务:社区养老(特色服务 2 项)'
 * ```
 */
export const sixPlusXMessages: RuleMessages<'complete' | 'missing-standard' | 'too-few-featured' | 'missing-both' | 'not-reported' | 'partial-list'> = {
  'zh-CN': {
    complete: (v) => `六项标准服务齐全,特色服务 ${String(v['featured'])} 项(不少于 ${String(v['minFeatured'])} 项)`,
    'missing-standard': (v) => `缺少标准服务:${listZh(labelled(serviceCategoryLabels, 'zh-CN', v['missing']))}(特色服务 ${String(v['featured'])} 项)`,
    'too-few-featured': (v) => `六项标准服务齐全,但特色服务 ${String(v['featured'])} 项,少于 ${String(v['minFeatured'])} 项`,
    'missing-both': (v) => `缺少标准服务:${listZh(labelled(serviceCategoryLabels, 'zh-CN', v['missing']))};特色服务 ${String(v['featured'])} 项,少于 ${String(v['minFeatured'])} 项`,
    'not-reported': () => '服务中心未报送服务项目,无法判断',
    'partial-list': (v) => `服务项目清单不完整,已列出的项目中未见:${listZh(labelled(serviceCategoryLabels, 'zh-CN', v['missing']))}(特色服务 ${String(v['featured'])} 项),无法判断`,
  },
  en: {
    complete: (v) => `all six standard services, and ${String(v['featured'])} featured (at least ${String(v['minFeatured'])})`,
    'missing-standard': (v) => `standard services missing: ${listEn(labelled(serviceCategoryLabels, 'en', v['missing']))} (${String(v['featured'])} featured)`,
    'too-few-featured': (v) => `all six standard services, but ${String(v['featured'])} featured, fewer than ${String(v['minFeatured'])}`,
    'missing-both': (v) =>
      `standard services missing: ${listEn(labelled(serviceCategoryLabels, 'en', v['missing']))}; ${String(v['featured'])} featured, fewer than ${String(v['minFeatured'])}`,
    'not-reported': () => 'no centre serving it reports its service items',
    'partial-list': (v) =>
      `the service item list is partial; the items listed do not show ${listEn(labelled(serviceCategoryLabels, 'en', v['missing']))} (${String(v['featured'])} featured), so it cannot be told`,
  },
};

/**
 * Why `service.6x` does not apply, by code, for summaries.
 *
 * @example
 * ```ts
 * sixPlusXReasons.en['partial-list']; //=> 'the service item list is partial and the items listed do not show all of 6+X'
 * ```
 */
export const sixPlusXReasons: RuleReasons<'complete' | 'missing-standard' | 'too-few-featured' | 'missing-both' | 'not-reported' | 'partial-list'> = {
  'zh-CN': { 'partial-list': '服务项目清单不完整,已列出的项目未见“6+X”的全部服务,无法判断' },
  en: { 'partial-list': 'the service item list is partial and the items listed do not show all of 6+X' },
};

/** An open need as a finding of `service.needs-matched` carries it: its id and why it is open. */
export interface OpenNeed {
  /** The need's id. */
  readonly id: string;
  /** Why it is open (an `UnmetCode` of `community-standards/matching`). */
  readonly code: string;
}

const reasonLabels: Readonly<Record<'zh-CN' | 'en', Readonly<Record<string, string>>>> = {
  'zh-CN': {
    'invalid-record': '记录无效',
    'no-provider-for-category': '无承接方',
    'out-of-reach': '不在服务范围内',
    'not-eligible': '不属服务对象',
    'no-common-time': '服务时间不合',
    'capacity-taken': '承接能力已满',
  },
  en: {
    'invalid-record': 'invalid record',
    'no-provider-for-category': 'no provider of the category',
    'out-of-reach': 'out of reach',
    'not-eligible': 'group not served',
    'no-common-time': 'no common hours',
    'capacity-taken': 'capacity taken',
  },
};

/** The open needs, at most five by name (`id(reason)`), then how many more. */
function openList(locale: 'zh-CN' | 'en', open: unknown): string {
  const list = (Array.isArray(open) ? open : []) as readonly OpenNeed[];
  const named = list.slice(0, 5).map((n) => (locale === 'en' ? `${n.id} (${reasonLabels.en[n.code] ?? n.code})` : `${n.id}(${reasonLabels['zh-CN'][n.code] ?? n.code})`));
  const more = list.length - named.length;
  if (locale === 'en') return `${named.join(', ')}${more > 0 ? ` and ${String(more)} more` : ''}`;
  return `${named.join('、')}${more > 0 ? ` 等 ${String(list.length)} 项` : ''}`;
}

const percent = (v: unknown): string => String(Math.round(Number(v) * 1000) / 10);

/**
 * Messages of `service.needs-matched`.
 *
 * @example
 * ```ts
 * needsMatchedMessages.en.open({ met: 1, total: 2, share: 0.5, minShare: 1, open: [{ id: 'n2', code: 'out-of-reach' }] });
 * //=> '1 of 2 recorded needs matched (50%, at least 100% expected); open: n2 (out of reach)'
 * ```
 */
export const needsMatchedMessages: RuleMessages<'met' | 'open' | 'no-needs'> = {
  'zh-CN': {
    met: (v) => `需求目录 ${String(v['total'])} 项中已对接 ${String(v['met'])} 项(${percent(v['share'])}%,不低于 ${percent(v['minShare'])}%)`,
    open: (v) => `需求目录 ${String(v['total'])} 项中已对接 ${String(v['met'])} 项(${percent(v['share'])}%,应不低于 ${percent(v['minShare'])}%);未对接:${openList('zh-CN', v['open'])}`,
    'no-needs': () => '未登记居民需求,无法判断',
  },
  en: {
    met: (v) => `${String(v['met'])} of ${String(v['total'])} recorded needs matched (${percent(v['share'])}%, at least ${percent(v['minShare'])}%)`,
    open: (v) =>
      `${String(v['met'])} of ${String(v['total'])} recorded needs matched (${percent(v['share'])}%, at least ${percent(v['minShare'])}% expected); open: ${openList('en', v['open'])}`,
    'no-needs': () => 'no resident need is recorded for the community',
  },
};

/**
 * Why `service.needs-matched` does not apply, by code, for summaries.
 *
 * @example
 * ```ts
 * needsMatchedReasons.en['no-needs']; //=> 'no resident need is recorded for the community'
 * ```
 */
export const needsMatchedReasons: RuleReasons<'met' | 'open' | 'no-needs'> = {
  'zh-CN': { 'no-needs': '社区未登记居民需求' },
  en: { 'no-needs': 'no resident need is recorded for the community' },
};
