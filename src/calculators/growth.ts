/**
 * Indicator arithmetic: last year's figure from this year's and its growth rate, exactly, with explicit rounding.
 *
 * @module
 */
import { toHalfWidth } from '../money/parse.js';
import type { Explanation } from '../engine/explanation.js';
import { InvalidOptionError } from '../errors.js';
import type { Locale } from '../locale.js';
import { countText, quotientText, scaledText, yuanText } from './messages/format.js';
import { indicatorsText } from './messages/indicators.js';
import { pow10, readDecimal } from '../money/decimal.js';
import { fromFen, isMoney, type Money } from '../money/money.js';
import { resolveRatio, type Ratio } from '../money/multiply.js';
import { divideRounded, resolveRounding, type RoundingMode } from '../money/rounding.js';
import { localized, note, noteStep } from './note.js';
import type { MoneyError } from '../errors.js';

/**
 * A growth rate, exactly: a percentage string (`'61.9%'`), a decimal string (`'0.619'`), or a {@link Ratio}
 * (`{ numerator: 619, denominator: 1000 }`). Never a binary float.
 */
export type GrowthRate = string | Ratio;

/** The result of {@link previousFromGrowth}. */
export interface PreviousFromGrowth<T extends number | Money> {
  /** This year's figure. */
  readonly current: T;
  /** Last year's figure, rounded: a whole number for a count, whole fen for money. */
  readonly previous: T;
  /** The growth rate as a percentage, exactly (`'61.9%'`). */
  readonly rate: string;
  /** Last year's figure before rounding, as a reduced fraction of integers (of fen, for money). */
  readonly exact: { readonly numerator: string; readonly denominator: string };
  /** The rounding applied. */
  readonly rounding: RoundingMode;
  /** The worked note. */
  readonly explanation: Explanation;
}

/**
 * Derives last year's figure from this year's and the growth on last year: `previous = current ÷ (1 + g)`,
 * computed exactly as a fraction and rounded once, by the mode given (required), to a whole number for a count or
 * to whole fen for money. The report's 6,500 households "up 61.9%" were about 4,015 a year earlier.
 *
 * > 向6500户家庭发放公积金贷款19亿元,放贷户数和金额分别比上年增长61.9%和63.8% (paragraph 9)
 *
 * @param current - this year's figure: a non-negative safe integer (a count) or Money
 * @param growthRate - the growth on last year (see {@link GrowthRate}), above −100%
 * @param rounding - how to bring the exact quotient to a whole count or fen
 * @returns last year's figure, the exact fraction and the worked note
 * @throws {@link index!InvalidOptionError} for a count that is not a non-negative safe integer, a growth rate that is not
 *   exact or not above −100%, or a missing rounding; {@link index!MoneyError} when the result is out of range
 * @example
 * ```ts
 * previousFromGrowth(6500, '61.9%', 'half-up').previous; //=> 4015 (6,500 ÷ 1.619 = 4,014.82…)
 * previousFromGrowth(yuan(1_900_000_000), '63.8%', 'half-up').previous; //=> { fen: 115995115995 } (≈ 11.6亿元)
 * ```
 */
