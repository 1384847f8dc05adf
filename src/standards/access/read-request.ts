/**
 * Reading an untrusted access request: its shape (through the `AccessRequest` model, without requiring an id or
 * a community, so that a request can be decided before it is filed) and blank names.
 *
 * @module
 */
import type { z } from 'zod';
import type { Locale } from '../../locale.js';
import { accessMessages } from './decision-messages.js';
import { AccessRequest } from './model.js';
import { fromZodIssue, makeIssue } from '../../validation/from-zod.js';
import { formatPath } from '../../validation/issue.js';
import { normalizeTitle } from './normalize.js';
import type { AccessRequestIssue } from './types.js';

/** An access request as `decideAccess` takes it: an `AccessRequest` whose `id` and `communityId` may be absent. */
export const AccessQuery = AccessRequest.partial({ id: true, communityId: true });
/** An access request to decide: an {@link AccessRequest} whose `id` and `communityId` may be absent. */
export type AccessQuery = z.infer<typeof AccessQuery>;

/** The result of {@link readAccessRequest}. */
export type ReadRequestResult =
  | { readonly ok: true; readonly value: AccessQuery }
  | { readonly ok: false; readonly issues: readonly AccessRequestIssue[] };

/**
 * Checks an untrusted request, never throwing on data: shape issues (unknown kind, missing fields, wrong types,
 * unknown keys) come from the model; a department or title that is only spaces is a `blank_field` issue.
 *
 * @param input - the untrusted request
 * @param locale - the locale of issue messages
 * @returns the request, or its issues
 * @example
 * ```ts
 * readAccessRequest({ department: ' ', kind: 'tour', title: 'x', approvals: [] }, 'en').ok; //=> false
 * ```
 */
export function readAccessRequest(input: unknown, locale: Locale): ReadRequestResult {
  let parsed;
  try {
    parsed = AccessQuery.safeParse(input, { reportInput: true });
  } catch {
    return { ok: false, issues: [makeIssue(locale, 'unreadable_input', [])] };
  }
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((i) => fromZodIssue(i, locale)) };
  }
  const blank: AccessRequestIssue[] = [];
  for (const field of ['department', 'title'] as const) {
    if (normalizeTitle(parsed.data[field]) === '') {
      const path = [field];
      blank.push({ code: 'blank_field', path, message: accessMessages[locale].issue.blank_field({ where: formatPath(path) }) });
    }
  }
  if (blank.length > 0) return { ok: false, issues: blank };
  return { ok: true, value: parsed.data };
}
