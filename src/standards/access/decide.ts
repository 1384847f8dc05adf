/**
 * Deciding a work-access request (工作准入, "准入制", spec §3.6) by its kind: the community's own duty, admitted,
 * or refused, with the reason, what the decision rests on and the readings (assumptions) among it.
 *
 * @module
 */
import { optionBag } from '../../options.js';
import { ProfileDefinitionError } from '../../errors.js';
import type { Locale } from '../../locale.js';
import { accessMessages } from './decision-messages.js';
import { formatPath } from '../../validation/issue.js';
import { canonicalBody, countApprovals } from './approvals.js';
import { accessContext, type AccessOptions } from './context.js';
import { matchAccessLists } from './match-list.js';
import { allowedPlaqueOf, readPlaqueKinds } from '../signage/plaque-kinds.js';
import { readAccessRequest } from './read-request.js';
import { readAccessList, readAliases, readNames, type ParamReader } from './settings.js';
import type { AccessBasis, AccessDecision, AccessDecisionKind, AccessReading, AccessRequestIssue } from './types.js';

/**
 * Decides whether a department's request may enter a community, by its kind:
 *
 * 1. an invalid request (unknown kind, blank department, missing title…) is `refused`, with its issues;
 * 2. a plaque (`kind: 'plaque'`) outside the four a community may hang (`signage.allowedPlaques`, plus the
 *    `signage.mark`) is always `refused`, whatever it carries;
 * 3. a work task (`kind: 'task'`) on the duties list (`access.dutiesList`) is the community's `own-duty`;
 * 4. a work task on the assist list (`access.assistList`) is `admitted`;
 * 5. any request that carries the approval of every body in `access.requiredApprovers` is `admitted`;
 * 6. anything else is `refused`: a work task on neither list, and any other kind (inspection, assessment,
 *    appraisal, training, plaque, stamp, upgrade campaign) whatever its title — the two lists describe work, so
 *    an inspection titled “医疗卫生” is not admitted by the assist list's entry of that name (named in the reason).
 *
 * A work task matches a list entry by the `listEntryId` it names, or by a title equal to the entry's after
 * normalisation (full-width/half-width, spaces); resembling titles are named in the reason, never matched.
 * Approvals from bodies that are not review bodies (`access.reviewBodies`, with `access.bodyAliases`), or dated
 * after `asOf`, are issues and do not count. A decision that rests on a parameter whose value is marked as an
 * assumption (Kunshan's default lists are readings: the report does not print them) lists it in `readings` and
 * says so in the reason; a city that supplies its official lists through `defineProfile` removes the reading.
 *
 * > 对于各部门需要进入社区的工作任务,以及各类检查、考核、评比、培训、挂牌、盖章、达标升级等事项,实行“准入制” (paragraph 5)
 *
 * @param request - the request (untrusted: bad data gives issues, never an exception); `id` and `communityId` may be absent
 * @param options - profile, date, locale
 * @returns the decision, its localized reason, its basis, issues, near matches and readings
 * @throws `InvalidOptionError` for a missing or malformed `asOf` or a bad locale; {@link ProfileDefinitionError}
 *   when the profile's lists are malformed; `NoValueInForceError` when a parameter has no value at `asOf`
 * @example
 * ```ts
 * decideAccess({ department: '市司法局', kind: 'task', title: '调解民间纠纷', approvals: [] }, { asOf: '2013-06-30' });
 * //=> { decision: 'own-duty', reason: '工作任务“调解民间纠纷”与《基层群众自治组织依法履行职责事项表》条目“调解民间纠纷”(duty-3)名称一致,属社区依法履行的职责;该清单条目为本库的推定(报告未列出清单条目),应以本地正式清单为准', basis: { kind: 'list', list: 'duties', … }, issues: [], nearMatches: [], readings: [{ parameter: 'access.dutiesList', … }] }
 * ```
 */
export function decideAccess(request: unknown, options: AccessOptions): AccessDecision {
  options = optionBag(options);
  const { param, asOf, locale } = accessContext(options);
  return decideWith(request, param, asOf, locale);
}

/**
 * The parameters among `ids` whose value in force is marked as an assumption.
 *
 * @param param - resolves a parameter in force
 * @param ids - the parameters a decision rests on
 * @returns the readings, in the order of `ids`
 * @example
 * ```ts
 * readingsOf((id) => parameter(kunshan, id, '2013-06-30'), ['access.assistList']).map((r) => r.parameter); //=> ['access.assistList']
 * ```
 */
export function readingsOf(param: ParamReader, ids: readonly string[]): readonly AccessReading[] {
  const readings: AccessReading[] = [];
  for (const id of ids) {
    const assumption = param(id).assumption;
    if (assumption !== undefined) readings.push({ parameter: id, assumption });
  }
  return readings;
}

/**
 * The decision procedure of {@link decideAccess}, reading parameters through `param` (so that the rule engine
 * records the ones used).
 *
 * @param input - the request (untrusted)
 * @param param - resolves a parameter in force
 * @param asOf - the decision date, `YYYY-MM-DD`
 * @param locale - the locale
 * @returns the decision
 * @throws {@link ProfileDefinitionError} when the profile's lists are malformed
 * @example
 * ```ts
 * decideWith(request, (id) => parameter(kunshan, id, '2013-06-30'), '2013-06-30', 'en').decision; //=> 'refused'
 * ```
 */
