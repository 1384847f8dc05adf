/**
 * The staggered-hours analysis ("错时工作制") of a centre's weekly opening hours, used by the rule
 * `hall.staggered-hours`. The report (section 二, paragraph 3): "昆山市积极推行“一门式、一站式、一卡通”的服务模式和
 * “错时工作制”" — it names the practice without defining it; the thresholds are the profile's assumption.
 *
 * A pure function of the weekly bands and explicit parameters: it never reads the holiday calendar, so the main
 * entry can use it without the holiday data.
 *
 * @module
 */
import { optionBag } from '../options.js';
import { InvalidOptionError } from '../errors.js';
import { resolveLocale, type Locale } from '../locale.js';
import { weekdays, type Weekday } from '../models/enums.js';
import type { OpeningBand, WeeklyOpening } from '../models/service-center.js';
import type { ValidationIssue } from '../validation/issue.js';
import { readWeeklyBands, toBands, type MinuteInterval } from './bands.js';
import { formatClock, parseClock } from './clock.js';

/**
 * The parameters of the check, named as in the profile (`hall.ordinaryHours`, `hall.minWeekendDays`,
 * `hall.eveningUntil`, `hall.minEveningWeekdays`). Kunshan's (spec §3.1, an *assumption* — the report only names
 * "错时工作制"): ordinary hours Mon–Fri 08:30–17:00, at least 1 weekend day, at least 1 weekday open until 19:00.
 */
export interface StaggeredHoursParams {
  /** 常规办公时间: the office days (every other day counts as a weekend day) and the office hours `HH:mm`. */
  readonly ordinaryHours: { readonly days: readonly Weekday[]; readonly opens: string; readonly closes: string };
  /** Weekend days that must have opening hours (Kunshan: 1). */
  readonly minWeekendDays: number;
  /** The evening threshold `HH:mm`: an office day counts when it is open until then or later (Kunshan: `19:00`). */
  readonly eveningUntil: string;
  /** Office days that must reach the evening threshold (Kunshan: 1). */
  readonly minEveningWeekdays: number;
}

/** One day of the analysis. */
export interface StaggeredDay {
  /** The day's bands, sorted and merged. */
  readonly bands: readonly OpeningBand[];
  /** Minutes open that day. */
  readonly minutes: number;
  /** Minutes open outside ordinary office hours (all of them on a weekend day). */
  readonly outsideOfficeMinutes: number;
}

/** A condition of the check: what is required, what was found, and whether it holds. */
export interface StaggeredCondition {
  /** The minimum required. */
  readonly required: number;
  /** The number found. */
  readonly actual: number;
  /** Whether `actual >= required`. */
  readonly met: boolean;
}

/** The result of {@link staggeredHours}. */
export interface StaggeredHoursResult {
  /** Minutes open per week. */
  readonly minutesPerWeek: number;
  /** Minutes open per week outside ordinary office hours. */
  readonly outsideOfficeMinutesPerWeek: number;
  /** Each day of the week. */
  readonly days: Readonly<Record<Weekday, StaggeredDay>>;
  /** The weekend days (non-office days) with opening hours. */
  readonly weekendDays: readonly Weekday[];
  /** The office days open until the evening threshold or later. */
  readonly eveningWeekdays: readonly Weekday[];
  /** Weekend coverage: `weekendDays.length` against `minWeekendDays`. */
  readonly weekend: StaggeredCondition;
  /** Evening coverage: `eveningWeekdays.length` against `minEveningWeekdays`. */
  readonly evening: StaggeredCondition;
  /** Whether both conditions hold. */
  readonly met: boolean;
  /** Bands that could not be read (left out of the analysis). */
  readonly issues: readonly ValidationIssue[];
}

/**
 * Analyses weekly opening hours for "错时工作制": minutes per week outside ordinary office hours, which weekend
 * days are covered, which office days reach the evening threshold, and whether each condition holds. Bands of a
 * day are merged first, so overlapping bands are not counted twice.
 *
 * @param openingHours - the centre's weekly bands (`ServiceCenter.openingHours`; untrusted — bad bands become issues)
 * @param params - the profile's parameters (see {@link StaggeredHoursParams})
 * @param options - `locale` of the issues
 * @returns the analysis
 * @throws {@link index!InvalidOptionError} when a parameter is invalid (a malformed time, office hours that end before
 *   they begin, an unknown day, a negative or fractional count)
 * @example
 * ```ts
 * const kunshan = {
 *   ordinaryHours: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:30', closes: '17:00' },
 *   minWeekendDays: 1, eveningUntil: '19:00', minEveningWeekdays: 1,
 * } as const;
 * const r = staggeredHours([
 *   { day: 'mon', opens: '08:30', closes: '12:00' }, { day: 'mon', opens: '14:00', closes: '20:00' },
 *   { day: 'sat', opens: '09:00', closes: '11:30' },
 * ], kunshan);
 * r.outsideOfficeMinutesPerWeek; //=> 330 (Mon 17:00–20:00 = 180, Sat 150)
 * [r.weekendDays, r.eveningWeekdays, r.met]; //=> [['sat'], ['mon'], true]
 * ```
 */
