/**
 * Days without a cadre on duty — the 泾河村 standard: "村委会还每天安排一名村干部在服务中心值班,以确保村民事件当天解决"
 * (the villagers' committee puts one village cadre on duty at the service centre every day, so that villagers'
 * matters are resolved the same day; report section 二, paragraph 2).
 *
 * @module
 */
import { optionBag } from '../options.js';
import { InvalidOptionError } from '../errors.js';
import { resolveLocale, type Locale } from '../locale.js';
import type { Weekday } from '../models/enums.js';
import type { DutyShift } from '../models/duty-shift.js';
import { describeReceived, makeIssue } from '../validation/from-zod.js';
import type { ValidationIssue } from '../validation/issue.js';
import { readGuarded, readList } from './untrusted.js';
import { formatIsoDate, parseIsoDate } from './calendar-date.js';
import { parseClock } from './clock.js';
import { holidayCalendar } from './china-holidays.js';
import type { SpecialDay } from './holiday-calendar.js';
import { classifyDay, type CalendarOptions, type DayKind } from './working-day.js';
import type { OutOfRangeError } from '../errors.js';

/** Options of {@link dutyGaps}. */
export interface DutyGapsOptions extends CalendarOptions {
  /** First day, `YYYY-MM-DD` (inclusive). */
  readonly from: string;
  /** Last day, `YYYY-MM-DD` (inclusive). */
  readonly to: string;
  /** Count only the shifts of this centre (default: every shift given). */
  readonly serviceCenterId?: string;
  /** Whether official holidays need a cadre on duty: `'required'` (default — "每天", every day) or `'exempt'`. */
  readonly holidays?: 'required' | 'exempt';
  /** Whether ordinary weekend days need a cadre on duty: `'required'` (default) or `'exempt'`. */
  readonly weekends?: 'required' | 'exempt';
  /** Message locale of the issues: `'zh-CN'` (default) or `'en'`. */
  readonly locale?: Locale;
}

/** A day that needed a cadre on duty and had none. */
export interface DutyGap {
  /** The date, `YYYY-MM-DD`. */
  readonly date: string;
  /** The day of the week. */
  readonly weekday: Weekday;
  /** Its kind (`workday`, `weekend`, `holiday`, `makeup-workday`). */
  readonly kind: DayKind;
  /** Whether it is an official holiday. */
  readonly holiday: boolean;
  /** Whether it falls on a Saturday or Sunday (make-up working days and holidays included). */
  readonly weekend: boolean;
  /** The holiday arrangement, for a holiday or make-up working day. */
  readonly special?: SpecialDay;
}

/** The result of {@link dutyGaps}. */
export interface DutyGapsResult {
  /** The days without duty that needed it, in date order. */
  readonly gaps: readonly DutyGap[];
  /** Counts over `[from, to]`. */
  readonly summary: {
    /** Days in the range. */
    readonly days: number;
    /** Days that needed a cadre on duty. */
    readonly requiredDays: number;
    /** Of those, days with at least one shift. */
    readonly coveredDays: number;
    /** `coveredDays / requiredDays`, or `null` when no day was required. */
    readonly coverage: number | null;
    /** Gaps by kind of day. */
    readonly gapsByKind: Readonly<Record<DayKind, number>>;
  };
  /** Shifts that could not be read (they count for nothing). */
  readonly issues: readonly ValidationIssue[];
}

/**
 * Finds the days in `[from, to]` with no duty shift. Any readable shift on a date covers that date (a shift of
 * a few hours included). Each gap says whether it is a holiday or a weekend.
 *
 * @param shifts - duty shifts (untrusted: a shift with a malformed date, or one that ends before it starts, is
 *   an issue and covers nothing)
 * @param options - `from`, `to`, `serviceCenterId`, `holidays`, `weekends`, `calendar`, `locale`
 * @returns the gaps, a summary and issues
 * @throws {@link index!InvalidOptionError} when `from`/`to` are not dates or `from` is after `to`, or an option is
 *   invalid; {@link OutOfRangeError} when the calendar does not cover `from` or `to`
 * @example
 * ```ts
 * const shifts = [{ id: 'd1', serviceCenterId: 'jinghe-center', staffMemberId: 's1', date: '2013-02-09' }];
 * const r = dutyGaps(shifts, { from: '2013-02-09', to: '2013-02-10' });
 * r.gaps; //=> [{ date: '2013-02-10', weekday: 'sun', kind: 'holiday', holiday: true, weekend: true, special: { … 春节 … } }]
 * r.summary.coverage; //=> 0.5
 * ```
 */
