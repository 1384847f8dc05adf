/**
 * Calendar dates `YYYY-MM-DD` as day numbers, with plain integer arithmetic: no `Date` in the host's time
 * zone is ever involved, so the results are the same on every machine.
 *
 * @module
 */
import { weekdays, type Weekday } from '../models/enums.js';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads a calendar date `YYYY-MM-DD` as a day number (days since 1970-01-01), checking that the day exists.
 *
 * @param value - anything; only a string `YYYY-MM-DD` naming a real day is read
 * @returns the day number, or `undefined` when `value` is not a valid date
 * @example
 * ```ts
 * parseIsoDate('1970-01-02'); //=> 1
 * parseIsoDate('2013-02-29'); //=> undefined (2013 is not a leap year)
 * parseIsoDate('2013-9-29'); //=> undefined
 * ```
 */
export function parseIsoDate(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ISO_DATE.exec(value);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  // setUTCFullYear, unlike Date.UTC, does not map the years 0–99 to 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime() / MS_PER_DAY;
}

/**
 * Writes a day number as `YYYY-MM-DD`.
 *
 * @param day - days since 1970-01-01
 * @returns the calendar date
 * @example
 * ```ts
 * formatIsoDate(0); //=> '1970-01-01'
 * formatIsoDate(15977); //=> '2013-09-29'
 * ```
 */
export function formatIsoDate(day: number): string {
  const date = new Date(day * MS_PER_DAY);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const dayOfMonth = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${dayOfMonth}`;
}

/**
 * The day of the week of a day number (1970-01-01 was a Thursday).
 *
 * @param day - days since 1970-01-01
 * @returns the weekday
 * @example
 * ```ts
 * weekdayOf(parseIsoDate('2013-09-29')!); //=> 'sun'
 * ```
 */
export function weekdayOf(day: number): Weekday {
  // 1970-01-01 is a Thursday: index 3 in Monday-first order.
  return weekdays[(((day + 3) % 7) + 7) % 7] as Weekday;
}

/**
 * The calendar year of a day number.
 *
 * @param day - days since 1970-01-01
 * @returns the year
 * @example
 * ```ts
 * yearOf(parseIsoDate('2013-12-31')!); //=> 2013
 * ```
 */
export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
