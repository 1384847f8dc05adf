/**
 * Messages of the employment rules (`employment.*`), in every locale.
 *
 * @module
 */
import type { RuleMessages, RuleReasons } from '../../engine/types.js';

const s = (v: Readonly<Record<string, unknown>>, key: string) => String(v[key]);

/**
 * Messages of `employment.zero-employment-cleared`.
 *
 * @example
 * ```ts
 * zeroEmploymentMessages['zh-CN']['not-cleared']!({ since: '2013-04-01', days: 90, period: 30, deadline: '2013-05-01' });
 * //=> '自 2013-04-01 起为零就业家庭,已 90 天仍无人就业,超过 30 天的清零期限(应于 2013-05-01 前清零)'
 * ```
 */
export const zeroEmploymentMessages: RuleMessages<
  'never-zero' | 'cleared' | 'within-period' | 'not-cleared' | 'cleared-late' | 'not-reported' | 'ambiguous-history'
> = {
  'zh-CN': {
    'never-zero': () => '未出现零就业状态',
    cleared: (v) => `曾 ${s(v, 'spells')} 次成为零就业家庭,均在 ${s(v, 'period')} 天内清零(最长 ${s(v, 'longest')} 天)`,
    'within-period': (v) => `自 ${s(v, 'since')} 起为零就业家庭,已 ${s(v, 'days')} 天,仍在 ${s(v, 'period')} 天的清零期限内(${s(v, 'deadline')} 前)`,
    'not-cleared': (v) =>
      `自 ${s(v, 'since')} 起为零就业家庭,已 ${s(v, 'days')} 天仍无人就业,超过 ${s(v, 'period')} 天的清零期限(应于 ${s(v, 'deadline')} 前清零)`,
    'cleared-late': (v) => `自 ${s(v, 'since')} 起为零就业家庭,至 ${s(v, 'until')} 才清零,历时 ${s(v, 'days')} 天,超过 ${s(v, 'period')} 天的清零期限`,
    'not-reported': () => '未报送家庭成员的就业状态,无法判断',
    'ambiguous-history': (v) => `第 ${s(v, 'member')} 名成员在 ${s(v, 'date')} 有两种不同的就业状态,无法判断`,
  },
  en: {
    'never-zero': () => 'never a zero-employment household',
    cleared: (v) => `a zero-employment household ${s(v, 'spells')} time(s), each cleared within ${s(v, 'period')} days (longest ${s(v, 'longest')} days)`,
    'within-period': (v) =>
      `a zero-employment household since ${s(v, 'since')}, for ${s(v, 'days')} days: still within the ${s(v, 'period')} days to clear it (by ${s(v, 'deadline')})`,
    'not-cleared': (v) =>
      `a zero-employment household since ${s(v, 'since')}, no one in work for ${s(v, 'days')} days: more than the ${s(v, 'period')} days to clear it (due by ${s(v, 'deadline')})`,
    'cleared-late': (v) =>
      `a zero-employment household from ${s(v, 'since')} until ${s(v, 'until')}, ${s(v, 'days')} days: more than the ${s(v, 'period')} days to clear it`,
    'not-reported': () => 'the members’ employment status is not reported',
    'ambiguous-history': (v) => `member ${s(v, 'member')} has two different employment statuses on ${s(v, 'date')}`,
  },
};

/**
 * Why `employment.zero-employment-cleared` does not apply, by code, for summaries.
 *
 * @example
 * ```ts
 * zeroEmploymentReasons.en['not-reported']; //=> 'the members’ employment status is not reported'
 * ```
 */
export const zeroEmploymentReasons: RuleReasons<
  'never-zero' | 'cleared' | 'within-period' | 'not-cleared' | 'cleared-late' | 'not-reported' | 'ambiguous-history'
> = {
  'zh-CN': { 'not-reported': '未报送家庭成员的就业状态', 'ambiguous-history': '某成员同一天有两种不同的就业状态' },
  en: { 'not-reported': 'the members’ employment status is not reported', 'ambiguous-history': 'a member has two different employment statuses on one date' },
};
