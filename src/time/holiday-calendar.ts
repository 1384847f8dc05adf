/**
 * The shape of a holiday calendar — official holidays and make-up working days (调休上班日) by date, for a
 * declared range of years — and a way to define one from data.
 *
 * @module
 */
import { objectArgument } from '../arguments.js';
import { InvalidOptionError, OutOfRangeError } from '../errors.js';
import type { LocalizedText } from '../locale.js';
import { parseIsoDate, yearOf } from './calendar-date.js';

/** What a special day is: an official holiday (放假), or a make-up working day (调休上班日) on a weekend. */
export type SpecialDayKind = 'holiday' | 'makeup-workday';

/** A day the official arrangement treats specially. */
export interface SpecialDay {
  /** `'holiday'` (a day off) or `'makeup-workday'` (a weekend day worked in exchange). */
  readonly kind: SpecialDayKind;
  /** The festival the arrangement belongs to, e.g. `{ 'zh-CN': '国庆节', en: 'National Day' }`. */
  readonly name: LocalizedText;
  /** 法定假日天数: the statutory days off of that festival in that year, where the data gives it. */
  readonly statutoryDays?: number;
}

/**
 * A holiday calendar: the special days of every year from `firstYear` to `lastYear`. Outside those years it
 * knows nothing, and the functions that use it throw {@link OutOfRangeError} rather than guess.
 */
export interface HolidayCalendar {
  /** Where the data comes from (package and version, or the notices). */
  readonly source: string;
  /** First year covered. */
  readonly firstYear: number;
  /** Last year covered. */
  readonly lastYear: number;
  /**
   * The special day on a date, or `undefined` for an ordinary day. Only called with valid dates in range.
   *
   * @param date - `YYYY-MM-DD`
   */
  readonly lookup: (date: string) => SpecialDay | undefined;
}

/** The data of {@link defineHolidayCalendar}. */
export interface HolidayCalendarData {
  /** Where the data comes from. */
  readonly source: string;
  /** First year covered. */
  readonly firstYear: number;
  /** Last year covered. */
  readonly lastYear: number;
  /** The special days, by date `YYYY-MM-DD`; every other day of the covered years is ordinary. */
  readonly days: Readonly<Record<string, SpecialDay>>;
}

/**
 * Defines a holiday calendar from data — for a city's own arrangement, or years the bundled data lacks.
 *
 * @param data - source, years covered and special days
 * @returns the calendar (its data copied; later changes to `data` do not affect it)
 * @throws {@link index!InvalidOptionError} when the years are not integers in order, or a date is malformed, outside
 *   the years, or has an unknown kind
 * @example
 * ```ts
 * const calendar = defineHolidayCalendar({
 *   source: '国办发明电〔2012〕14号', firstYear: 2013, lastYear: 2013,
 *   days: { '2013-10-01': { kind: 'holiday', name: { 'zh-CN': '国庆节', en: 'National Day' } } },
 * });
 * calendar.lookup('2013-10-01')?.kind; //=> 'holiday'
 * ```
 */
export function defineHolidayCalendar(data: HolidayCalendarData): HolidayCalendar {
  objectArgument(data, 'data');
  const { source, firstYear, lastYear } = data;
  if (!Number.isInteger(firstYear) || !Number.isInteger(lastYear) || firstYear > lastYear) {
    throw new InvalidOptionError(
      'firstYear',
      'expected integer years with firstYear <= lastYear',
      `${firstYear}–${lastYear}`,
    );
  }
  if (typeof data.days !== 'object' || data.days === null)
    throw new InvalidOptionError('days', 'expected an object', data.days);
  const days = new Map<string, SpecialDay>();
  for (const [date, special] of Object.entries(data.days as Record<string, unknown>)) {
    const day = parseIsoDate(date);
    if (day === undefined || yearOf(day) < firstYear || yearOf(day) > lastYear) {
      throw new InvalidOptionError('days', `expected dates YYYY-MM-DD within ${firstYear}–${lastYear}`, date);
    }
    if (!isSpecialDay(special)) {
      throw new InvalidOptionError(
        'days',
        `expected { kind: 'holiday' | 'makeup-workday', name: { 'zh-CN', en } } on ${date}`,
      );
    }
    const { kind, name, statutoryDays } = special;
    const copy = { kind, name: Object.freeze({ 'zh-CN': name['zh-CN'], en: name.en }) };
    days.set(date, Object.freeze(statutoryDays === undefined ? copy : { ...copy, statutoryDays }));
  }
  return Object.freeze({ source, firstYear, lastYear, lookup: (date: string) => days.get(date) });
}

/**
 * The special day on a date, after checking that the calendar covers the date's year.
 *
 * @param calendar - the holiday calendar
 * @param day - the day number (days since 1970-01-01)
 * @param date - the same day as `YYYY-MM-DD`
 * @returns the special day, or `undefined` for an ordinary day
 * @throws {@link OutOfRangeError} when the year is outside the calendar
 * @example
 * ```ts
 * specialDayOn(holidayCalendar(), 15979, '2013-10-01')?.name['zh-CN']; //=> '国庆节'
 * ```
 */
export function specialDayOn(calendar: HolidayCalendar, day: number, date: string): SpecialDay | undefined {
  const year = yearOf(day);
  if (year < calendar.firstYear || year > calendar.lastYear) {
    throw new OutOfRangeError(
      `No holiday data for ${year}: the calendar (${calendar.source}) covers ${calendar.firstYear}–${calendar.lastYear}.`,
      { year, date, firstYear: calendar.firstYear, lastYear: calendar.lastYear, source: calendar.source },
    );
  }
  return calendar.lookup(date);
}

function isSpecialDay(value: unknown): value is SpecialDay {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, name, statutoryDays } = value as Partial<Record<keyof SpecialDay, unknown>>;
  if (kind !== 'holiday' && kind !== 'makeup-workday') return false;
  if (statutoryDays !== undefined && !(Number.isInteger(statutoryDays) && (statutoryDays as number) >= 0)) return false;
  if (typeof name !== 'object' || name === null) return false;
  const text = name as Partial<Record<string, unknown>>;
  return typeof text['zh-CN'] === 'string' && typeof text['en'] === 'string';
}
