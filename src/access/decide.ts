/**
 * Deciding a work-access request (工作准入, "准入制", spec §3.6): the community's own duty, admitted, or refused,
 * with the reason and what the decision rests on.
 *
 * @module
 */
import { optionBag } from '../options.js';
import { ProfileDefinitionError } from '../errors.js';
import type { Locale } from '../locale.js';
import { accessMessages } from '../locales/access.js';
import { formatPath } from '../validation/issue.js';
import { canonicalBody, countApprovals } from './approvals.js';
import { accessContext, type AccessOptions } from './context.js';
import { matchAccessLists } from './match-list.js';
import { allowedPlaqueOf, readPlaqueKinds } from '../signage/plaque-kinds.js';
import { readAccessRequest } from './read-request.js';
import { readAccessList, readAliases, readNames, type ParamReader } from './settings.js';
import type { AccessBasis, AccessDecision, AccessDecisionKind, AccessRequestIssue } from './types.js';

/**
 * Decides whether a department's request may enter a community:
 *
 * 1. an invalid request (unknown kind, blank department, missing title…) is `refused`, with its issues;
 * 2. a plaque (`kind: 'plaque'`) outside the four a community may hang (`signage.allowedPlaques`, plus the
 *    `signage.mark`) is always `refused`, whatever it carries;
 * 3. a request on the duties list (`access.dutiesList`) is the community's `own-duty`;
 * 4. one on the assist list (`access.assistList`) is `admitted`;
 * 5. one that carries the approval of every body in `access.requiredApprovers` is `admitted`;
 * 6. anything else is `refused`.
 *
 * A request matches a list entry by the `listEntryId` it names, or by a title equal to the entry's after
 * normalisation (full-width/half-width, spaces); resembling titles are named in the reason, never matched.
 * Approvals from bodies that are not review bodies (`access.reviewBodies`, with `access.bodyAliases`), or dated
 * after `asOf`, are issues and do not count.
 *
 * > 对于各部门需要进入社区的工作任务,以及各类检查、考核、评比、培训、挂牌、盖章、达标升级等事项,实行“准入制” (paragraph 5)
 *
 * @param request - the request (untrusted: bad data gives issues, never an exception); `id` and `communityId` may be absent
 * @param options - profile, date, locale
 * @returns the decision, its localized reason, its basis, issues and near matches
 * @throws `InvalidOptionError` for a missing or malformed `asOf` or a bad locale; {@link ProfileDefinitionError}
 *   when the profile's lists are malformed; `NoValueInForceError` when a parameter has no value at `asOf`
 * @example
 * ```ts
 * decideAccess({ department: '市司法局', kind: 'task', title: '调解民间纠纷', approvals: [] }, { asOf: '2013-06-30' });
 * //=> { decision: 'own-duty', reason: '工作任务“调解民间纠纷”与《基层群众自治组织依法履行职责事项表》条目“调解民间纠纷”(duty-3)名称一致,属社区依法履行的职责', basis: { kind: 'list', list: 'duties', … }, issues: [], nearMatches: [] }
 * ```
 */
export function decideAccess(request: unknown, options: AccessOptions): AccessDecision {
  options = optionBag(options);
  const { param, asOf, locale } = accessContext(options);
  return decideWith(request, param, asOf, locale);
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
    const reason = messages.reason({ kind: undefined, title: undefined, basis, nearMatches: [] });
    return { decision: 'refused', reason, basis, issues: read.issues, nearMatches: [] };
  }
  const request = read.value;
  const issues: AccessRequestIssue[] = [];
  const reviewBodies = readNames(param, 'access.reviewBodies');
  const aliases = readAliases(param, 'access.bodyAliases');
  const approvals = countApprovals(request.approvals, { reviewBodies, aliases, asOf, locale });
  issues.push(...approvals.issues);
  const lists = { duties: readAccessList(param, 'access.dutiesList'), assist: readAccessList(param, 'access.assistList') };
  const found = matchAccessLists(request, lists, locale);
  if (found.unknownEntryId !== undefined) {
    const path = ['listEntryId'];
    const received = found.unknownEntryId;
    issues.push({ code: 'unknown_list_entry', path, message: messages.issue.unknown_list_entry({ where: formatPath(path), received }), received });
  }
  const done = (decision: AccessDecisionKind, basis: AccessBasis, notes = true): AccessDecision => {
    const nearMatches = notes ? found.nearMatches : [];
    const unknownEntryId = notes ? found.unknownEntryId : undefined;
    const reason = messages.reason({ kind: request.kind, title: request.title, basis, nearMatches, unknownEntryId });
    return { decision, reason, basis, issues, nearMatches };
  };

  if (request.kind === 'plaque') {
    const allowed = readPlaqueKinds(param, 'signage.allowedPlaques');
    const marks = readPlaqueKinds(param, 'signage.mark');
    if (allowedPlaqueOf(request.title, [...allowed, ...marks]) === undefined) {
      const names = (kinds: readonly { name: string }[]) => kinds.map((k) => k.name);
      const basis: AccessBasis = { kind: 'rule', rule: 'access.plaque-outside-four', parameter: 'signage.allowedPlaques', allowed: names(allowed), marks: names(marks) };
      return done('refused', basis, false);
    }
  }
  if (found.match !== undefined) {
    const { list, entry, matchedBy } = found.match;
    const basis: AccessBasis = { kind: 'list', list, parameter: list === 'duties' ? 'access.dutiesList' : 'access.assistList', entry, matchedBy };
    return done(list === 'duties' ? 'own-duty' : 'admitted', basis);
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
    return done('admitted', { kind: 'approval', parameter: 'access.requiredApprovers', bodies: required, approvals: counted });
  }
  const basis: AccessBasis = {
    kind: 'rule',
    rule: 'access.not-listed-not-approved',
    parameter: 'access.requiredApprovers',
    required,
    approvedBy: required.filter((b) => approvedBy.has(b)),
    missing,
  };
  return done('refused', basis);
}
