/**
 * Shares and averages as exact fractions, and how the report rounds them.
 *
 * @module
 */
import type { Average, Share } from './types.js';

/**
 * A share as an exact fraction of counts, kept unreduced so that the counts stay visible.
 *
 * @param numerator - how many have the property
 * @param denominator - how many there are
 * @returns the share; its `ratio` is `null` when the denominator is 0
 * @example
 * ```ts
 * share(262, 308); //=> { numerator: 262, denominator: 308, ratio: 0.8506493506493507 }
 * share(0, 0).ratio; //=> null
 * ```
 */
export function share(numerator: number, denominator: number): Share {
  return { numerator, denominator, ratio: denominator === 0 ? null : numerator / denominator };
}

/**
 * An average as its total and count.
 *
 * @param total - the sum of the values
 * @param count - how many values
 * @returns the average; its `value` is `null` when the count is 0
 * @example
 * ```ts
 * average(2631, 2); //=> { total: 2631, count: 2, value: 1315.5 }
 * ```
 */
export function average(total: number, count: number): Average {
  return { total, count, value: count === 0 ? null : total / count };
}

/**
 * A share as the report writes it: a whole percentage, rounded half up — computed from the counts in integers,
 * so that no floating-point error can move a share across a rounding boundary.
 *
 * @param value - the share
 * @returns the whole percentage, or `null` when the share has no denominator
 * @example
 * ```ts
 * wholePercent(share(262, 308)); //=> 85 (85.06…%)
 * wholePercent(share(1, 8)); //=> 13 (12.5% rounds half up)
 * wholePercent(share(0, 0)); //=> null
 * ```
 */
export function wholePercent(value: Share): number | null {
  if (value.denominator === 0) return null;
  return Math.floor((200 * value.numerator + value.denominator) / (2 * value.denominator));
}

/**
 * The smallest count out of `denominator` whose share reaches `percent`%. It lies less than one count above
 * `percent`% of `denominator`, so when `denominator` > 200 its share is under half a point above `percent` and
 * rounds back to it: a count the report's rounded figure stands for. Used to build datasets that reproduce a
 * reported share.
 *
 * @param percent - a whole percentage (0–100)
 * @param denominator - how many there are in all
 * @returns the count
 * @example
 * ```ts
 * countForPercent(85, 308); //=> 262 (85.06%)
 * countForPercent(57, 1580); //=> 901 (57.03%)
 * ```
 */
export function countForPercent(percent: number, denominator: number): number {
  return Math.ceil((percent * denominator) / 100);
}
