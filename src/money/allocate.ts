/**
 * Splitting an amount by weights without losing or creating a fen.
 *
 * @module
 */
import { MAX_LIST_LENGTH } from '../arguments.js';
import { MoneyError } from '../errors.js';
import { describe, fenOf, fromFen, type Money } from './money.js';

/**
 * Splits an amount in proportion to integer weights by the largest-remainder method (Hamilton's method):
 * each share first gets the whole fen of its exact quota `amount × weight ÷ Σweights` (rounded toward zero),
 * then the fen left over go one each to the shares with the largest remainders; equal remainders go to the
 * earlier index first. The shares always add up to the amount exactly, a zero weight always gets zero, and the
 * result depends only on the arguments. A negative amount is split as its opposite, then negated, so
 * `allocate(-a, w)` is `allocate(a, w)` with every sign flipped.
 *
 * @param amount - the amount to split
 * @param weights - one non-negative safe integer per share, not all zero
 * @returns one share per weight, in the same order; they sum to `amount`
 * @throws {@link index!MoneyError} when `amount` is not a Money value, or `weights` is empty, has a weight that is
 *   negative or not a safe integer, or is all zeros
 * @example
 * ```ts
 * allocate(money(100), [1, 1, 1]); //=> [{ fen: 34 }, { fen: 33 }, { fen: 33 }]
 * allocate(money(-100), [1, 1, 1]); //=> [{ fen: -34 }, { fen: -33 }, { fen: -33 }]
 * allocate(yuan(3_000_000), [2, 1, 0]); //=> [{ fen: 200000000 }, { fen: 100000000 }, { fen: 0 }]
 * ```
 */
export function allocate(amount: Money, weights: readonly number[]): Money[] {
  const fen = BigInt(fenOf(amount, 'amount'));
  const parts = checkWeights(weights);
  const total = parts.reduce((acc, weight) => acc + weight, 0n);
  const sign = fen < 0n ? -1n : 1n;
  const magnitude = fen * sign;

  const shares = parts.map((weight) => (magnitude * weight) / total);
  const remainders = parts.map((weight) => (magnitude * weight) % total);
  let leftover = magnitude - shares.reduce((acc, share) => acc + share, 0n);

  // Indices by remainder, largest first; Array.prototype.sort is stable, so ties keep the earlier index first.
  const order = remainders
    .map((remainder, index) => ({ remainder, index }))
    .sort((x, y) => (x.remainder === y.remainder ? 0 : x.remainder > y.remainder ? -1 : 1));
  for (const { index } of order) {
    if (leftover === 0n) break;
    shares[index] = (shares[index] ?? 0n) + 1n;
    leftover -= 1n;
  }
  return shares.map((share) => fromFen(share * sign));
}

function checkWeights(weights: readonly number[]): bigint[] {
  if (!Array.isArray(weights) || weights.length === 0) {
    throw new MoneyError('allocate() needs at least one weight.', { weights: describe(weights) });
  }
  if (weights.length > MAX_LIST_LENGTH) throw new MoneyError(`allocate() takes at most ${MAX_LIST_LENGTH} weights.`, { length: weights.length });
  const parts = Array.from(weights, (weight, index) => {
    if (typeof weight !== 'number' || !Number.isSafeInteger(weight) || weight < 0) {
      throw new MoneyError(
        `allocate() weights must be non-negative safe integers; weights[${index}] is ${describe(weight)}.`,
        { index, weight: describe(weight) },
      );
    }
    return BigInt(weight);
  });
  if (parts.every((weight) => weight === 0n)) {
    throw new MoneyError('allocate() weights must not all be zero.', { count: parts.length });
  }
  return parts;
}
