/**
 * The city's community work funds: every community's allocation and their exact total.
 *
 * @module
 */
import { listArgument } from '../arguments.js';
import { optionBag } from '../options.js';
import type { Explanation } from '../engine/explanation.js';
import { fundsText } from './messages/funds.js';
import { sum } from '../money/arithmetic.js';
import type { Money } from '../money/money.js';
import { toIsoDate } from '../profiles/as-of.js';
import { communityWorkFunds, type CommunityWorkFunds, type FundedCommunity, type WorkFundsOptions } from './community-work-funds.js';
import type { CalculatorIssue } from './issue.js';
import { localized, note, noteStep } from './note.js';

/** The city total of {@link cityWorkFunds}. */
export interface CityWorkFunds {
  /** The date computed for, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The exact sum of every computed community's funds (communities without a usable count are left out). */
  readonly total: Money;
  /** Each community's result, in dataset order. */
  readonly breakdown: readonly CommunityWorkFunds[];
  /** How many communities were computed. */
  readonly computed: number;
  /** The issues of the communities that were not computed, with the index in `communities` in their path. */
  readonly issues: readonly CalculatorIssue[];
  /** The worked note: one line per community (with its own note beneath), then the total. */
  readonly explanation: Explanation;
}

/**
 * Computes the community work funds of every community of a dataset and totals them exactly (`sum` over integer
 * fen, so no fen is lost or created). A community whose household count is missing is listed with
 * `value: null`, its issue is reported, and it is left out of the total — never counted as zero.
 *
 * @param dataset - a dataset (or anything with a `communities` array)
 * @param options - `asOf` (required), `profile`, `locale`
 * @returns the total, the per-community breakdown, the issues and the worked note
 * @throws the same errors as {@link communityWorkFunds}
 * @example
 * ```ts
 * const result = cityWorkFunds({ communities: [yanwu, datan] }, { asOf: '2013-06-30' });
 * result.total; //=> { fen: 112500000 } when only 炎武 (7,500 resident households) has a resident count
 * result.issues[0]?.path; //=> ['communities', 1, 'households', 'resident']
 * ```
 */
export function cityWorkFunds(
  dataset: { readonly communities?: readonly FundedCommunity[] | undefined },
  options: WorkFundsOptions,
): CityWorkFunds {
  options = optionBag(options);
  if (Array.isArray(dataset?.communities)) listArgument(dataset.communities, 'dataset.communities');
  const asOf = toIsoDate(options.asOf);
  const communities = Array.isArray(dataset?.communities) ? dataset.communities : [];
  const breakdown = communities.map((community) => communityWorkFunds(community, options));
  const amounts: Money[] = [];
  const issues: CalculatorIssue[] = [];
  breakdown.forEach((result, index) => {
    if (result.ok) amounts.push(result.value);
    else issues.push({ ...result.issues[0], path: ['communities', index, ...result.issues[0].path] });
  });
  const total = sum(amounts);
  const lines = breakdown.map((result) =>
    noteStep(localized(fundsText, (t) => t.cityLine({ name: result.communityName, id: result.communityId, amount: result.value })), {
      steps: result.explanation.steps,
    }),
  );
  const explanation = note(localized(fundsText, (t) => t.cityTitle({ asOf, count: breakdown.length })), [
    ...lines,
    noteStep(localized(fundsText, (t) => t.cityTotal({ total, computed: amounts.length, missing: issues.length }))),
  ]);
  return { asOf, total, breakdown, computed: amounts.length, issues, explanation };
}
