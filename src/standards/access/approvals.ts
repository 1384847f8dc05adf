/**
 * Which approvals of a request count: those of a review body (by name after normalisation, or by an alias),
 * given on or before the decision date, each body once.
 *
 * @module
 */
import { listArgument } from '../../arguments.js';
import type { Locale } from '../../locale.js';
import { accessMessages } from './decision-messages.js';
import type { AccessApproval } from './model.js';
import { formatPath } from '../../validation/issue.js';
import { normalizeTitle } from './normalize.js';
import type { AccessIssue } from './types.js';

/** What {@link countApprovals} needs. */
export interface ApprovalSettings {
  /** The review bodies (`access.reviewBodies`), canonical names. */
  readonly reviewBodies: readonly string[];
  /** Other names of them (`access.bodyAliases`): alias → canonical name. */
  readonly aliases: Readonly<Record<string, string>>;
  /** The decision date, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The locale of issue messages. */
  readonly locale: Locale;
}

/** The result of {@link countApprovals}. */
export interface ApprovalCount {
  /** The approvals that count, with the canonical body name, in request order, one per body. */
  readonly counted: readonly AccessApproval[];
  /** Approvals that do not count, as issues. */
  readonly issues: readonly AccessIssue[];
}

/**
 * Resolves a body's name to a review body's canonical name.
 *
 * @param name - the name as written
 * @param settings - the review bodies and aliases
 * @returns the canonical name, or `undefined` for an unknown body
 * @example
 * ```ts
 * canonicalBody(' 市法制办 ', { reviewBodies: ['市纪委', '市民政局', '市法制办公室'], aliases: { 市法制办: '市法制办公室' } });
 * //=> '市法制办公室'
 * ```
 */
export function canonicalBody(name: string, settings: Pick<ApprovalSettings, 'reviewBodies' | 'aliases'>): string | undefined {
  const n = normalizeTitle(name);
  if (n === '') return undefined;
  const direct = settings.reviewBodies.find((b) => normalizeTitle(b) === n);
  if (direct !== undefined) return direct;
  for (const [alias, target] of Object.entries(settings.aliases)) {
    if (normalizeTitle(alias) === n) return settings.reviewBodies.find((b) => normalizeTitle(b) === normalizeTitle(target));
  }
  return undefined;
}

/**
 * Counts the approvals of a request. An approval from a body that is not a review body, or dated after the
 * decision date, is an issue and does not count; a second approval from the same body counts once.
 *
 * @param approvals - the request's approvals (already shape-checked)
 * @param settings - review bodies, aliases, date, locale
 * @returns the approvals that count, and issues
 * @example
 * ```ts
 * countApprovals([{ body: '市民政局' }, { body: '市卫生局' }], settings).counted; //=> [{ body: '市民政局' }]
 * ```
 */
export function countApprovals(approvals: readonly AccessApproval[], settings: ApprovalSettings): ApprovalCount {
  listArgument(approvals, 'approvals');
  const messages = accessMessages[settings.locale].issue;
  const counted: AccessApproval[] = [];
  const issues: AccessIssue[] = [];
  const seen = new Set<string>();
  approvals.forEach((approval, index) => {
    const body = canonicalBody(approval.body, settings);
    if (body === undefined) {
      const path = ['approvals', index, 'body'];
      const extra = { received: approval.body, expected: settings.reviewBodies.join(', ') };
      issues.push({ code: 'unknown_approver', path, message: messages.unknown_approver({ where: formatPath(path), ...extra }), ...extra });
      return;
    }
    if (approval.date !== undefined && approval.date > settings.asOf) {
      const path = ['approvals', index, 'date'];
      const extra = { received: approval.date, expected: settings.asOf };
      issues.push({ code: 'approval_after_as_of', path, message: messages.approval_after_as_of({ where: formatPath(path), ...extra }), ...extra });
      return;
    }
    if (seen.has(body)) return;
    seen.add(body);
    counted.push({ ...approval, body });
  });
  return { counted, issues };
}
