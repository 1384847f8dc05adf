/**
 * Rationalising a community's ledgers (精简社区台账, spec §3.7): each ledger is kept, simplified, merged or
 * abolished, with a localized reason.
 *
 * @module
 */
import { listArgument } from '../../arguments.js';
import { optionBag } from '../../options.js';
import { accessContext, type AccessOptions } from '../access/context.js';
import type { ParamReader } from '../access/settings.js';
import { InvalidOptionError, ProfileDefinitionError } from '../../errors.js';
import { ledgerMessages } from './advice-messages.js';
import type { Ledger } from './model.js';
import type { ValidationIssue } from '../../validation/issue.js';
import { parseWith } from '../../validation/validate-record.js';
import { adviseLedger, type LedgerAdviceData } from './advise.js';
import { readLedgerCatalogue } from './catalogue.js';

/** The advice for one ledger, with its reason. */
export interface LedgerAdvice extends LedgerAdviceData {
  /** Why, as one sentence in the locale asked for. */
  readonly reason: string;
}

/** The result of {@link rationalizeLedgers}. */
export interface LedgerRationalization {
  /** One advice per valid ledger, in input order. */
  readonly advice: readonly LedgerAdvice[];
  /** Ledgers that could not be read (left out of the advice), with paths from the list. */
  readonly issues: readonly ValidationIssue[];
}

/**
 * Reads the merge threshold `ledger.mergeThreshold`.
 *
 * @param param - the parameter reader
 * @returns the threshold, 0–1
 * @throws {@link ProfileDefinitionError} when it is not a number from 0 to 1
 * @example
 * ```ts
 * readMergeThreshold((id) => parameter(kunshan, id, '2013-06-30')); //=> 0.6
 * ```
 */
export function readMergeThreshold(param: ParamReader): number {
  const value = param('ledger.mergeThreshold').value;
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new ProfileDefinitionError('Parameter "ledger.mergeThreshold" must be a ratio from 0 to 1.', { id: 'ledger.mergeThreshold' });
  }
  return value;
}

/**
 * Advises on every ledger against the profile's standard catalogue (`ledger.catalogue`):
 * `abolish` a ledger with no catalogue category; `merge` ledgers of one community and one category whose fields
 * overlap (Jaccard index) at least `ledger.mergeThreshold`; `simplify` one with fields beyond its category's;
 * `keep` the rest. Ledgers of different communities are never merged.
 *
 * > 对社区台账能简化的一律简化、能合并的一律合并、能撤销的一律撤销 (paragraph 5)
 *
 * @param ledgers - the ledgers (untrusted: invalid ones become issues)
 * @param options - profile (default `kunshan`), date (required), locale
 * @returns the advice per ledger and the issues
 * @throws {@link index!InvalidOptionError} when `ledgers` is not an array or for a bad option; {@link ProfileDefinitionError}
 *   for a malformed catalogue
 * @example
 * ```ts
 * rationalizeLedgers([
 *   { id: 'a', communityId: 'c', title: '低保台账', category: 'social-assistance', fields: ['姓名', '身份证号', '救助金额'] },
 *   { id: 'b', communityId: 'c', title: '救助对象台账', category: 'social-assistance', fields: ['姓名', '身份证号', '救助金额', '户号'] },
 * ], { asOf: '2013-06-30' }).advice.map((a) => a.action);
 * //=> ['merge', 'merge']
 * ```
 */
export function rationalizeLedgers(ledgers: readonly unknown[], options: AccessOptions): LedgerRationalization {
  options = optionBag(options);
  listArgument(ledgers, 'ledgers');
  const { param, locale } = accessContext(options);
  const catalogue = readLedgerCatalogue(param);
  const threshold = readMergeThreshold(param);
  const valid: Ledger[] = [];
  const issues: ValidationIssue[] = [];
  ledgers.forEach((input, index) => {
    const result = parseWith('ledger', input, locale, [index]);
    if (result.ok) valid.push(result.value);
    else issues.push(...result.issues);
  });
  const advice = valid.map((ledger, i) => {
    const data = adviseLedger(ledger, valid.filter((_, j) => j !== i), catalogue, threshold);
    return { ...data, reason: ledgerMessages[locale].reason(data) };
  });
  return { advice, issues };
}
