/**
 * Money from and to a plain decimal number of yuan (元).
 *
 * @module
 */
import { MoneyError } from '../errors.js';
import { decimalToFen, readDecimal, splitFen } from './decimal.js';
import { describe, fenOf, fromFen, type Money } from './money.js';

/**
 * Creates a {@link Money} from an amount in yuan (元): an integer number, or a decimal string with at most two
 * significant decimals (`'1370.50'`, `'-0.05'`; trailing zeros beyond the fen, as in `'1.500'`, are accepted
 * because they do not change the value). A number with a fraction (`1370.5`) is refused, since binary floating
 * point cannot hold most amounts of fen exactly: write it as a string.
 *
 * @param amount - whole yuan as a number, or a decimal string of yuan (no thousands separators, no unit)
 * @returns the exact amount
 * @throws {@link index!MoneyError} for a fractional number, a malformed string, a fraction of a fen (`'1.005'`), or an
 *   amount beyond ±`Number.MAX_SAFE_INTEGER` fen
 * @example
 * ```ts
 * yuan(590); //=> { fen: 59000 }
 * yuan('1370.50'); //=> { fen: 137050 }
 * yuan(0.1); // throws MoneyError: write yuan('0.1')
 * ```
 */
export function yuan(amount: number | string): Money {
  if (typeof amount === 'number') {
    if (!Number.isSafeInteger(amount)) {
      throw new MoneyError(
        `yuan() takes a whole number of yuan or a decimal string; received ${describe(amount)}` +
          (Number.isFinite(amount) ? ` (write yuan('${String(amount)}') for an exact amount).` : '.'),
        { amount: describe(amount) },
      );
    }
    return fromFen(BigInt(amount) * 100n);
  }
  if (typeof amount !== 'string') {
    throw new MoneyError(`yuan() takes a number or a string, received ${describe(amount)}.`, {
      amount: describe(amount),
    });
  }
  const decimal = amount.length <= 64 ? readDecimal(amount) : undefined;
  if (decimal === undefined) {
    throw new MoneyError(`${describe(amount)} is not a decimal number of yuan (e.g. '1370.50').`, {
      amount: describe(amount),
    });
  }
  const fen = decimalToFen(decimal, 0);
  if (fen === undefined) {
    throw new MoneyError(`${describe(amount)} yuan is not a whole number of fen (at most two decimals).`, {
      amount: describe(amount),
    });
  }
  return fromFen(fen);
}

/**
 * Writes an amount as a plain decimal string of yuan: no separators, no unit, and two decimals exactly when
 * there are fen. The inverse of {@link yuan} for strings; handy for JSON and CSV.
 *
 * @param amount - the amount
 * @returns the decimal string
 * @throws {@link index!MoneyError} when `amount` is not a Money value
 * @example
 * ```ts
 * toYuanString(money(137_050)); //=> '1370.50'
 * toYuanString(money(-5)); //=> '-0.05'
 * toYuanString(yuan(590)); //=> '590'
 * ```
 */
export function toYuanString(amount: Money): string {
  const { negative, integer, fraction } = splitFen(BigInt(fenOf(amount, 'amount')), 2, 2);
  return `${negative ? '-' : ''}${integer}${fraction === '' ? '' : `.${fraction}`}`;
}
