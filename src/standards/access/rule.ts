/**
 * The access rule (spec §3.6): work that reached a community must be its own duty or admitted ("准入制").
 *
 * @module
 */
import { decideWith } from './decide.js';
import { kunshanReport } from '../../citation.js';
import { accessRequiredMessages } from './messages.js';
import { defineRule } from '../../engine/define-rule.js';

const accessParameters: readonly string[] = [
  'access.dutiesList',
  'access.assistList',
  'access.reviewBodies',
  'access.bodyAliases',
  'access.requiredApprovers',
  'signage.allowedPlaques',
  'signage.mark',
];

/**
 * `access.required` — every access request that reached its community (`reachedCommunity: true`) is decided with
 * `decideAccess`: own duty or admitted passes, refused fails with the decision's reason. A request that did not
 * reach the community is not applicable, and so is one that does not report whether it did (unknown is not no).
 * A finding rests on an assumption exactly when its decision names a reading (`values.readings`).
 *
 * > 对于各部门需要进入社区的工作任务,以及各类检查、考核、评比、培训、挂牌、盖章、达标升级等事项,实行“准入制” (paragraph 5)
 *
 * @example
 * ```ts
 * // 市消防大队's inspection “消防检查”, without the joint approval, reached the community:
 * finding.message; //=> '市消防大队:检查“消防检查”未经联合审批,不予准入:检查不论名称均须经市纪委、市民政局、市法制办公室联合审批;此判定依据推定的参数 access.requiredApprovers,但已进入社区'
 * ```
 */
export const accessRequired = defineRule({
  id: 'access.required',
  title: { 'zh-CN': '进入社区的工作须经准入', en: 'Work entering a community needs access approval' },
  subject: 'accessRequest',
  severity: 'error',
  source: kunshanReport(5, '对于各部门需要进入社区的工作任务,以及各类检查、考核、评比、培训、挂牌、盖章、达标升级等事项,实行“准入制”'),
  parameters: accessParameters,
  messages: accessRequiredMessages,
  check(request, context) {
    if (request.reachedCommunity === undefined) return { outcome: 'not-applicable', code: 'not-reported', path: ['reachedCommunity'] };
    if (!request.reachedCommunity) return { outcome: 'not-applicable', code: 'not-reached', path: ['reachedCommunity'] };
    const read: string[] = [];
    const param = (id: string) => {
      if (!read.includes(id)) read.push(id);
      return context.param(id);
    };
    const result = decideWith(request, param, context.asOf, context.locale);
    const values = {
      department: request.department,
      kind: request.kind,
      title: request.title,
      decision: result.decision,
      basis: result.basis,
      nearMatches: result.nearMatches,
      readings: result.readings.map((r) => r.parameter),
      ...(result.basis.kind !== 'rule' || result.basis.rule !== 'access.plaque-outside-four'
        ? unknownEntry(result.issues)
        : {}),
      issues: result.issues.filter((i) => i.code !== 'unknown_list_entry').map(({ code, path, received, expected }) => ({
        code,
        path,
        ...(received !== undefined && { received }),
        ...(expected !== undefined && { expected }),
      })),
    };
    const expected = ['own-duty', 'admitted'];
    // The finding rests on the cited parameters the decision read and on the readings it names — not on a reading
    // it read but did not use (the two default lists, for an inspection decided by the joint review alone).
    const readings = new Set(values.readings);
    const parameters = read.filter((id) => readings.has(id) || context.param(id).assumption === undefined);
    if (result.decision === 'refused') return { outcome: 'fail', code: 'reached-unadmitted', values, expected, actual: result.decision, parameters };
    return { outcome: 'pass', code: 'admitted', values, expected, actual: result.decision, parameters };
  },
});

function unknownEntry(issues: readonly { code: string; received?: string | undefined }[]): { unknownEntryId?: string } {
  const issue = issues.find((i) => i.code === 'unknown_list_entry');
  return issue?.received === undefined ? {} : { unknownEntryId: issue.received };
}
