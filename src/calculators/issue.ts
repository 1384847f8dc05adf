/**
 * The issues calculators return for bad data: same shape as validation issues, with the codes of this area.
 * A calculator never throws on data; it says what it could not compute and why.
 *
 * @module
 */
import { locales, type Locale, type LocalizedText } from '../locale.js';
import { calculatorIssueMessages } from './messages/issues.js';
import { formatPath, type Issue, type PathSegment } from '../validation/issue.js';
import type { CalculatorIssueCode } from './issue-code.js';
export type { CalculatorIssueCode } from './issue-code.js';


/**
 * One problem found in the data given to a calculator.
 *
 * @example
 * ```ts
 * communityWorkFunds({ ...yanwu, households: {} }, { asOf: '2013-06-30', locale: 'en' }).issues[0];
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