export function previousFromGrowth(current: number, growthRate: GrowthRate, rounding: RoundingMode): PreviousFromGrowth<number>;
export function previousFromGrowth(current: Money, growthRate: GrowthRate, rounding: RoundingMode): PreviousFromGrowth<Money>;
export function previousFromGrowth(current: number | Money, growthRate: GrowthRate, rounding: RoundingMode): PreviousFromGrowth<number | Money> {
  const mode = resolveRounding(rounding);
  const { numerator: g, denominator: d } = resolveGrowth(growthRate);
  const asMoney = isMoney(current);
  if (!asMoney && (typeof current !== 'number' || !Number.isSafeInteger(current) || current < 0)) {
    throw new InvalidOptionError('current', 'expected a non-negative safe integer or a Money value', current);
  }
  const units = BigInt(asMoney ? current.fen : (current as number));
  // previous = units ÷ (1 + g/d) = units × d ÷ (d + g)
  const num = units * d;
  const den = d + g;
  const rounded = divideRounded(num, den, mode);
  const previous = asMoney ? fromFen(rounded) : checkedCount(rounded);
  const divisor = gcd(num < 0n ? -num : num, den);
  const rate = `${quotientText(g * 100n, d, 6)}%`;
  const factor = quotientText(den, d, 8);
  const write = (value: bigint, locale: Locale) => (asMoney ? yuanText(fromFen(value), locale) : countText(value));
  const yuanOf = (text: string, locale: Locale) => (locale === 'zh-CN' ? `${text}元` : `CNY ${text}`);
  const currentText = (locale: Locale) => (asMoney ? scaledText(current as Money, locale) : countText(units));
  const exactText = (locale: Locale) => (asMoney ? yuanOf(quotientText(num, den * 100n, 4), locale) : quotientText(num, den, 2));
  const back = (locale: Locale) => (asMoney ? yuanOf(quotientText(rounded * den, d * 100n, 4), locale) : quotientText(rounded * den, d, 4));
  const explanation = note(localized(indicatorsText, (t) => t.growthTitle()), [
    noteStep(localized(indicatorsText, (t, l) => t.current({ current: currentText(l) }))),
    noteStep(localized(indicatorsText, (t) => t.rate({ rate }))),
    noteStep(localized(indicatorsText, (t, l) => t.divide({ current: currentText(l), rate, factor, exact: exactText(l) }))),
    noteStep(localized(indicatorsText, (t, l) => t.round({ mode, money: asMoney, previous: write(rounded, l), acted: num % den !== 0n }))),
    noteStep(localized(indicatorsText, (t, l) => t.check({ previous: write(rounded, l), factor, back: back(l) }))),
  ]);
  return { current, previous, rate, exact: { numerator: String(num / divisor), denominator: String(den / divisor) }, rounding: mode, explanation };
}

/**
 * Reads a {@link GrowthRate} as an exact fraction.
 *
 * @param growthRate - `'61.9%'`, `'0.619'` or `{ numerator, denominator }`; full-width digits, point and percent sign (`６１．９％`) read as ASCII, as `parseMoney` reads them
 * @returns the fraction, with a positive denominator
 * @throws {@link index!InvalidOptionError} when it is none of those, or not above −100%
 * @example
 * ```ts
 * resolveGrowth('61.9%'); //=> { numerator: 619n, denominator: 1000n }
 * resolveGrowth('0.638'); //=> { numerator: 638n, denominator: 1000n }
 * ```
 */
export function resolveGrowth(growthRate: GrowthRate): { numerator: bigint; denominator: bigint } {
  let fraction: { numerator: bigint; denominator: bigint };
  if (typeof growthRate === 'string') {
    // Full-width digits, point and percent sign (６１．９％) read as their ASCII forms, as parseMoney reads them.
    const written = growthRate.length <= 100 ? toHalfWidth(growthRate).trim() : growthRate;
    const text = written.replace(/%$/, '').trim();
    const decimal = text.length <= 40 ? readDecimal(text) : undefined;
    if (decimal === undefined) throw new InvalidOptionError('growthRate', "expected '61.9%', '0.619' or { numerator, denominator }", growthRate);
    const percent = written.endsWith('%');
    fraction = { numerator: decimal.digits, denominator: pow10(decimal.decimals + (percent ? 2 : 0)) };
  } else {
    try {
      fraction = resolveRatio(growthRate);
    } catch {
      throw new InvalidOptionError('growthRate', "expected '61.9%', '0.619' or { numerator, denominator } of safe integers", growthRate);
    }
    if (fraction.denominator < 0n) fraction = { numerator: -fraction.numerator, denominator: -fraction.denominator };
  }
  if (fraction.denominator + fraction.numerator <= 0n) throw new InvalidOptionError('growthRate', 'must be above -100%', growthRate);
  return fraction;
}

function checkedCount(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new InvalidOptionError('current', 'the result is beyond the safe integer range', String(value));
  return Number(value);
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}
