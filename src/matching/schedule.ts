/**
 * Weekly hours as minutes of the week, and whether two sets of weekly hours overlap.
 *
 * @module
 */
import type { WeeklyOpening } from '../models/service-center.js';
import { weekdays } from '../models/enums.js';

/** Weekly hours as half-open intervals `[start, end)` in minutes from Monday 00:00, flattened: start, end, start, end… */
export type WeekIntervals = readonly number[];

const minutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * Weekly bands (days and `HH:mm` times, as validated by `WeeklyOpening`) as minutes of the week.
 *
 * @param bands - the weekly bands
 * @returns their intervals, flattened
 * @example
 * ```ts
 * weekIntervals([{ day: 'tue', opens: '09:00', closes: '11:30' }]); //=> [1980, 2130]
 * ```
 */
export function weekIntervals(bands: readonly WeeklyOpening[]): WeekIntervals {
  const out: number[] = [];
  for (const band of bands) {
    const day = weekdays.indexOf(band.day) * 1440;
    out.push(day + minutes(band.opens), day + minutes(band.closes));
  }
  return out;
}

/**
 * Whether two sets of weekly hours share at least one minute.
 *
 * @param a - the first intervals
 * @param b - the second intervals
 * @returns whether some interval of `a` and some interval of `b` overlap (touching ends do not)
 * @example
 * ```ts
 * overlaps([540, 600], [599, 700]); //=> true
 * overlaps([540, 600], [600, 700]); //=> false
 * ```
 */
export function overlaps(a: WeekIntervals, b: WeekIntervals): boolean {
  for (let i = 0; i < a.length; i += 2) {
    for (let j = 0; j < b.length; j += 2) if (Math.max(a[i]!, b[j]!) < Math.min(a[i + 1]!, b[j + 1]!)) return true;
  }
  return false;
}
