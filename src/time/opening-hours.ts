/**
 * The opening hours of a service centre on one date: its exceptions first, then its weekly hours, with a
 * documented policy for official holidays and make-up working days (调休上班日).
 *
 * @module
 */
import { optionBag } from '../options.js';
import { InvalidOptionError } from '../errors.js';
import { resolveLocale, type Locale } from '../locale.js';
import type { Weekday } from '../models/enums.js';
import type { OpeningBand, ServiceCenter } from '../models/service-center.js';
import type { ValidationIssue } from '../validation/issue.js';
import { makeIssue, describeReceived } from '../validation/from-zod.js';
import { mergeIntervals, readBand, readWeeklyBands, toBands, type MinuteInterval } from './bands.js';
import { readGuarded, readList } from './untrusted.js';
import { parseIsoDate, weekdayOf } from './calendar-date.js';
import { holidayCalendar } from './china-holidays.js';
import type { SpecialDay } from './holiday-calendar.js';
import { shanghaiDateOf } from './instant.js';
import { classifyDay, type CalendarOptions, type DateInput } from './working-day.js';
import type { OutOfRangeError } from '../errors.js';

/** What a centre does on an official holiday that has no exception: `closed`, its `weekly` hours, or `weekend-hours`. */
export type HolidayHours = 'closed' | 'weekly' | 'weekend-hours';
/** What a centre does on a make-up working day with no exception: `weekday-hours`, or its `weekly` hours. */
export type MakeUpWorkdayHours = 'weekday-hours' | 'weekly';
/** What decided a day's hours. */
export type OpeningBasis = 'exception' | 'weekly' | 'holiday-closed' | 'holiday-weekend-hours' | 'makeup-weekday-hours';

/** Options of {@link openingHoursOn} and {@link isOpen}. */
export interface OpeningHoursOptions extends CalendarOptions {
  /**
   * Hours on an official holiday without an exception. Default `'closed'` — an *assumption*: the report is
   * silent, and service halls follow the State Council's holiday arrangement unless they announce otherwise
   * (give an exception). `'weekend-hours'` uses Saturday's bands, or Sunday's when Saturday has none.
   */
  readonly holidays?: HolidayHours;
  /**
   * Hours on a make-up working day without an exception. Default `'weekday-hours'` — an *assumption*: it is
   * worked as an ordinary working day, with Monday's bands (or the first of Tuesday–Friday that has any).
   */
  readonly makeUpWorkdays?: MakeUpWorkdayHours;
  /** Message locale of the issues: `'zh-CN'` (default) or `'en'`. */
  readonly locale?: Locale;
}

/** A centre's hours on one date. */
export interface OpeningDay {
  /** The date, `YYYY-MM-DD`. */
  readonly date: string;
  /** The day of the week. */
  readonly weekday: Weekday;
  /** The bands open that day, sorted and merged (overlapping or touching bands become one); empty: closed. */
  readonly bands: readonly OpeningBand[];
  /** What decided them. */
  readonly basis: OpeningBasis;
  /** The holiday arrangement of the date, when the calendar was consulted and the day is special. */
  readonly special?: SpecialDay;
  /** The exception's note, when an exception applied and has one. */
  readonly note?: string;
  /** Bands and exceptions that could not be read (they are left out), with localized messages. */
  readonly issues: readonly ValidationIssue[];
}

/**
 * The bands a centre is open on a date. Rules, in order: the first `openingExceptions` entry for the date
 * (absent or empty `bands`: closed); otherwise, on an official holiday, the `holidays` policy; on a make-up
 * working day, the `makeUpWorkdays` policy; otherwise the weekly bands of the weekday. The holiday calendar is
 * consulted only when a policy needs it (not when an exception applies, nor when both policies are `'weekly'`).
 *
 * @param center - the centre (untrusted: unreadable bands become issues, never errors)
 * @param date - a date `YYYY-MM-DD`, or an instant (read as its date in Asia/Shanghai)
 * @param options - `holidays`, `makeUpWorkdays`, `calendar`, `locale`
 * @returns the day's bands, what decided them, and issues
 * @throws {@link index!InvalidOptionError} for an invalid date or option; {@link OutOfRangeError} when the calendar is
 *   needed and does not cover the year
 * @example
 * ```ts
 * const center = { openingHours: [{ day: 'tue', opens: '08:30', closes: '12:00' }, { day: 'tue', opens: '14:00', closes: '20:00' }] };
 * openingHoursOn(center, '2013-10-08').bands; //=> [{ opens: '08:30', closes: '12:00' }, { opens: '14:00', closes: '20:00' }]
 * openingHoursOn(center, '2013-10-01'); //=> { date: '2013-10-01', weekday: 'tue', bands: [], basis: 'holiday-closed', special: { kind: 'holiday', … }, issues: [] }
 * ```
 */
