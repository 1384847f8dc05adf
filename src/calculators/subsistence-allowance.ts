/**
 * The minimum living allowance (低保): a household's monthly top-up to the standard.
 *
 * @module
 */
import { optionBag } from '../options.js';
import type { Explanation } from '../engine/explanation.js';
import { resolveLocale, type Locale } from '../locale.js';
import { allowanceText } from './messages/allowance.js';
import { subtract } from '../money/arithmetic.js';
import { isMoney, money, type Money } from '../money/money.js';
import { multiply } from '../money/multiply.js';
import { toIsoDate } from '../profiles/as-of.js';
import { kunshan } from '../profiles/kunshan.js';
import { parameter } from '../profiles/parameter.js';
import type { Profile, ResolvedParameter } from '../profiles/types.js';
import { calculatorIssue, issueText, received, type CalculatorIssue } from './issue.js';
import { localized, note, noteStep } from './note.js';
import type { InvalidOptionError, NoValueInForceError } from '../errors.js';

/** A household applying for the allowance. */
export interface SubsistenceHousehold {
  /** An id, shown in the note. */
  readonly id?: string;
  /** Members of the household (家庭人口): a positive integer. */
  readonly members: number;
  /** The household's monthly income (家庭月收入), as the civil-affairs office counts it. */
  readonly monthlyIncome: Money;
}

/** Options of {@link subsistenceAllowance}. */
export interface AllowanceOptions {
  /** The month the allowance is for: the standard in force then applies (required). */
  readonly asOf: string | Date;
  /** The profile (default `kunshan`). */
  readonly profile?: Profile;
  /** The locale of issue messages (default `zh-CN`). */
  readonly locale?: Locale;
}

/** What every allowance result says. */
export interface AllowanceBase {
  /** The household's id, if given. */
  readonly householdId?: string;
  /** The date, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The standard: per person a month. */
  readonly standard: Money;
  /** The parameters used. */
  readonly parameters: readonly ResolvedParameter[];
  /** The worked note. */
  readonly explanation: Explanation;
}

/** The monthly top-up as `value`, or — for unusable household data — `value: null` and the issue in `issues`. */
export type SubsistenceAllowance =
  | (AllowanceBase & {
      readonly ok: true;
      /** Members counted. */
      readonly members: number;
      /** The household's line: standard × members. */
      readonly threshold: Money;
      /** The income counted. */
      readonly monthlyIncome: Money;
      /** The monthly top-up: `max(0, threshold − income)`. */
      readonly value: Money;
      /** Whether the income is below the line (the top-up is positive). */
      readonly eligible: boolean;
      /** No issues. */
      readonly issues: readonly [];
    })
  | (AllowanceBase & { readonly ok: false; readonly value: null; readonly issues: readonly [CalculatorIssue] });

/**
 * Computes a household's monthly minimum living allowance: the standard (`allowance.subsistence`, 590 元 per
 * person a month in the 2013 report) times the members, less the household's monthly income, never below zero.
 * The gap formula is the common one *(assumption: the report gives only the standard)*.
 *
 * > 低保标准提高到每人每月590元 (paragraph 9)
 *
 * @param household - members and monthly income
 * @param options - `asOf` (required), `profile`, `locale`
 * @returns the top-up with its parts and worked note, or `ok: false` with an issue for a household size that is
 *   not a positive integer or an income that is not a non-negative Money
 * @throws {@link index!InvalidOptionError} for a bad `asOf` or locale; {@link index!NoValueInForceError} when no standard is
 *   in force (in `kunshan`, before 2013)
 * @example
 * ```ts
 * subsistenceAllowance({ members: 3, monthlyIncome: yuan(1200) }, { asOf: '2013-06-30' }).value; //=> { fen: 57000 } (1,770 − 1,200 = 570 元)
 * subsistenceAllowance({ members: 1, monthlyIncome: yuan(800) }, { asOf: '2013-06-30' }).value; //=> { fen: 0 }
 * ```
 */
export function subsistenceAllowance(household: SubsistenceHousehold, options: AllowanceOptions): SubsistenceAllowance {
  options = optionBag(options);
  const locale = resolveLocale(options.locale);
  const asOf = toIsoDate(options.asOf);
  const standardParameter = parameter(options.profile ?? kunshan, 'allowance.subsistence', asOf);
  const standard = money(standardParameter.value);
  const { id, members, income } = readHousehold(household);
  const base = { ...(id !== undefined && { householdId: id }), asOf, standard, parameters: [standardParameter] };
  const title = localized(allowanceText, (t) => t.allowanceTitle({ householdId: id, asOf }));
  const standardStep = noteStep(localized(allowanceText, (t) => t.standard({ year: asOf.slice(0, 4), standard })), { parameter: standardParameter });

  const problem =
    typeof members !== 'number' || !Number.isSafeInteger(members) || members < 1
      ? (['invalid_members', ['members'], { expected: 'integer >= 1', received: received(members) }] as const)
      : !isMoney(income) || income.fen < 0
        ? (['invalid_income', ['monthlyIncome'], { expected: 'Money >= 0', received: isMoney(income) ? String(income.fen) : received(income) }] as const)
        : undefined;
  if (problem !== undefined) {
    const [code, path, extra] = problem;
    const reason = issueText(code, path, extra);
    const explanation = note(title, [standardStep, noteStep(localized(allowanceText, (t, l) => t.notComputed({ reason: reason[l] })))]);
    return { ...base, ok: false, value: null, issues: [calculatorIssue(locale, code, path, extra)], explanation };
  }
  const count = members as number;
  const monthlyIncome = income as Money;
  const threshold = multiply(standard, count, 'half-up');
  const eligible = monthlyIncome.fen < threshold.fen;
  const amount = eligible ? subtract(threshold, monthlyIncome) : money(0);
  const explanation = note(title, [
    standardStep,
    noteStep(localized(allowanceText, (t) => t.threshold({ members: count, standard, threshold }))),
    noteStep(localized(allowanceText, (t) => t.income({ income: monthlyIncome }))),
    noteStep(localized(allowanceText, (t) => t.formula())),
    noteStep(localized(allowanceText, (t) => (eligible ? t.gap({ threshold, income: monthlyIncome, amount }) : t.noGap({ threshold, income: monthlyIncome })))),
    noteStep(localized(allowanceText, (t) => t.allowanceResult({ amount }))),
  ]);
  return { ...base, ok: true, members: count, threshold, monthlyIncome, value: amount, eligible, issues: [], explanation };
}

function readHousehold(household: unknown): { id: string | undefined; members: unknown; income: unknown } {
  if (typeof household !== 'object' || household === null) return { id: undefined, members: undefined, income: undefined };
  try {
    const h = { ...(household as Record<string, unknown>) };
    return { id: typeof h['id'] === 'string' ? h['id'] : undefined, members: h['members'], income: h['monthlyIncome'] };
  } catch {
    return { id: undefined, members: undefined, income: undefined };
  }
}
