/**
 * Normalising "as of" dates.
 *
 * @module
 */
import { InvalidOptionError } from '../errors.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * Turns an `asOf` option into a calendar date `YYYY-MM-DD`. A `Date` is read as a calendar day in Asia/Shanghai
 * (UTC+8 all year: China has had no daylight saving time since 1991).
 *
 * @param asOf - a `YYYY-MM-DD` string or a `Date`
 * @param option - the option's name, for the error message
 * @returns the date as `YYYY-MM-DD`
 * @throws {@link InvalidOptionError} for anything that is not a real calendar date
 * @example
 * ```ts
 * toIsoDate('2013-06-30'); //=> '2013-06-30'
 * toIsoDate(new Date('2013-06-30T17:00:00Z')); //=> '2013-07-01' (01:00 in Shanghai)
 * ```
 */
export function toIsoDate(asOf: unknown, option = 'asOf'): string {
  if (asOf instanceof Date) {
    const time = asOf.getTime();
    if (Number.isNaN(time)) throw new InvalidOptionError(option, 'invalid Date', asOf);
    return new Date(time + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
  }
  if (typeof asOf === 'string') {
    const match = ISO_DATE.exec(asOf);
    if (match) {
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const date = new Date(Date.UTC(year, month - 1, day));
      if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return asOf;
    }
  }
  throw new InvalidOptionError(option, 'expected a calendar date "YYYY-MM-DD" or a Date', asOf);
}
