/**
 * Seeded helpers that hit exact totals: split a total into bounded parts, shuffle, choose, pick a date.
 *
 * @module
 */
import { InvalidOptionError } from '../../errors.js';
import type { Random } from '../random.js';

/**
 * Splits `total` into `parts` random integers, each in [min, max], that add up to exactly `total`: random starting
 * values, then single steps up or down on random parts until the sum is right.
 *
 * @param random - the generator
 * @param total - the sum wanted
 * @param parts - how many parts
 * @param min - the smallest part
 * @param max - the largest part
 * @returns the parts
 * @throws {@link index!InvalidOptionError} when `total` cannot be reached (`parts × min` > total or `parts × max` < total)
 * @example
 * ```ts
 * const parts = splitTotal(createRandom(1), 1558, 153, 6, 16);
 * parts.reduce((a, b) => a + b, 0); //=> 1558
 * ```
 */
export function splitTotal(random: Random, total: number, parts: number, min: number, max: number): number[] {
  if (parts * min > total || parts * max < total) throw new InvalidOptionError('total', `cannot split into ${parts} parts of ${min}–${max}`, total);
  const values = Array.from({ length: parts }, () => random.int(min, max));
  let sum = values.reduce((a, b) => a + b, 0);
  while (sum !== total) {
    const i = random.int(0, parts - 1);
    const value = values[i] as number;
    if (sum < total && value < max) {
      values[i] = value + 1;
      sum += 1;
    } else if (sum > total && value > min) {
      values[i] = value - 1;
      sum -= 1;
    }
  }
  return values;
}

/**
 * A shuffled copy of a list (Fisher–Yates).
 *
 * @param random - the generator
 * @param items - the list (not changed)
 * @returns the shuffled copy
 * @example
 * ```ts
 * shuffled(createRandom(1), [1, 2, 3]).sort(); //=> [1, 2, 3]
 * ```
 */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/**
 * A random calendar date between two dates, inclusive.
 *
 * @param random - the generator
 * @param from - the first date, `YYYY-MM-DD`
 * @param to - the last date, `YYYY-MM-DD`
 * @returns the date, `YYYY-MM-DD`
 * @example
 * ```ts
 * dateBetween(createRandom(1), '2013-01-01', '2013-06-30') <= '2013-06-30'; //=> true
 * ```
 */
export function dateBetween(random: Random, from: string, to: string): string {
  const day = 86_400_000;
  const start = Date.parse(`${from}T00:00:00Z`) / day;
  const end = Date.parse(`${to}T00:00:00Z`) / day;
  return new Date(random.int(start, end) * day).toISOString().slice(0, 10);
}
