/**
 * The types of public-welfare budget allocations: options, decisions and results of {@link allocateWelfareBudget}.
 *
 * @module
 */
import type { Explanation } from '../engine/explanation.js';
import type { Locale } from '../locale.js';
import type { WelfareProgramme } from '../models/welfare-project.js';
import type { Money } from '../money/money.js';
import type { Profile, ResolvedParameter } from '../profiles/types.js';
import type { CalculatorIssue, CalculatorIssueCode } from './issue.js';

/**
 * Every {@link ShortfallPolicy}, the default first.
 *
 * @example
 * ```ts
 * shortfallPolicies; //=> ['skip', 'partial', 'stop']
 * ```
 */
export const shortfallPolicies = /* @__PURE__ */ Object.freeze(['skip', 'partial', 'stop'] as const);

/**
 * What to do with a project that the remaining budget cannot fund in full:
 * - `'skip'` (default) — fund nothing of it and go on down the ranking, funding any later project that still
 *   fits in full. Projects are funded in full or not at all, and no money is left idle that a lower-ranked
 *   project could use.
 * - `'partial'` — grant it everything that is left (a partial grant); the budget is then spent.
 * - `'stop'` — fund nothing more: strict rank order, even if a later, smaller project would fit.
 */
export type ShortfallPolicy = (typeof shortfallPolicies)[number];

/** Options of {@link allocateWelfareBudget}. */
export interface WelfareBudgetOptions {
  /** The programme: `'venture'` (公益创投) or `'bidding-pilot'` (招投标试点). Only its projects take part. */
  readonly programme: WelfareProgramme;
  /** A date in the round's year: the budget in force then applies, and only projects of that year take part. */
  readonly asOf: string | Date;
  /** The budget; default: the programme's parameter in force (`funding.welfareVenture`, `funding.biddingPilot`). */
  readonly budget?: Money;
  /** See {@link ShortfallPolicy}; default `'skip'`. */
  readonly whenShort?: ShortfallPolicy;
  /** The profile (default `kunshan`). */
  readonly profile?: Profile;
  /** The locale of issue messages (default `zh-CN`). */
  readonly locale?: Locale;
}

/** Why a project got what it got. */
export type WelfareReason = 'funded-in-full' | 'remainder' | 'does-not-fit' | 'budget-exhausted' | 'stopped' | CalculatorIssueCode;

/** The decision on one project. */
export interface WelfareDecision {
  /** The project's id. */
  readonly projectId: string;
  /** Its title. */
  readonly title: string;
  /** Its position in the input. */
  readonly index: number;
  /** Its rank (1 = first), or `null` when it was left out of the ranking. */
  readonly rank: number | null;
  /** Its review score, when usable. */
  readonly score: number | null;
  /** What it asked for, when readable. */
  readonly requested: Money | null;
  /** What it gets (zero when unfunded). */
  readonly granted: Money;
  /** `funded` in full, `partial`, `unfunded` (ranked, but no money), or `excluded` from the ranking. */
  readonly outcome: 'funded' | 'partial' | 'unfunded' | 'excluded';
  /** Why. */
  readonly reason: WelfareReason;
  /** Why an excluded project was left out (one issue); empty for the others. Always a list, as everywhere. */
  readonly issues: readonly CalculatorIssue[];
  /** The project's worked note. */
  readonly explanation: Explanation;
}

/** The result of {@link allocateWelfareBudget}. */
export interface WelfareAllocation {
  /** The programme. */
  readonly programme: WelfareProgramme;
  /** The date, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The budget allocated. */
  readonly budget: Money;
  /** The shortfall policy applied. */
  readonly whenShort: ShortfallPolicy;
  /** Every decision: ranked projects in rank order, then excluded ones in input order. */
  readonly decisions: readonly WelfareDecision[];
  /** Funded projects (in full or in part), in rank order. */
  readonly funded: readonly WelfareDecision[];
  /** Projects that get nothing: ranked ones in rank order, then excluded ones. */
  readonly unfunded: readonly WelfareDecision[];
  /** The sum of the grants. */
  readonly totalGranted: Money;
  /** What is left: `budget − totalGranted`, never negative. */
  readonly remainder: Money;
  /** The issues of the excluded projects. */
  readonly issues: readonly CalculatorIssue[];
  /** The parameters used (the budget in force, unless a budget was given). */
  readonly parameters: readonly ResolvedParameter[];
  /** The worked note: budget, ranking rule, policy, one sub-note per project, totals. */
  readonly explanation: Explanation;
}