export function openingHoursOn(
  center: Pick<ServiceCenter, 'openingHours' | 'openingExceptions'>,
  date: DateInput,
  options: OpeningHoursOptions = {},
): OpeningDay {
  options = optionBag(options);
  const locale = resolveLocale(options.locale);
  const holidays = pick('holidays', options.holidays, ['closed', 'weekly', 'weekend-hours'] as const);
  const makeUp = pick('makeUpWorkdays', options.makeUpWorkdays, ['weekday-hours', 'weekly'] as const);
  const read = shanghaiDateOf(date);
  if (read === undefined)
    throw new InvalidOptionError('date', 'expected a date YYYY-MM-DD, a valid Date or a date-time with offset', date);
  const weekday = weekdayOf(read.day);
  const issues: ValidationIssue[] = [];
  let hours: unknown;
  let exceptions: unknown;
  if (typeof center !== 'object' || center === null) {
    issues.push(makeIssue(locale, 'invalid_type', [], { expected: 'object', received: describeReceived(center) }));
  } else {
    readGuarded([], locale, issues, () => {
      hours = center.openingHours;
      exceptions = center.openingExceptions;
    });
  }
  const { byDay: weekly, issues: weeklyIssues } = readWeeklyBands(hours, locale);
  issues.push(...weeklyIssues);
  const exception = findException(exceptions, read.date, locale, issues);
  const day = { date: read.date, weekday };
  if (exception !== undefined) {
    const result = { ...day, bands: toBands(mergeIntervals(exception.intervals)), basis: 'exception' as const, issues };
    return exception.note === undefined ? result : { ...result, note: exception.note };
  }
  if (holidays === 'weekly' && makeUp === 'weekly')
    return { ...day, bands: toBands(weekly[weekday]), basis: 'weekly', issues };
  const { special } = classifyDay(options.calendar ?? holidayCalendar(), read.day, read.date);
  let intervals: readonly MinuteInterval[] = weekly[weekday];
  let basis: OpeningBasis = 'weekly';
  if (special?.kind === 'holiday' && holidays !== 'weekly') {
    basis = holidays === 'closed' ? 'holiday-closed' : 'holiday-weekend-hours';
    intervals = holidays === 'closed' ? [] : weekly.sat.length > 0 ? weekly.sat : weekly.sun;
  } else if (special?.kind === 'makeup-workday' && makeUp === 'weekday-hours') {
    basis = 'makeup-weekday-hours';
    intervals =
      (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((d) => weekly[d]).find((list) => list.length > 0) ?? [];
  }
  const result = { ...day, bands: toBands(intervals), basis, issues };
  return special === undefined ? result : { ...result, special };
}

function findException(
  exceptions: unknown,
  date: string,
  locale: Locale,
  issues: ValidationIssue[],
): { intervals: MinuteInterval[]; note?: string } | undefined {
  let found: { intervals: MinuteInterval[]; note?: string } | undefined;
  for (const [entry, i] of readList(exceptions, ['openingExceptions'], locale, issues)) {
    readGuarded(['openingExceptions', i], locale, issues, () => {
      if (typeof entry !== 'object' || entry === null) {
        issues.push(
          makeIssue(locale, 'invalid_type', ['openingExceptions', i], {
            expected: 'object',
            received: describeReceived(entry),
          }),
        );
        return;
      }
      const { date: entryDate, bands, note } = entry as { date?: unknown; bands?: unknown; note?: unknown };
      if (parseIsoDate(entryDate) === undefined) {
        issues.push(
          makeIssue(locale, 'invalid_format', ['openingExceptions', i, 'date'], {
            expected: 'date',
            received: describeReceived(entryDate),
          }),
        );
      } else if (entryDate === date && found === undefined) {
        const intervals: MinuteInterval[] = [];
        for (const [band, j] of readList(bands, ['openingExceptions', i, 'bands'], locale, issues)) {
          const interval = readBand(band, ['openingExceptions', i, 'bands', j], locale, issues);
          if (interval !== undefined) intervals.push(interval);
        }
        found = typeof note === 'string' ? { intervals, note } : { intervals };
      }
    });
  }
  return found;
}

function pick<T extends string>(option: string, value: unknown, allowed: readonly T[]): T {
  if (value === undefined) return allowed[0] as T;
  if (allowed.includes(value as T)) return value as T;
  throw new InvalidOptionError(option, `expected one of ${allowed.join(', ')}`, value);
}