export function staggeredHours(
  openingHours: readonly WeeklyOpening[] | undefined,
  params: StaggeredHoursParams,
  options: { readonly locale?: Locale } = {},
): StaggeredHoursResult {
  options = optionBag(options);
  const locale = resolveLocale(options.locale);
  const { officeDays, office, evening, minWeekendDays, minEveningWeekdays } = readParams(params);
  const { byDay, issues } = readWeeklyBands(openingHours, locale);
  const days = {} as Record<Weekday, StaggeredDay>;
  const weekendDays: Weekday[] = [];
  const eveningWeekdays: Weekday[] = [];
  let minutesPerWeek = 0;
  let outside = 0;
  for (const day of weekdays) {
    const intervals = byDay[day];
    const minutes = sum(intervals.map((i) => i.end - i.start));
    const isOfficeDay = officeDays.has(day);
    const inside = isOfficeDay
      ? sum(intervals.map((i) => Math.max(0, Math.min(i.end, office.end) - Math.max(i.start, office.start))))
      : 0;
    days[day] = { bands: toBands(intervals), minutes, outsideOfficeMinutes: minutes - inside };
    minutesPerWeek += minutes;
    outside += minutes - inside;
    if (!isOfficeDay && minutes > 0) weekendDays.push(day);
    if (isOfficeDay && intervals.some((i) => i.end >= evening)) eveningWeekdays.push(day);
  }
  const weekend = condition(minWeekendDays, weekendDays.length);
  const eveningCondition = condition(minEveningWeekdays, eveningWeekdays.length);
  return {
    minutesPerWeek,
    outsideOfficeMinutesPerWeek: outside,
    days,
    weekendDays,
    eveningWeekdays,
    weekend,
    evening: eveningCondition,
    met: weekend.met && eveningCondition.met,
    issues,
  };
}

function readParams(params: StaggeredHoursParams): {
  officeDays: ReadonlySet<Weekday>;
  office: MinuteInterval;
  evening: number;
  minWeekendDays: number;
  minEveningWeekdays: number;
} {
  if (typeof params !== 'object' || params === null)
    throw new InvalidOptionError('params', 'expected an object', params);
  const { ordinaryHours, eveningUntil, minWeekendDays, minEveningWeekdays } = params;
  if (typeof ordinaryHours !== 'object' || ordinaryHours === null) {
    throw new InvalidOptionError('ordinaryHours', 'expected { days, opens, closes }', ordinaryHours);
  }
  const { days, opens, closes } = ordinaryHours;
  if (!Array.isArray(days) || !days.every((d) => weekdays.includes(d))) {
    throw new InvalidOptionError('ordinaryHours.days', `expected a list of ${weekdays.join(', ')}`, days);
  }
  const start = clock('ordinaryHours.opens', opens);
  const end = clock('ordinaryHours.closes', closes);
  if (end <= start) {
    throw new InvalidOptionError('ordinaryHours.closes', `expected a time after opens (${formatClock(start)})`, closes);
  }
  for (const [name, value] of [
    ['minWeekendDays', minWeekendDays],
    ['minEveningWeekdays', minEveningWeekdays],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 0)
      throw new InvalidOptionError(name, 'expected a non-negative integer', value);
  }
  return {
    officeDays: new Set(days),
    office: { start, end },
    evening: clock('eveningUntil', eveningUntil),
    minWeekendDays,
    minEveningWeekdays,
  };
}

function clock(option: string, value: unknown): number {
  const minutes = parseClock(value);
  if (minutes === undefined) throw new InvalidOptionError(option, 'expected a time HH:mm', value);
  return minutes;
}

function condition(required: number, actual: number): StaggeredCondition {
  return { required, actual, met: actual >= required };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
