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
  // HH:mm from 00:00 to 23:59, or 24:00 — what /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/ accepts — read by
  // character code, as this runs for every band of every centre (a test compares it with that expression).
  if (typeof value !== 'string' || value.length !== 5 || value.charCodeAt(2) !== 58) return undefined;
  const h1 = value.charCodeAt(0) - 48;
  const h2 = value.charCodeAt(1) - 48;
  const m1 = value.charCodeAt(3) - 48;
  const m2 = value.charCodeAt(4) - 48;
  if (h1 < 0 || h1 > 9 || h2 < 0 || h2 > 9 || m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9) return undefined;
  const hours = h1 * 10 + h2;
  const minutes = m1 * 10 + m2;
  if (hours === 24 && minutes === 0) return MINUTES_PER_DAY;
  if (hours > 23 || minutes > 59) return undefined;
  return hours * 60 + minutes;
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
