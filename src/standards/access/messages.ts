/**
 * Messages of the access rule (`access.required`), in every locale. The decision's reason comes from
 * {@link accessMessages}, so a finding says exactly what `decideAccess` says.
 *
 * @module
 */
import type { AccessBasis, AccessIssueCode, NearMatch } from './types.js';
import type { MessageFunction, RuleMessages } from '../../engine/types.js';
import type { Locale } from '../../locale.js';
import { formatPath, type PathSegment } from '../../validation/issue.js';
import { accessMessages } from './decision-messages.js';

interface IssueValue {
  readonly code: AccessIssueCode;
  readonly path: readonly PathSegment[];
  readonly received?: string;
  readonly expected?: string;
}

function decided(locale: Locale, values: Readonly<Record<string, unknown>>): { department: string; reason: string; issues: string } {
  const m = accessMessages[locale];
  let reason: string;
  let issues: string[];
  try {
    reason = m.reason({
      kind: values['kind'],
      title: values['title'],
      basis: values['basis'] as AccessBasis,
      nearMatches: (values['nearMatches'] as readonly NearMatch[] | undefined) ?? [],
      unknownEntryId: values['unknownEntryId'] as string | undefined,
      readings: values['readings'] as readonly string[] | undefined,
    });
    issues = ((values['issues'] as readonly IssueValue[] | undefined) ?? [])
      .filter((i) => Object.prototype.hasOwnProperty.call(m.issue, i.code))
      .map((i) => m.issue[i.code]({ where: formatPath(i.path), received: i.received, expected: i.expected }));
  } catch {
    // Values not made by `access.required` (a renderer's sample, say): say what can be said.
    reason = `“${String(values['title'])}”`;
    issues = [];
  }
  return { department: String(values['department']), reason, issues: issues.join(locale === 'zh-CN' ? ';' : '; ') };
}

const zh = (f: (d: ReturnType<typeof decided>) => string): MessageFunction => (v) => f(decided('zh-CN', v));
const en = (f: (d: ReturnType<typeof decided>) => string): MessageFunction => (v) => f(decided('en', v));

/**
 * Messages of `access.required`.
 *
 * @example
 * ```ts
 * accessRequiredMessages['zh-CN']['reached-unadmitted']!({
 *   department: '市消防大队', kind: 'task', title: '消防宣传', nearMatches: [], issues: [],
 *   basis: { kind: 'rule', rule: 'access.not-listed-not-approved', parameter: 'access.requiredApprovers',
 *     required: ['市纪委', '市民政局', '市法制办公室'], approvedBy: [], missing: ['市纪委', '市民政局', '市法制办公室'] },
 * });
 * //=> '市消防大队:工作任务“消防宣传”未列入两份清单,也未经市纪委、市民政局、市法制办公室联合审批,不予准入,但已进入社区'
 * ```
 */
export const accessRequiredMessages: RuleMessages<'admitted' | 'reached-unadmitted' | 'not-reached' | 'not-reported'> = {
  'zh-CN': {
    admitted: zh((d) => `${d.department}:${d.reason}${d.issues === '' ? '' : `(${d.issues})`}`),
    'reached-unadmitted': zh((d) => `${d.department}:${d.reason},但已进入社区${d.issues === '' ? '' : `(${d.issues})`}`),
    'not-reached': () => '未进入社区,不适用',
    'not-reported': () => '未报送是否已进入社区,无法判断',
  },
  en: {
    admitted: en((d) => `${d.department}: ${d.reason}${d.issues === '' ? '' : ` (${d.issues})`}`),
    'reached-unadmitted': en((d) => `${d.department}: ${d.reason}, yet it reached the community${d.issues === '' ? '' : ` (${d.issues})`}`),
    'not-reached': () => 'did not reach the community, so the rule does not apply',
    'not-reported': () => 'whether it reached the community is not reported',
  },
};
