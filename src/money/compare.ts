/**
 * Comparing amounts of money.
 *
 * @module
 */
import { fenOf, type Money } from './money.js';
import type { MoneyError } from '../errors.js';

/**
 * Compares two amounts, for sorting.
 *
 * @param a - the first amount
 * @param b - the second amount
 * @returns `-1` when `a < b`, `0` when equal, `1` when `a > b`
 * @throws {@link index!MoneyError} when either argument is not a Money value
 * @example
 * ```ts
 * compare(yuan(590), yuan(1370)); //=> -1
 * [yuan(3), yuan(1), yuan(2)].sort(compare); //=> [{ fen: 100 }, { fen: 200 }, { fen: 300 }]
 * ```
 */
export function compare(a: Money, b: Money): -1 | 0 | 1 {
  const x = fenOf(a, 'a');
  const y = fenOf(b, 'b');
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Tells whether two amounts are equal.
 *
 * @param a - the first amount
 * @param b - the second amount
 * @returns whether they hold the same number of fen
 * @throws {@link index!MoneyError} when either argument is not a Money value
 * @example
 * ```ts
 * equals(yuan('1370.00'), money(137_000)); //=> true
 * ```
 */
export function equals(a: Money, b: Money): boolean {
  return fenOf(a, 'a') === fenOf(b, 'b');
}

/**
 * Tells whether an amount is zero.
 *
 * @param amount - the amount
 * @returns whether it is 0 fen
 * @throws {@link index!MoneyError} when `amount` is not a Money value
 * @example
 * ```ts
 * isZero(subtract(yuan(590), yuan(590))); //=> true
 * ```
 */
export function isZero(amount: Money): boolean {
  return fenOf(amount, 'amount') === 0;
}

/**
 * The smallest of one or more amounts (the first of equal ones).
 *
 * @param first - an amount
 * @param rest - more amounts
 * @returns the smallest
 * @throws {@link index!MoneyError} when an argument is not a Money value
 * @example
 * ```ts
 * min(yuan(5_000_000), yuan(3_000_000)); //=> { fen: 300000000 }
 * ```
 */
export function min(first: Money, ...rest: readonly Money[]): Money {
  return rest.reduce((best, amount) => (compare(amount, best) < 0 ? amount : best), checked(first));
}

/**
 * The largest of one or more amounts (the first of equal ones).
 *
 * @param first - an amount
 * @param rest - more amounts
 * @returns the largest
 * @throws {@link index!MoneyError} when an argument is not a Money value
 * @example
 * ```ts
 * max(yuan(590), yuan(1370), yuan(0)); //=> { fen: 137000 }
 * ```
 */
export function max(first: Money, ...rest: readonly Money[]): Money {
  return rest.reduce((best, amount) => (compare(amount, best) > 0 ? amount : best), checked(first));
}

function checked(amount: Money): Money {
  fenOf(amount, 'first');
  return amount;
}
