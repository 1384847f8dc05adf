/**
 * Checking a monthly wage against the enterprise minimum wage (企业最低工资标准).
 *
 * @module
 */
import { optionBag } from '../options.js';
import type { Explanation } from '../engine/explanation.js';
import { allowanceText } from './messages/allowance.js';
import { subtract } from '../money/arithmetic.js';
import { fenOf, money, type Money } from '../money/money.js';
import { toIsoDate } from '../profiles/as-of.js';
import { kunshan } from '../profiles/kunshan.js';
import { parameter } from '../profiles/parameter.js';
import type { Profile, ResolvedParameter } from '../profiles/types.js';
import { localized, note, noteStep } from './note.js';
import type { InvalidOptionError, MoneyError, NoValueInForceError } from '../errors.js';

/** Options of {@link checkMinimumWage}. */
export interface MinimumWageOptions {
  /** The month checked: the minimum in force then applies (required). */
  readonly asOf: string | Date;
  /** The profile (default `kunshan`). */
  readonly profile?: Profile;
}

/** The result of {@link checkMinimumWage}. */
export interface MinimumWageCheck {
  /** The date, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The wage checked. */
  readonly wage: Money;
  /** The minimum wage in force, per person a month. */
  readonly minimum: Money;
  /** Whether the wage is at least the minimum. */
  readonly meets: boolean;
  /** How much the wage falls short: `minimum − wage`, or zero when it meets the minimum. */
  readonly shortfall: Money;
  /** The parameters used. */
  readonly parameters: readonly ResolvedParameter[];
  /** The worked note. */
  readonly explanation: Explanation;
}

/**
 * Checks a monthly wage against the minimum wage in force (`wage.minimum`, 1,370 元 per person a month in the
 * 2013 report) and gives the shortfall. The wage is the one the standard counts — the caller leaves out what the
 * rules exclude (overtime pay, special allowances…); this function compares amounts only.
 *
 * > 企业最低工资标准提高到每人每月1370元 (paragraph 9)
 *
 * @param monthlyWage - the monthly wage
 * @param options - `asOf` (required), `profile`
 * @returns whether it meets the minimum, the shortfall and the worked note
 * @throws {@link index!MoneyError} when `monthlyWage` is not a Money value; {@link index!InvalidOptionError} for a bad `asOf`;
 *   {@link index!NoValueInForceError} when no minimum is in force (in `kunshan`, before 2013)
 * @example
 * ```ts
 * checkMinimumWage(yuan(1200), { asOf: '2013-06-30' }).shortfall; //=> { fen: 17000 } (170 元 short)
 * checkMinimumWage(yuan(1370), { asOf: '2013-06-30' }).meets; //=> true
 * ```
 */
export function checkMinimumWage(monthlyWage: Money, options: MinimumWageOptions): MinimumWageCheck {
  options = optionBag(options);
  const wage = money(fenOf(monthlyWage, 'monthlyWage'));
  const asOf = toIsoDate(options?.asOf);
  const minimumParameter = parameter(options.profile ?? kunshan, 'wage.minimum', asOf);
  const minimum = money(minimumParameter.value);
  const meets = wage.fen >= minimum.fen;
  const shortfall = meets ? money(0) : subtract(minimum, wage);
  const explanation = note(localized(allowanceText, (t) => t.wageTitle({ asOf })), [
    noteStep(localized(allowanceText, (t) => t.minimum({ year: asOf.slice(0, 4), minimum })), { parameter: minimumParameter }),
    noteStep(localized(allowanceText, (t) => t.wage({ wage }))),
    noteStep(localized(allowanceText, (t) => t.wageResult({ wage, minimum, shortfall, meets }))),
  ]);
  return { asOf, wage, minimum, meets, shortfall, parameters: [minimumParameter], explanation };
}
