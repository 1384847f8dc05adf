/**
 * The featured service brand budget over a span of years (社区特色服务品牌投入).
 *
 * @module
 */
import { InvalidOptionError, NoValueInForceError } from '../errors.js';
import type { Explanation } from '../engine/explanation.js';
import { optionBag } from '../options.js';
import { sum } from '../money/arithmetic.js';
import { money, type Money } from '../money/money.js';
import { kunshan } from '../profiles/kunshan.js';
import { parameter } from '../profiles/parameter.js';
import type { Profile, ResolvedParameter } from '../profiles/types.js';
import { brandBudgetText } from './messages/brands.js';
import { localized, note, noteStep } from './note.js';

/** Options of {@link featuredBrandBudget}. */
export interface BrandBudgetOptions {
  /** The first year counted (required). */
  readonly from: number;
  /** The last year counted, inclusive (required). */
  readonly to: number;
  /** The profile (default `kunshan`). */
  readonly profile?: Profile;
}

/** One year of {@link BrandBudget}. */
export interface BrandBudgetYear {
  /** The year. */
  readonly year: number;
  /** The budget of that year (zero when none is in force). */
  readonly amount: Money;
  /** The parameter value counted, absent when none is in force. */
  readonly parameter?: ResolvedParameter<number>;
}

/** The result of {@link featuredBrandBudget}. */
export interface BrandBudget {
  /** The first year. */
  readonly from: number;
  /** The last year. */
  readonly to: number;
  /** Each year, in order. */
  readonly years: readonly BrandBudgetYear[];
  /** The years with no budget in force (counted as zero). */
  readonly yearsWithout: readonly number[];
  /** The sum over the years. */
  readonly total: Money;
  /** The worked note. */
  readonly explanation: Explanation;
}

const MAX_YEARS = 200;

/**
 * Adds up the featured service brand budget (`funding.featuredBrands`: 500万元 a year since 2005 in the `kunshan`
 * profile) over the years `from`–`to`, inclusive. Each year counts the value in force on its 31 December; a year with
 * none (before 2005) counts as zero and is listed in `yearsWithout`, so a span that starts earlier is not refused.
 *
 * > 2005年以来,昆山每年投入500万元用于打造社区特色服务品牌 (paragraph 7)
 *
 * @param options - `from` and `to` (required), `profile`
 * @returns each year's budget, the total and the worked note
 * @throws {@link index!InvalidOptionError} when `from` or `to` is not a whole year from 1900 to 2100, `to` is before
 *   `from`, or the span is longer than 200 years
 * @example
 * ```ts
 * featuredBrandBudget({ from: 2005, to: 2013 }).total; //=> { fen: 4500000000 } (4,500万元: 9 years × 500万元)
 * featuredBrandBudget({ from: 2003, to: 2005 }).yearsWithout; //=> [2003, 2004]
 * ```
 */
export function featuredBrandBudget(options: BrandBudgetOptions): BrandBudget {
  options = optionBag(options);
  const { from, to } = options;
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (!Number.isInteger(value) || value < 1900 || value > 2100) throw new InvalidOptionError(name, 'expected a whole year from 1900 to 2100', value);
  }
  if (to < from) throw new InvalidOptionError('to', `expected a year not before from (${from})`, to);
  if (to - from + 1 > MAX_YEARS) throw new InvalidOptionError('to', `expected at most ${MAX_YEARS} years`, to);
  const profile = options.profile ?? kunshan;
  const years: BrandBudgetYear[] = [];
  for (let year = from; year <= to; year++) {
    const resolved = inForce(profile, `${year}-12-31`);
    years.push(resolved === undefined ? { year, amount: money(0) } : { year, amount: money(resolved.value), parameter: resolved });
  }
  const total = sum(years.map((y) => y.amount));
  const yearsWithout = years.filter((y) => y.parameter === undefined).map((y) => y.year);
  const explanation = note(localized(brandBudgetText, (t) => t.title({ from, to })), [
    ...years.map((y) =>
      y.parameter === undefined
        ? noteStep(localized(brandBudgetText, (t) => t.noBudget({ year: y.year })))
        : noteStep(localized(brandBudgetText, (t) => t.year({ year: y.year, amount: y.amount })), { parameter: y.parameter }),
    ),
    noteStep(localized(brandBudgetText, (t) => t.total({ total, years: years.length, without: yearsWithout.length }))),
  ]);
  return { from, to, years, yearsWithout, total, explanation };
}

/** The brand budget in force on a day, or `undefined` when none is. */
function inForce(profile: Profile, day: string): ResolvedParameter<number> | undefined {
  try {
    return parameter(profile, 'funding.featuredBrands', day);
  } catch (error) {
    if (error instanceof NoValueInForceError) return undefined;
    throw error;
  }
}
