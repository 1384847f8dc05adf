/**
 * The issues calculators return for bad data: same shape as validation issues, with the codes of this area.
 * A calculator never throws on data; it says what it could not compute and why.
 *
 * @module
 */
import { locales, type Locale, type LocalizedText } from '../locale.js';
import { calculatorIssueMessages } from '../locales/calculators/issues.js';
import { formatPath, type Issue, type PathSegment } from '../validation/issue.js';

/** The codes of {@link CalculatorIssue}. */
export type CalculatorIssueCode =
  /** The household count for the basis in force (户籍 or 常住) is not given: the funds are not computed. */
  | 'missing_households'
  /** A household count that is not a non-negative safe integer. */
  | 'invalid_households'
  /** A record that could not be read at all (not an object, a getter that throws). */
  | 'unreadable_input'
  /** Two projects share an id; the later one is left out. */
  | 'duplicate_id'
  /** A project's `requestedFen` is not a non-negative safe integer. */
  | 'invalid_request'
  /** A project asks for nothing (0 fen). */
  | 'nothing_requested'
  /** A project has no review score, so it cannot be ranked. */
  | 'unscored'
  /** A project's score is not a finite number. */
  | 'invalid_score'
  /** A project belongs to the other programme (公益创投 vs 招投标试点). */
  | 'other_programme'
  /** A project belongs to another year's round. */
  | 'other_year'
  /** A volunteer service belongs to another volunteer than the ledger's. */
  | 'wrong_volunteer'
  /** A volunteer service already earned points in this ledger. */
  | 'duplicate_service'
  /** Hours that are not a number from 0 to 24. */
  | 'invalid_hours'
  /** A date that is not a calendar date `YYYY-MM-DD`. */
  | 'invalid_date'
  /** An accrual recorded before the service took place. */
  | 'recorded_before_service'
  /** An entry dated before the ledger's last entry: the ledger is append-only and in date order. */
  | 'out_of_order'
  /** Points that are not a positive amount with at most two decimals. */
  | 'invalid_points'
  /** A redemption larger than the balance. */
  | 'insufficient_balance'
  /** A correction refers to no accrual of the ledger. */
  | 'unknown_entry'
  /** A correction of an accrual whose points have already lapsed. */
  | 'accrual_expired'
  /** A correction that takes back more points than are left of the accrual. */
  | 'correction_exceeds_remaining'
  /** A correction that changes nothing. */
  | 'no_change'
  /** A household size that is not a positive safe integer. */
  | 'invalid_members'
  /** A household income that is not a non-negative amount of money. */
  | 'invalid_income';

/**
 * One problem found in the data given to a calculator.
 *
 * @example
 * ```ts
 * communityWorkFunds({ ...yanwu, households: {} }, { asOf: '2013-06-30', locale: 'en' }).issue;
 * //=> { code: 'missing_households', path: ['households', 'resident'], expected: 'resident-households', message: '…' }
 * ```
 */
export type CalculatorIssue = Issue<CalculatorIssueCode>;

/**
 * Builds a localized calculator issue.
 *
 * @param locale - the message locale
 * @param code - the issue code
 * @param path - the path
 * @param extra - requirement, received value, details
 * @returns the issue, with its message
 * @example
 * ```ts
 * calculatorIssue('en', 'invalid_members', ['members'], { expected: 'integer >= 1', received: '0' }).message;
 * //=> 'members: the household size must be integer >= 1, received 0'
 * ```
 */
export function calculatorIssue(
  locale: Locale,
  code: CalculatorIssueCode,
  path: readonly PathSegment[],
  extra: { expected?: string; received?: string; params?: Record<string, unknown> } = {},
): CalculatorIssue {
  const message = calculatorIssueMessages[locale][code]({ where: formatPath(path), ...extra });
  return { code, path, message, ...extra };
}

/**
 * The message of an issue in every locale, for the worked notes (which are always in every locale).
 *
 * @param code - the issue code
 * @param path - the path
 * @param extra - requirement, received value, details
 * @returns the message in every locale
 * @example
 * ```ts
 * issueText('unscored', ['projects', 2])['zh-CN']; //=> 'projects[2]:没有评审得分,无法排序,未参与分配'
 * ```
 */
export function issueText(
  code: CalculatorIssueCode,
  path: readonly PathSegment[],
  extra: { expected?: string; received?: string; params?: Record<string, unknown> } = {},
): LocalizedText {
  const out = {} as Record<Locale, string>;
  for (const locale of locales) out[locale] = calculatorIssue(locale, code, path, extra).message;
  return out;
}

/**
 * Describes a received value briefly, safe to put in a message.
 *
 * @internal
 */
export function received(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value == null) return String(value);
  return Array.isArray(value) ? 'array' : typeof value;
}
