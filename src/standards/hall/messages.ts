/**
 * Messages of the hall rules (`hall.*`), in every locale.
 *
 * @module
 */
import type { RuleMessages, RuleReasons } from '../../engine/types.js';
import { serviceModeLabels } from '../../models/enums.js';
import { labelled } from '../../engine/message-format.js';

const list = (v: unknown) => (Array.isArray(v) ? v.join('、') : String(v));
const listEn = (v: unknown) => (Array.isArray(v) ? v.join(', ') : String(v));

/**
 * Messages of `hall.one-stop`.
 *
 * @example
 * ```ts
 * oneStopMessages.en['no-center']!({}); //=> 'no service centre serves this community'
 * ```
 */
export const oneStopMessages: RuleMessages<'has-hall' | 'no-hall' | 'no-center'> = {
  'zh-CN': {
    'has-hall': (v) => `由 ${String(v['center'])} 提供“一站式”服务大厅`,
    'no-hall': (v) => `服务本社区的 ${list(v['centers'])} 均未设“一站式”服务大厅`,
    'no-center': () => '没有为本社区服务的服务中心',
  },
  en: {
    'has-hall': (v) => `one-stop hall at ${String(v['center'])}`,
    'no-hall': (v) => `none of the centres serving it (${listEn(v['centers'])}) has a one-stop hall`,
    'no-center': () => 'no service centre serves this community',
  },
};

/**
 * Messages of `hall.min-items`.
 *
 * @example
 * ```ts
 * minItemsMessages['zh-CN']['too-few']!({ count: 19, min: 20, gap: 1 }); //=> '服务项目 19 项,少于 20 项(差 1 项)'
 * ```
 */
export const minItemsMessages: RuleMessages<'enough' | 'too-few' | 'not-reported' | 'enough-partial' | 'partial-list'> = {
  'zh-CN': {
    enough: (v) => `服务项目 ${String(v['count'])} 项,不少于 ${String(v['min'])} 项`,
    'too-few': (v) => `服务项目 ${String(v['count'])} 项,少于 ${String(v['min'])} 项(差 ${String(v['gap'])} 项)`,
    'not-reported': () => '服务中心未报送服务项目,无法判断',
    'enough-partial': (v) => `服务项目清单不完整,已列出的 ${String(v['count'])} 项已不少于 ${String(v['min'])} 项`,
    'partial-list': (v) => `服务项目清单不完整(只列出 ${String(v['count'])} 项),无法判断是否达到 ${String(v['min'])} 项`,
  },
  en: {
    'enough-partial': (v) => `the service item list is partial, and the ${String(v['count'])} listed are already at least ${String(v['min'])}`,
    'partial-list': (v) => `the service item list is partial (${String(v['count'])} listed), so whether there are ${String(v['min'])} cannot be told`,
    enough: (v) => `${String(v['count'])} service items, at least ${String(v['min'])}`,
    'too-few': (v) => `${String(v['count'])} service items, fewer than ${String(v['min'])} (${String(v['gap'])} short)`,
    'not-reported': () => 'no centre serving it reports its service items',
  },
};

/**
 * Messages of `hall.modes`.
 *
 * @example
 * ```ts
 * modesMessages['zh-CN'].missing!({ missing: ['one-card'] }); //=> '未实行:一卡通'
 * ```
 */
export const modesMessages: RuleMessages<'all' | 'missing' | 'not-reported'> = {
  'zh-CN': {
    all: (v) => `实行${list(labelled(serviceModeLabels, 'zh-CN', v['modes']))}`,
    missing: (v) => `未实行:${list(labelled(serviceModeLabels, 'zh-CN', v['missing']))}`,
    'not-reported': () => '未报送服务模式,无法判断',
  },
  en: {
    all: (v) => `practises ${listEn(labelled(serviceModeLabels, 'en', v['modes']))}`,
    missing: (v) => `does not practise: ${listEn(labelled(serviceModeLabels, 'en', v['missing']))}`,
    'not-reported': () => 'service modes not reported',
  },
};

/**
 * Messages of `hall.staggered-hours`.
 *
 * @example
 * ```ts
 * staggeredMessages.en.met!({ outside: 330, weekend: 1, minWeekend: 1, evening: 1, minEvening: 1, until: '19:00' });
 * //=> '330 minutes a week outside office hours; 1 weekend day open (at least 1); 1 weekday open until 19:00 (at least 1)'
 * ```
 */
export const staggeredMessages: RuleMessages<'met' | 'not-met' | 'not-reported'> = {
  'zh-CN': {
    met: (v) =>
      `每周常规时间外开放 ${String(v['outside'])} 分钟;周末开放 ${String(v['weekend'])} 天(应至少 ${String(v['minWeekend'])} 天);晚间开放至 ${String(v['until'])} 的工作日 ${String(v['evening'])} 天(应至少 ${String(v['minEvening'])} 天)`,
    'not-met': (v) =>
      `未达错时工作制要求:每周常规时间外开放 ${String(v['outside'])} 分钟;周末开放 ${String(v['weekend'])} 天(应至少 ${String(v['minWeekend'])} 天);晚间开放至 ${String(v['until'])} 的工作日 ${String(v['evening'])} 天(应至少 ${String(v['minEvening'])} 天)`,
    'not-reported': () => '未报送开放时间,无法判断',
  },
  en: {
    met: (v) =>
      `${String(v['outside'])} minutes a week outside office hours; ${String(v['weekend'])} weekend day open (at least ${String(v['minWeekend'])}); ${String(v['evening'])} weekday open until ${String(v['until'])} (at least ${String(v['minEvening'])})`,
    'not-met': (v) =>
      `short of staggered hours: ${String(v['outside'])} minutes a week outside office hours; ${String(v['weekend'])} weekend day open (at least ${String(v['minWeekend'])}); ${String(v['evening'])} weekday open until ${String(v['until'])} (at least ${String(v['minEvening'])})`,
    'not-reported': () => 'opening hours not reported',
  },
};

/**
 * Why `hall.min-items` does not apply, by code, for summaries.
 *
 * @example
 * ```ts
 * minItemsReasons.en['partial-list']; //=> 'the service item list is partial and lists fewer items than the minimum'
 * ```
 */
export const minItemsReasons: RuleReasons<'enough' | 'too-few' | 'not-reported' | 'enough-partial' | 'partial-list'> = {
  'zh-CN': { 'partial-list': '服务项目清单不完整,已列出的项目少于下限,无法判断' },
  en: { 'partial-list': 'the service item list is partial and lists fewer items than the minimum' },
};
