/**
 * Normalising "as of" dates.
 *
 * @module
 */
import { InvalidOptionError } from '../errors.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
/** The years a date may have: four digits, as `YYYY-MM-DD` writes them (year 0 and years past 9999 cannot be). */
const MIN_YEAR = 1;
const MAX_YEAR = 9999;
const OUT_OF_RANGE = 'expected a date from 0001-01-01 to 9999-12-31 (in Asia/Shanghai)';

/**
 * Turns an `asOf` option into a calendar date `YYYY-MM-DD`. A `Date` is read as a calendar day in Asia/Shanghai
 * (UTC+8 all year: China has had no daylight saving time since 1991). Dates run from 0001-01-01 to 9999-12-31:
 * a `Date` outside them (`new Date(8.64e15)`, year 10000) is refused, as `YYYY-MM-DD` cannot write it.
 *
 * @param asOf - a `YYYY-MM-DD` string or a `Date`
 * @param option - the option's name, for the error message
 * @returns the date as `YYYY-MM-DD`
 * @throws {@link InvalidOptionError} for anything that is not a real calendar date from 0001-01-01 to 9999-12-31
 * @example
 * ```ts
 * toIsoDate('2013-06-30'); //=> '2013-06-30'
 * toIsoDate(new Date('2013-06-30T17:00:00Z')); //=> '2013-07-01' (01:00 in Shanghai)
 * ```
 */
export function toIsoDate(asOf: unknown, option = 'asOf'): string {
  if (asOf instanceof Date) {
    let time: number;
    try {
      time = Date.prototype.getTime.call(asOf);
    } catch {
      throw new InvalidOptionError(option, 'invalid Date', asOf);
    }
    if (Number.isNaN(time)) throw new InvalidOptionError(option, 'invalid Date', asOf);
    const shanghai = new Date(time + SHANGHAI_OFFSET_MS);
    const year = shanghai.getUTCFullYear();
    if (Number.isNaN(year) || year < MIN_YEAR || year > MAX_YEAR) throw new InvalidOptionError(option, OUT_OF_RANGE, asOf);
    return shanghai.toISOString().slice(0, 10);
  }
  if (typeof asOf === 'string') {
    const match = ISO_DATE.exec(asOf);
    if (match) {
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      if (year < MIN_YEAR) throw new InvalidOptionError(option, OUT_OF_RANGE, asOf);
      // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
      const date = new Date(0);
      date.setUTCFullYear(year, month - 1, day);
      if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return asOf;
    }
  }
  throw new InvalidOptionError(option, 'expected a calendar date "YYYY-MM-DD" or a Date', asOf);
}
