/**
 * Multiplying money by an exact ratio, with explicit rounding.
 *
 * @module
 */
import { InvalidOptionError } from '../errors.js';
import { fenOf, fromFen, type Money } from './money.js';
import { divideRounded, resolveRounding, type RoundingMode } from './rounding.js';
import type { MoneyError } from '../errors.js';

/**
 * An exact rational factor: `numerator / denominator`, both safe integers, the denominator non-zero. A plain
 * safe integer `n` means `n / 1`. Write 75% as `{ numerator: 75, denominator: 100 }`, never as `0.75`.
 */
export type Ratio = number | { readonly numerator: number; readonly denominator: number };

/**
 * Multiplies an amount by a rational factor, exactly (`bigint`), then rounds to whole fen by the mode given.
 * The rounding is required: there is no silent default.
 *
 * @param amount - the amount
 * @param ratio - the factor: a safe integer, or `{ numerator, denominator }` of safe integers
 * @param rounding - how to bring the exact product to whole fen (see {@link RoundingMode})
 * @returns the rounded product, a new value
 * @throws {@link index!InvalidOptionError} when `ratio` is not a ratio of safe integers with a non-zero denominator,
 *   or `rounding` is missing or unknown
 * @throws {@link index!MoneyError} when `amount` is not a Money value, or the product lies beyond
 *   ±`Number.MAX_SAFE_INTEGER` fen
 * @example
 * ```ts
 * // 15,000 元 per 100 households, for 7,500 households:
 * multiply(yuan(15_000), { numerator: 7_500, denominator: 100 }, 'half-up'); //=> { fen: 112500000 } (112.5万元)
 * multiply(money(5), { numerator: 1, denominator: 2 }, 'half-even'); //=> { fen: 2 }
 * multiply(money(7), { numerator: 1, denominator: 2 }, 'half-even'); //=> { fen: 4 }
 * multiply(yuan(590), 3, 'down'); //=> { fen: 177000 }
 * ```
 */
export function multiply(amount: Money, ratio: Ratio, rounding: RoundingMode): Money {
  const fen = fenOf(amount, 'amount');
  const { numerator, denominator } = resolveRatio(ratio);
  const mode = resolveRounding(rounding);
  return fromFen(divideRounded(BigInt(fen) * numerator, denominator, mode));
}

/**
 * Checks a {@link Ratio} and returns its parts as `bigint`.
 *
 * @param ratio - the ratio as received
 * @returns its numerator and (non-zero) denominator
 * @throws {@link index!InvalidOptionError} when it is not a ratio of safe integers with a non-zero denominator
 * @example
 * ```ts
 * resolveRatio(3); //=> { numerator: 3n, denominator: 1n }
 * resolveRatio({ numerator: 619, denominator: 1000 }); //=> { numerator: 619n, denominator: 1000n }
 * resolveRatio(0.75); // throws InvalidOptionError: write { numerator: 3, denominator: 4 }
 * ```
 */
export function resolveRatio(ratio: Ratio): { readonly numerator: bigint; readonly denominator: bigint } {
  if (typeof ratio === 'number') {
    if (Number.isSafeInteger(ratio)) return { numerator: BigInt(ratio), denominator: 1n };
    throw new InvalidOptionError(
      'ratio',
      'a number ratio must be a safe integer; write a fraction as { numerator, denominator }',
      ratio,
    );
  }
  if (typeof ratio === 'object' && ratio !== null) {
    const { numerator, denominator } = ratio;
    if (Number.isSafeInteger(numerator) && Number.isSafeInteger(denominator) && denominator !== 0) {
      return { numerator: BigInt(numerator), denominator: BigInt(denominator) };
    }
  }
  throw new InvalidOptionError(
    'ratio',
    'expected a safe integer or { numerator, denominator } of safe integers with a non-zero denominator',
    ratio,
  );
}