export function dutyGaps(shifts: readonly DutyShift[], options: DutyGapsOptions): DutyGapsResult {
  options = optionBag(options);
  if (typeof options !== 'object' || options === null)
    throw new InvalidOptionError('options', 'expected { from, to }', options);
  const locale = resolveLocale(options.locale);
  const from = readDate('from', options.from);
  const to = readDate('to', options.to);
  if (from > to) throw new InvalidOptionError('to', `expected a date not before from (${options.from})`, options.to);
  const centerId = options.serviceCenterId;
  if (centerId !== undefined && typeof centerId !== 'string')
    throw new InvalidOptionError('serviceCenterId', 'expected a string', centerId);
  const holidaysRequired = requirement('holidays', options.holidays);
  const weekendsRequired = requirement('weekends', options.weekends);
  const calendar = options.calendar ?? holidayCalendar();
  classifyDay(calendar, from, formatIsoDate(from)); // fail fast on years the calendar lacks
  classifyDay(calendar, to, formatIsoDate(to));

  const issues: ValidationIssue[] = [];
  const covered = new Set<number>();
  for (const [shift, i] of readList(shifts, [], locale, issues)) {
    readGuarded([i], locale, issues, () => {
      if (typeof shift !== 'object' || shift === null) {
        issues.push(makeIssue(locale, 'invalid_type', [i], { expected: 'object', received: describeReceived(shift) }));
        return;
      }
      const { date, start, end, serviceCenterId } = shift as Partial<Record<keyof DutyShift, unknown>>;
      if (centerId !== undefined && serviceCenterId !== centerId) return;
      const day = parseIsoDate(date);
      const startMin = start === undefined ? 0 : parseClock(start);
      const endMin = end === undefined ? Infinity : parseClock(end);
      let readable = true;
      for (const [field, value, minutes] of [
        ['date', date, day],
        ['start', start, startMin],
        ['end', end, endMin],
      ] as const) {
        if (minutes !== undefined) continue;
        readable = false;
        const expected = field === 'date' ? 'date' : 'HH:mm';
        issues.push(makeIssue(locale, 'invalid_format', [i, field], { expected, received: describeReceived(value) }));
      }
      if (readable && startMin !== undefined && endMin !== undefined && endMin <= startMin) {
        issues.push(makeIssue(locale, 'invalid_combination', [i, 'end'], { params: { rule: 'end_not_after_start' } }));
      } else if (readable && day !== undefined) covered.add(day);
    });
  }

  const gaps: DutyGap[] = [];
  const gapsByKind: Record<DayKind, number> = { workday: 0, weekend: 0, holiday: 0, 'makeup-workday': 0 };
  let requiredDays = 0;
  for (let day = from; day <= to; day++) {
    const info = classifyDay(calendar, day, formatIsoDate(day));
    if ((info.kind === 'holiday' && !holidaysRequired) || (info.kind === 'weekend' && !weekendsRequired)) continue;
    requiredDays++;
    if (covered.has(day)) continue;
    gapsByKind[info.kind]++;
    const gap = {
      date: info.date,
      weekday: info.weekday,
      kind: info.kind,
      holiday: info.kind === 'holiday',
      weekend: info.weekday === 'sat' || info.weekday === 'sun',
    };
    gaps.push(info.special === undefined ? gap : { ...gap, special: info.special });
  }
  const coveredDays = requiredDays - gaps.length;
  return {
    gaps,
    summary: {
      days: to - from + 1,
      requiredDays,
      coveredDays,
      coverage: requiredDays === 0 ? null : coveredDays / requiredDays,
      gapsByKind,
    },
    issues,
  };
}

function readDate(option: string, value: unknown): number {
  const day = parseIsoDate(value);
  if (day === undefined) throw new InvalidOptionError(option, 'expected a date YYYY-MM-DD', value);
  return day;
}

function requirement(option: string, value: unknown): boolean {
  if (value === undefined || value === 'required') return true;
  if (value === 'exempt') return false;
  throw new InvalidOptionError(option, "expected 'required' or 'exempt'", value);
}
