/**
 * What kind of day a date is in China: a working day, a weekend, an official holiday, or a make-up working day
 * (调休上班日).
 *
 * @module
 */
import { optionBag } from '../options.js';
import { InvalidOptionError } from '../errors.js';
import type { LocalizedText } from '../locale.js';
import type { Weekday } from '../models/enums.js';
import { weekdayOf } from './calendar-date.js';
import { holidayCalendar } from './china-holidays.js';
import { specialDayOn, type HolidayCalendar, type SpecialDay } from './holiday-calendar.js';
import { shanghaiDateOf } from './instant.js';
import type { OutOfRangeError } from '../errors.js';

/** A date `YYYY-MM-DD`, or an instant (a `Date`, or an ISO date-time with an offset) read in Asia/Shanghai. */
export type DateInput = string | Date;

/** The kinds of day: ordinary `workday` (Mon–Fri) or `weekend` (Sat–Sun), official `holiday`, `makeup-workday`. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup-workday';

/** Options naming the holiday calendar to use. */
export interface CalendarOptions {
  /** The holiday calendar; default {@link holidayCalendar} (China, from `chinese-days`). */
  readonly calendar?: HolidayCalendar;
}

/** A date with its kind. */
export interface CalendarDay {
  /** The date, `YYYY-MM-DD`. */
  readonly date: string;
  /** The day of the week. */
  readonly weekday: Weekday;
  /** Its kind. */
  readonly kind: DayKind;
  /** Whether it is a working day: a `workday` or a `makeup-workday`. */
  readonly working: boolean;
  /** The arrangement it belongs to, for a `holiday` or `makeup-workday`. */
  readonly special?: SpecialDay;
}

/**
 * Tells what kind of day a date is.
 *
 * @param date - a date `YYYY-MM-DD`, or an instant (read as its date in Asia/Shanghai)
 * @param options - `calendar`
 * @returns the date, its weekday and kind, whether it is worked, and its holiday arrangement if any
 * @throws {@link index!InvalidOptionError} when `date` is not a valid date or instant;
 *   {@link OutOfRangeError} when the calendar does not cover its year (2004–2026 for the default)
 * @example
 * ```ts
 * calendarDay('2013-09-29');
 * //=> { date: '2013-09-29', weekday: 'sun', kind: 'makeup-workday', working: true,
 * //     special: { kind: 'makeup-workday', name: { 'zh-CN': '国庆节', en: 'National Day' }, statutoryDays: 3 } }
 * calendarDay('2013-10-08').kind; //=> 'workday'
 * ```
 */
export function calendarDay(date: DateInput, options: CalendarOptions = {}): CalendarDay {
  options = optionBag(options);
  const read = shanghaiDateOf(date);
  if (read === undefined)
    throw new InvalidOptionError('date', 'expected a date YYYY-MM-DD, a valid Date or a date-time with offset', date);
  return classifyDay(options.calendar ?? holidayCalendar(), read.day, read.date);
}

/**
 * Classifies a valid day; shared by {@link calendarDay} and the duty and opening-hours functions.
 *
 * @param calendar - the holiday calendar
 * @param day - the day number (days since 1970-01-01)
 * @param date - the same day as `YYYY-MM-DD`
 * @returns the day with its kind
 * @throws {@link OutOfRangeError} when the calendar does not cover the year
 * @example
 * ```ts
 * classifyDay(holidayCalendar(), 15979, '2013-10-01').kind; //=> 'holiday'
 * ```
 */
export function classifyDay(calendar: HolidayCalendar, day: number, date: string): CalendarDay {
  const weekday = weekdayOf(day);
  const special = specialDayOn(calendar, day, date);
  if (special !== undefined)
    return { date, weekday, kind: special.kind, working: special.kind === 'makeup-workday', special };
  const weekend = weekday === 'sat' || weekday === 'sun';
  return { date, weekday, kind: weekend ? 'weekend' : 'workday', working: !weekend };
}

/**
 * Whether a date is an official public holiday (a day off under the State Council's arrangement, weekend days
 * inside a holiday period included). An ordinary weekend is not a holiday.
 *
 * @param date - a date `YYYY-MM-DD`, or an instant
 * @param options - `calendar`
 * @returns whether it is an official holiday
 * @throws {@link index!InvalidOptionError} for an invalid date; {@link OutOfRangeError} outside the calendar's years
 * @example
 * ```ts
 * isHoliday('2013-10-01'); //=> true
 * isHoliday('2013-09-29'); //=> false
 * isHoliday('2030-10-01'); // throws OutOfRangeError
 * ```
 */
export function isHoliday(date: DateInput, options: CalendarOptions = {}): boolean {
  options = optionBag(options);
  return calendarDay(date, options).kind === 'holiday';
}

/**
 * Whether a date is a make-up working day (调休上班日): a Saturday or Sunday worked in exchange for a holiday.
 *
 * @param date - a date `YYYY-MM-DD`, or an instant
 * @param options - `calendar`
 * @returns whether it is a make-up working day
 * @throws {@link index!InvalidOptionError} for an invalid date; {@link OutOfRangeError} outside the calendar's years
 * @example
 * ```ts
 * isMakeUpWorkday('2013-09-29'); //=> true
 * isMakeUpWorkday('2013-09-28'); //=> false
 * ```
 */
export function isMakeUpWorkday(date: DateInput, options: CalendarOptions = {}): boolean {
  options = optionBag(options);
  return calendarDay(date, options).kind === 'makeup-workday';
}

/**
 * Whether a date is a working day: Monday to Friday and not an official holiday, or a make-up working day.
 *
 * @param date - a date `YYYY-MM-DD`, or an instant
 * @param options - `calendar`
 * @returns whether people work that day
 * @throws {@link index!InvalidOptionError} for an invalid date; {@link OutOfRangeError} outside the calendar's years
 * @example
 * ```ts
 * isWorkingDay('2013-09-29'); //=> true (a Sunday, worked for National Day)
 * isWorkingDay('2013-10-01'); //=> false
 * isWorkingDay('2013-10-08'); //=> true
 * ```
 */
export function isWorkingDay(date: DateInput, options: CalendarOptions = {}): boolean {
  options = optionBag(options);
  return calendarDay(date, options).working;
}

/**
 * The name of the holiday arrangement a date belongs to: the festival, for a holiday or a make-up working day.
 *
 * @param date - a date `YYYY-MM-DD`, or an instant
 * @param options - `calendar`
 * @returns the festival's name in zh-CN and en, or `undefined` for an ordinary day
 * @throws {@link index!InvalidOptionError} for an invalid date; {@link OutOfRangeError} outside the calendar's years
 * @example
 * ```ts
 * holidayName('2013-02-12'); //=> { 'zh-CN': '春节', en: 'Spring Festival' }
 * holidayName('2013-03-12'); //=> undefined
 * ```
 */
export function holidayName(date: DateInput, options: CalendarOptions = {}): LocalizedText | undefined {
  options = optionBag(options);
  return calendarDay(date, options).special?.name;
}
