/**
 * Tallying access decisions per department, for the electronic performance evaluation (电子绩效评估).
 *
 * @module
 */
import { listArgument } from '../../arguments.js';
import { optionBag } from '../../options.js';
import { InvalidOptionError } from '../../errors.js';
import type { PathSegment } from '../../validation/issue.js';
import { accessContext, type AccessOptions } from './context.js';
import { decideWith } from './decide.js';
import { normalizeTitle } from './normalize.js';
import type { AccessRequestIssue } from './types.js';

/** The counts of one department (or of all). `ownDuty + admitted + refused + pending = total`. */
export interface AccessCounts {
  /** Requests decided. */
  total: number;
  /** On the duties list: the community's own work. */
  ownDuty: number;
  /** Admitted (assist list or joint approval). */
  admitted: number;
  /** Refused, and not pending. */
  refused: number;
  /** Awaiting the joint review: some but not all required approvals, and not (yet) in the community. */
  pending: number;
  /** Of all these, requests that reached the community without being own duty or admitted. */
  reachedWithoutAdmission: number;
}

/** One department's row of the tally. */
export interface DepartmentAccessCounts extends AccessCounts {
  /** The department, as first written. */
  readonly department: string;
}

/** The result of {@link accessTally}. */
export interface AccessTally {
  /** One row per department (departments equal after normalisation are one), in order of first appearance. */
  readonly departments: readonly DepartmentAccessCounts[];
  /** Counts over all valid requests. */
  readonly totals: AccessCounts;
  /** Requests that could not be read (not counted above), by index, with their issues (paths from the list). */
  readonly invalid: readonly { readonly index: number; readonly issues: readonly AccessRequestIssue[] }[];
}

const zero = (): AccessCounts => ({ total: 0, ownDuty: 0, admitted: 0, refused: 0, pending: 0, reachedWithoutAdmission: 0 });

/**
 * Decides every request with `decideAccess` and counts the decisions per department. A refused request is
 * `pending` rather than `refused` when it carries some but not all of the required approvals and has not reached
 * the community (an assumption: the report does not define "pending"). Invalid requests are listed apart.
 *
 * > 各部门对此项工作的落实情况已正式纳入2013年电子绩效评估体系进行考核 (paragraph 5)
 *
 * @param requests - the requests (untrusted)
 * @param options - profile, date, locale
 * @returns counts per department, totals, and invalid requests
 * @throws {@link index!InvalidOptionError} when `requests` is not an array, or for a bad option
 * @example
 * ```ts
 * accessTally([
 *   { department: '市卫生局', kind: 'task', title: '医疗卫生', approvals: [] },
 *   { department: '市卫生局', kind: 'appraisal', title: '卫生先进评比', approvals: [{ body: '市民政局' }] },
 * ], { asOf: '2013-06-30' }).departments;
 * //=> [{ department: '市卫生局', total: 2, ownDuty: 0, admitted: 1, refused: 0, pending: 1, reachedWithoutAdmission: 0 }]
 * ```
 */
export function accessTally(requests: readonly unknown[], options: AccessOptions): AccessTally {
  options = optionBag(options);
  listArgument(requests, 'requests');
  const { param, asOf, locale } = accessContext(options);
  const rows = new Map<string, DepartmentAccessCounts>();
  const totals = zero();
  const invalid: { index: number; issues: AccessRequestIssue[] }[] = [];
  requests.forEach((request, index) => {
    const result = decideWith(request, param, asOf, locale);
    if (result.basis.kind === 'rule' && result.basis.rule === 'access.invalid-request') {
      const prefix = (path: readonly PathSegment[]) => [index, ...path];
      invalid.push({ index, issues: result.issues.map((i) => ({ ...i, path: prefix(i.path) })) });
      return;
    }
    const { department, reachedCommunity } = request as { department: string; reachedCommunity?: boolean };
    const key = normalizeTitle(department);
    let row = rows.get(key);
    if (row === undefined) {
      row = { department, ...zero() };
      rows.set(key, row);
    }
    const pending =
      result.basis.kind === 'rule' &&
      (result.basis.rule === 'access.not-listed-not-approved' || result.basis.rule === 'access.review-required') &&
      result.basis.approvedBy.length > 0 &&
      reachedCommunity !== true;
    for (const counts of [row, totals]) {
      counts.total++;
      if (result.decision === 'own-duty') counts.ownDuty++;
      else if (result.decision === 'admitted') counts.admitted++;
      else if (pending) counts.pending++;
      else counts.refused++;
      if (result.decision === 'refused' && reachedCommunity === true) counts.reachedWithoutAdmission++;
    }
  });
  return { departments: [...rows.values()], totals, invalid };
}
