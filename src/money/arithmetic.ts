/**
 * Adding and subtracting money: exact, and never beyond the safe range.
 *
 * @module
 */
import { listArgument } from '../arguments.js';
import { fenOf, fromFen, money, type Money } from './money.js';
import type { MoneyError } from '../errors.js';

/**
 * Adds two amounts.
 *
 * @param a - the first amount
 * @param b - the second amount
 * @returns `a + b`, a new value
 * @throws {@link index!MoneyError} when either argument is not a Money value, or the sum lies beyond
 *   ±`Number.MAX_SAFE_INTEGER` fen
 * @example
 * ```ts
 * add(yuan(590), yuan('0.50')); //=> { fen: 59050 }
 * ```
 */
export function add(a: Money, b: Money): Money {
  // Both operands are safe integers, so an exact sum beyond the safe range still rounds to an unsafe number and
  // is caught by money(); a sum within it is exact.
  return money(fenOf(a, 'a') + fenOf(b, 'b'));
}

/**
 * Subtracts one amount from another. The result may be negative (a shortfall).
 *
 * @param a - the amount subtracted from
 * @param b - the amount subtracted
 * @returns `a − b`, a new value
 * @throws {@link index!MoneyError} when either argument is not a Money value, or the difference lies beyond
 *   ±`Number.MAX_SAFE_INTEGER` fen
 * @example
 * ```ts
 * subtract(yuan(5_000_000), yuan(5_200_000)); //=> { fen: -20000000 } (a 20万元 shortfall)
 * ```
 */
export function subtract(a: Money, b: Money): Money {
  return money(fenOf(a, 'a') - fenOf(b, 'b'));
}

/**
 * Adds a list of amounts. Intermediate sums are exact (`bigint`), so only the total must be in range.
 *
 * @param amounts - the amounts (possibly empty)
 * @returns their total; zero for an empty list
 * @throws {@link index!MoneyError} when an element is not a Money value, or the total lies beyond
 *   ±`Number.MAX_SAFE_INTEGER` fen
 * @example
 * ```ts
 * sum([yuan(5_000_000), yuan(3_000_000)]); //=> { fen: 800000000 } (800万元)
 * sum([]); //=> { fen: 0 }
 * ```
 */
export function sum(amounts: readonly Money[]): Money {
  listArgument(amounts, 'amounts');
  let total = 0n;
  amounts.forEach((amount, index) => {
    total += BigInt(fenOf(amount, `amounts[${index}]`));
  });
  return fromFen(total);
}
