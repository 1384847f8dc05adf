/**
 * Wall-clock times of day (`HH:mm`) as minutes since midnight, and back.
 *
 * Kept free of time-zone and calendar code so that the weekly analyses (and the main entry's rules) can use it
 * without pulling in the holiday data.
 *
 * @module
 */
import { InvalidOptionError } from '../errors.js';

/** Minutes in a day: the value of `24:00`. */
export const MINUTES_PER_DAY = 1440;

const CLOCK = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

/**
 * Reads a wall-clock time `HH:mm` (00:00–24:00) as minutes since midnight.
 *
 * @param value - anything; only a string `HH:mm` is read
 * @returns the minutes since midnight (0–1440), or `undefined` when `value` is not a valid `HH:mm`
 * @example
 * ```ts
 * parseClock('08:30'); //=> 510
 * parseClock('24:00'); //=> 1440
 * parseClock('8:30'); //=> undefined
 * parseClock('24:30'); //=> undefined
 * ```
 */
export function parseClock(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = CLOCK.exec(value);
  if (match === null) return undefined;
  if (match[1] === undefined || match[2] === undefined) return MINUTES_PER_DAY;
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * Writes minutes since midnight as `HH:mm`.
 *
 * @param minutes - whole minutes, 0–1440 (fractions are dropped)
 * @returns the time `HH:mm`; 1440 is `24:00`
 * @throws {@link index!InvalidOptionError} for anything outside 0–1440 (1441 wrote `24:01`), NaN and non-numbers
 * @example
 * ```ts
 * formatClock(510); //=> '08:30'
 * formatClock(1440); //=> '24:00'
 * ```
 */
export function formatClock(minutes: number): string {
  if (typeof minutes !== 'number' || !(minutes >= 0 && minutes < MINUTES_PER_DAY + 1)) {
    throw new InvalidOptionError('minutes', `expected minutes since midnight from 0 to ${MINUTES_PER_DAY}`, minutes);
  }
  const whole = Math.trunc(minutes);
  const hours = Math.floor(whole / 60);
  const rest = whole - hours * 60;
  return `${String(hours).padStart(2, '0')}:${String(rest).padStart(2, '0')}`;
}
