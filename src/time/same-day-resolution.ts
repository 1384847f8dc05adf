/**
 * Same-day resolution — "以确保村民事件当天解决" (so that villagers' matters are resolved the same day; report
 * section 二, paragraph 2, on 泾河村): the share of cases resolved on the calendar day, in Asia/Shanghai, on which they were
 * received.
 *
 * @module
 */
import { optionBag } from '../options.js';
import { resolveLocale, type Locale } from '../locale.js';
import type { ServiceCase } from '../models/service-case.js';
import { describeReceived, makeIssue } from '../validation/from-zod.js';
import type { ValidationIssue } from '../validation/issue.js';
import { readGuarded, readList } from './untrusted.js';
import { parseInstant, shanghaiTime } from './instant.js';
import type { InvalidOptionError } from '../errors.js';

/** A case resolved on a later day than it was received. */
export interface LateCase {
  /** The case's id. */
  readonly id: string;
  /** Date received, `YYYY-MM-DD` in Asia/Shanghai. */
  readonly receivedOn: string;
  /** Date resolved, `YYYY-MM-DD` in Asia/Shanghai. */
  readonly resolvedOn: string;
  /** Calendar days between the two (1 = resolved the next day). */
  readonly daysLate: number;
}

/** A case not (yet) resolved. */
export interface UnresolvedCase {
  /** The case's id. */
  readonly id: string;
  /** Date received, `YYYY-MM-DD` in Asia/Shanghai. */
  readonly receivedOn: string;
}

/** The result of {@link sameDayResolutionRate}. */
export interface SameDayResolution {
  /** Cases counted: every case with a readable `receivedAt` (and a `resolvedAt`, if any, not before it). */
  readonly total: number;
  /** Cases resolved on the day they were received. */
  readonly sameDay: number;
  /** `sameDay / total`, or `null` when no case was counted (never `NaN`). */
  readonly rate: number | null;
  /** Cases resolved on a later day. */
  readonly late: readonly LateCase[];
  /** Cases without `resolvedAt`: they count against the rate. */
  readonly unresolved: readonly UnresolvedCase[];
  /** Cases that could not be read (left out of `total`). */
  readonly issues: readonly ValidationIssue[];
}

/**
 * The share of cases resolved on the calendar day they were received, both instants read in Asia/Shanghai
 * whatever their offset and the host's time zone. Unresolved cases count as not resolved the same day, and are
 * listed. Empty input gives `rate: null`, not `NaN`: there is no rate to report.
 *
 * @param cases - service cases (untrusted: a case whose `receivedAt` or `resolvedAt` is not a date-time with an
 *   offset, or that was resolved before it was received, is an issue and is not counted)
 * @param options - `locale` of the issues
 * @returns the counts, the rate, the late and unresolved cases, and issues
 * @throws {@link index!InvalidOptionError} for an unknown locale
 * @example
 * ```ts
 * sameDayResolutionRate([
 *   { id: 'a', communityId: 'jinghe', title: '路灯', receivedAt: '2013-09-29T09:00:00+08:00', resolvedAt: '2013-09-29T15:00:00+08:00' },
 *   { id: 'b', communityId: 'jinghe', title: '水管', receivedAt: '2013-09-29T23:50:00+08:00', resolvedAt: '2013-09-30T00:10:00+08:00' },
 * ]);
 * //=> { total: 2, sameDay: 1, rate: 0.5, late: [{ id: 'b', receivedOn: '2013-09-29', resolvedOn: '2013-09-30', daysLate: 1 }], unresolved: [], issues: [] }
 * sameDayResolutionRate([]).rate; //=> null
 * ```
 */
export function sameDayResolutionRate(
  cases: readonly Pick<ServiceCase, 'id' | 'receivedAt' | 'resolvedAt'>[],
  options: { readonly locale?: Locale } = {},
): SameDayResolution {
  options = optionBag(options);
  const locale = resolveLocale(options.locale);
  const issues: ValidationIssue[] = [];
  const late: LateCase[] = [];
  const unresolved: UnresolvedCase[] = [];
  let total = 0;
  let sameDay = 0;
  for (const [entry, i] of readList(cases, [], locale, issues)) {
    readGuarded([i], locale, issues, () => {
      if (typeof entry !== 'object' || entry === null) {
        issues.push(makeIssue(locale, 'invalid_type', [i], { expected: 'object', received: describeReceived(entry) }));
        return;
      }
      const { id, receivedAt, resolvedAt } = entry as Partial<Record<keyof ServiceCase, unknown>>;
      const received = parseInstant(receivedAt);
      const resolved = resolvedAt === undefined ? undefined : parseInstant(resolvedAt);
      if (received === undefined) issues.push(formatIssue(locale, [i, 'receivedAt'], receivedAt));
      if (resolvedAt !== undefined && resolved === undefined)
        issues.push(formatIssue(locale, [i, 'resolvedAt'], resolvedAt));
      if (received === undefined || (resolvedAt !== undefined && resolved === undefined)) return;
      if (resolved !== undefined && resolved < received) {
        issues.push(
          makeIssue(locale, 'invalid_combination', [i, 'resolvedAt'], { params: { rule: 'resolved_before_received' } }),
        );
        return;
      }
      const caseId = typeof id === 'string' ? id : `[${i}]`;
      const on = shanghaiTime(received);
      total++;
      if (resolved === undefined) {
        unresolved.push({ id: caseId, receivedOn: on.date });
        return;
      }
      const off = shanghaiTime(resolved);
      if (off.day === on.day) sameDay++;
      else late.push({ id: caseId, receivedOn: on.date, resolvedOn: off.date, daysLate: off.day - on.day });
    });
  }
  return { total, sameDay, rate: total === 0 ? null : sameDay / total, late, unresolved, issues };
}

function formatIssue(locale: Locale, path: (string | number)[], value: unknown): ValidationIssue {
  return makeIssue(locale, 'invalid_format', path, { expected: 'datetime', received: describeReceived(value) });
}
