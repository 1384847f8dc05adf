/**
 * Whether a service centre is open at an instant, read on the wall clock in Asia/Shanghai.
 *
 * @module
 */
import { optionBag } from '../options.js';
import { InvalidOptionError } from '../errors.js';
import type { ServiceCenter } from '../models/service-center.js';
import { parseClock } from './clock.js';
import { parseInstant, shanghaiTime } from './instant.js';
import { openingHoursOn, type OpeningHoursOptions } from './opening-hours.js';
import type { OutOfRangeError } from '../errors.js';

/**
 * Whether a centre is open at an instant: the instant is read in Asia/Shanghai and checked against the bands of
 * that date from {@link openingHoursOn} (same rules and options). A band `08:30–12:00` is open from 08:30:00 up to,
 * not including, 12:00:00. Bands that cannot be read are ignored (see `openingHoursOn` for the issues).
 *
 * @param center - the centre
 * @param at - the instant: a `Date`, or an ISO 8601 date-time **with** an offset
 * @param options - `holidays`, `makeUpWorkdays`, `calendar` (see {@link OpeningHoursOptions})
 * @returns whether it is open then
 * @throws {@link index!InvalidOptionError} when `at` is not a valid instant (a string without offset included) or an
 *   option is invalid; {@link OutOfRangeError} when the calendar is needed and does not cover the year
 * @example
 * ```ts
 * const center = { openingHours: [{ day: 'mon', opens: '08:30', closes: '20:00' }] };
 * isOpen(center, '2013-09-30T19:59:00+08:00'); //=> true
 * isOpen(center, '2013-09-30T12:00:00Z'); //=> false (20:00 in Shanghai)
 * isOpen(center, '2013-09-30T19:59:00'); // throws InvalidOptionError (no offset)
 * ```
 */
export function isOpen(
  center: Pick<ServiceCenter, 'openingHours' | 'openingExceptions'>,
  at: Date | string,
  options: OpeningHoursOptions = {},
): boolean {
  options = optionBag(options);
  const ms = parseInstant(at);
  if (ms === undefined) throw new InvalidOptionError('at', 'expected a valid Date or an ISO date-time with offset', at);
  const time = shanghaiTime(ms);
  const { bands } = openingHoursOn(center, time.date, options);
  return bands.some(
    (band) =>
      (parseClock(band.opens) ?? Infinity) <= time.minutes && time.minutes < (parseClock(band.closes) ?? -Infinity),
  );
}