export function decideWith(input: unknown, param: ParamReader, asOf: string, locale: Locale): AccessDecision {
  const messages = accessMessages[locale];
  const read = readAccessRequest(input, locale);
  if (!read.ok) {
    const basis: AccessBasis = { kind: 'rule', rule: 'access.invalid-request', issueCount: read.issues.length };
    const reason = messages.reason({ kind: undefined, title: undefined, basis, nearMatches: [], readings: [] });
    return { decision: 'refused', reason, basis, issues: read.issues, nearMatches: [], readings: [] };
  }
  const request = read.value;
  const isTask = request.kind === 'task';
  const issues: AccessRequestIssue[] = [];
  const reviewBodies = readNames(param, 'access.reviewBodies');
  const aliases = readAliases(param, 'access.bodyAliases');
  const approvals = countApprovals(request.approvals, { reviewBodies, aliases, asOf, locale });
  issues.push(...approvals.issues);
  const lists = { duties: readAccessList(param, 'access.dutiesList'), assist: readAccessList(param, 'access.assistList') };
  const found = matchAccessLists(request, lists, { locale });
  if (found.unknownEntryId !== undefined) {
    const path = ['listEntryId'];
    const received = found.unknownEntryId;
    issues.push({ code: 'unknown_list_entry', path, message: messages.issue.unknown_list_entry({ where: formatPath(path), received }), received });
  }
  const done = (decision: AccessDecisionKind, basis: AccessBasis, restsOn: readonly string[], notes = true): AccessDecision => {
    // Near matches only matter where the lists apply: to work tasks.
    const nearMatches = notes && isTask ? found.nearMatches : [];
    const unknownEntryId = notes ? found.unknownEntryId : undefined;
    const readings = readingsOf(param, restsOn);
    const reason = messages.reason({
      kind: request.kind,
      title: request.title,
      basis,
      nearMatches,
      unknownEntryId,
      readings: readings.map((r) => r.parameter),
    });
    return { decision, reason, basis, issues, nearMatches, readings };
  };

  if (request.kind === 'plaque') {
    const allowed = readPlaqueKinds(param, 'signage.allowedPlaques');
    const marks = readPlaqueKinds(param, 'signage.mark');
    if (allowedPlaqueOf(request.title, [...allowed, ...marks]) === undefined) {
      const names = (kinds: readonly { name: string }[]) => kinds.map((k) => k.name);
      const basis: AccessBasis = { kind: 'rule', rule: 'access.plaque-outside-four', parameter: 'signage.allowedPlaques', allowed: names(allowed), marks: names(marks) };
      return done('refused', basis, ['signage.allowedPlaques'], false);
    }
  }
  if (isTask && found.match !== undefined) {
    const { list, entry, matchedBy } = found.match;
    const parameter = list === 'duties' ? 'access.dutiesList' : 'access.assistList';
    const basis: AccessBasis = { kind: 'list', list, parameter, entry, matchedBy };
    return done(list === 'duties' ? 'own-duty' : 'admitted', basis, [parameter]);
  }
  const requiredNames = readNames(param, 'access.requiredApprovers');
  if (requiredNames.length === 0) {
    throw new ProfileDefinitionError('Parameter "access.requiredApprovers" must name at least one body.', { id: 'access.requiredApprovers' });
  }
  const required = requiredNames.map((name) => {
    const body = canonicalBody(name, { reviewBodies, aliases });
    if (body === undefined) {
      throw new ProfileDefinitionError(`Required approver "${name}" is not one of access.reviewBodies.`, { id: 'access.requiredApprovers', name });
    }
    return body;
  });
  const approvedBy = new Set(approvals.counted.map((a) => a.body));
  const missing = required.filter((b) => !approvedBy.has(b));
  if (missing.length === 0) {
    const counted = approvals.counted.filter((a) => required.includes(a.body));
    // Every body required approved: a reading that asked fewer of them would admit it too.
    return done('admitted', { kind: 'approval', parameter: 'access.requiredApprovers', bodies: required, approvals: counted }, []);
  }
  const refusal = { parameter: 'access.requiredApprovers', required, approvedBy: required.filter((b) => approvedBy.has(b)), missing };
  if (isTask) {
    // Refused because it is on neither list: the lists as read, and the approvers as read, decide it.
    const basis: AccessBasis = { kind: 'rule', rule: 'access.not-listed-not-approved', ...refusal };
    return done('refused', basis, ['access.dutiesList', 'access.assistList', 'access.requiredApprovers']);
  }
  const same = found.match;
  const basis: AccessBasis = {
    kind: 'rule',
    rule: 'access.review-required',
    ...refusal,
    ...(same !== undefined && { sameTitleAs: { list: same.list, entryId: same.entry.id, title: same.entry.title } }),
  };
  return done('refused', basis, ['access.requiredApprovers']);
}
