/**
 * Rounding modes, and exact integer division that rounds by one of them.
 *
 * @module
 */
import { InvalidOptionError } from '../errors.js';

/**
 * Every rounding mode, in a fixed order.
 *
 * @example
 * ```ts
 * roundingModes; //=> ['half-up', 'half-even', 'floor', 'ceil', 'down']
 * ```
 */
export const roundingModes = /* @__PURE__ */ Object.freeze(['half-up', 'half-even', 'floor', 'ceil', 'down'] as const);

/**
 * How an exact quotient is brought to an integer (of fen, households…). There is no default: every caller says
 * which one it means.
 *
 * - `'half-up'` — to the nearest; a tie (exactly .5) goes away from zero: 2.5 → 3, −2.5 → −3 (四舍五入).
 * - `'half-even'` — to the nearest; a tie goes to the even neighbour: 2.5 → 2, 3.5 → 4, −2.5 → −2 (banker's
 *   rounding; unbiased over many roundings).
 * - `'floor'` — toward −∞: 2.7 → 2, −2.1 → −3.
 * - `'ceil'` — toward +∞: 2.1 → 3, −2.7 → −2.
 * - `'down'` — toward zero (truncation): 2.7 → 2, −2.7 → −2.
 */
export type RoundingMode = (typeof roundingModes)[number];

/**
 * Checks a `rounding` argument and returns it.
 *
 * @param rounding - the argument as received
 * @returns the rounding mode
 * @throws {@link index!InvalidOptionError} when it is missing or not one of {@link roundingModes}
 * @example
 * ```ts
 * resolveRounding('half-even'); //=> 'half-even'
 * resolveRounding(undefined); // throws InvalidOptionError: rounding is required
 * ```
 */
export function resolveRounding(rounding: unknown): RoundingMode {
  if ((roundingModes as readonly unknown[]).includes(rounding)) return rounding as RoundingMode;
  throw new InvalidOptionError(
    'rounding',
    `${rounding === undefined ? 'required; ' : ''}expected one of ${roundingModes.join(', ')}`,
    rounding,
  );
}

/**
 * Divides two integers exactly and rounds the quotient by an explicit mode.
 *
 * @param dividend - the dividend
 * @param divisor - the divisor, non-zero (its sign is honoured)
 * @param rounding - the {@link RoundingMode}
 * @returns the rounded quotient
 * @throws {@link index!InvalidOptionError} when `divisor` is zero or `rounding` is not a rounding mode
 * @example
 * ```ts
 * divideRounded(5n, 2n, 'half-even'); //=> 2n
 * divideRounded(7n, 2n, 'half-even'); //=> 4n
 * divideRounded(-5n, 2n, 'half-up'); //=> -3n
 * divideRounded(-5n, 2n, 'floor'); //=> -3n
 * ```
 */
export function divideRounded(dividend: bigint, divisor: bigint, rounding: RoundingMode): bigint {
  const mode = resolveRounding(rounding);
  if (divisor === 0n) throw new InvalidOptionError('divisor', 'must not be zero', 0);
  const n = divisor < 0n ? -dividend : dividend;
  const d = divisor < 0n ? -divisor : divisor;
  const quotient = n / d; // truncated toward zero
  const remainder = n % d; // same sign as n
  if (remainder === 0n) return quotient;
  const away = quotient + (n < 0n ? -1n : 1n); // the neighbour away from zero
  switch (mode) {
    case 'down':
      return quotient;
    case 'floor':
      return n < 0n ? away : quotient;
    case 'ceil':
      return n > 0n ? away : quotient;
    case 'half-up':
    case 'half-even': {
      const twice = 2n * (remainder < 0n ? -remainder : remainder);
      if (twice > d) return away;
      if (twice < d) return quotient;
      if (mode === 'half-up') return away;
      return quotient % 2n === 0n ? quotient : away;
    }
  }
}
