/**
 * Opening hours as HSDS `schedule`s: weekly bands as RFC 5545 recurrence fields, dated exceptions as schedules
 * valid on one day.
 *
 * @module
 */
import { listArgument } from '../arguments.js';
import { InvalidOptionError } from '../errors.js';
import { resolveLocale } from '../locale.js';
import type { Locale } from '../locale.js';
import { interopMessages } from './messages.js';
import { weekdayLabels, weekdays, type Weekday } from '../models/enums.js';
import type { OpeningException, WeeklyOpening } from '../models/service-center.js';
import type { HsdsSchedule } from './types.js';

/** RFC 5545 day codes of the weekdays. */
const DAY_CODES: Readonly<Record<Weekday, string>> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };
/** Asia/Shanghai: UTC+8 all year (no daylight saving time since 1991). */
const OFFSET_HOURS = 8;
const OFFSET = '+08:00';

/** What {@link toSchedules} needs besides the hours: ids, the location, the locale. */
export interface ScheduleContext {
  /** The HSDS id of a schedule, from the parts of its name after the owner's. */
  readonly id: (...segments: string[]) => string;
  /** The id of the location the schedules belong to. */
  readonly locationId: string;
  /** The locale of the descriptions. */
  readonly locale: Locale;
}

/**
 * Turns weekly opening hours and dated exceptions into HSDS schedules.
 *
 * - Weekly bands with the same hours form one schedule, `freq: 'WEEKLY'` with the days in `byday` (Monday first):
 *   Monday–Friday 08:30–11:30 and 13:30–17:00 are two schedules. Several bands a day are several schedules.
 * - An exception with bands is one schedule per band, valid on that date only (`valid_from` = `valid_to` =
 *   `dtstart` = the date, `count: 1`, `byday` = its weekday); one without bands (closed) is a schedule valid on
 *   that date with no hours and a description saying so (HSDS 3.0 has no field for a closure).
 * - Times are `HH:MM:SS+08:00` with `timezone: 8`; a band closing at 24:00 closes at `23:59:59+08:00`.
 * - Repeated bands and exceptions are exported once.
 *
 * @param hours - the weekly bands
 * @param exceptions - the exceptions by date
 * @param context - ids, location, locale
 * @returns the schedules: weekly ones by opening time, then exceptions by date
 * @example
 * ```ts
 * toSchedules([{ day: 'mon', opens: '08:30', closes: '17:00' }, { day: 'tue', opens: '08:30', closes: '17:00' }], [], context)[0];
 * //=> { id: '…', location_id: '…', timezone: 8, freq: 'WEEKLY', byday: 'MO,TU', opens_at: '08:30:00+08:00',
 * //     closes_at: '17:00:00+08:00', description: '每周星期一、星期二 08:30–17:00 开放。' }
 * ```
 */
export function toSchedules(
  hours: readonly WeeklyOpening[],
  exceptions: readonly OpeningException[],
  context: ScheduleContext,
): HsdsSchedule[] {
  listArgument(hours, 'hours', 'object');
  listArgument(exceptions, 'exceptions', 'object');
  if (typeof context !== 'object' || context === null) throw new InvalidOptionError('context', 'expected the schedule context', context);
  resolveLocale(context.locale);
  const messages = interopMessages[context.locale];
  const bands = new Map<string, { opens: string; closes: string; days: Set<Weekday> }>();
  for (const { day, opens, closes } of hours) {
    const key = `${opens}-${closes}`;
    const band = bands.get(key) ?? { opens, closes, days: new Set<Weekday>() };
    band.days.add(day);
    bands.set(key, band);
  }
  const weekly = [...bands.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, { opens, closes, days }]): HsdsSchedule => {
      const ordered = weekdays.filter((d) => days.has(d));
      return {
        id: context.id('schedule', 'weekly', key),
        location_id: context.locationId,
        timezone: OFFSET_HOURS,
        freq: 'WEEKLY',
        byday: ordered.map((d) => DAY_CODES[d]).join(','),
        opens_at: time(opens),
        closes_at: time(closes),
        description: messages.weeklyBand({ days: renderDays(ordered, context.locale), opens, closes }),
      };
    });

  const dated = new Map<string, HsdsSchedule>();
  const byDate = [...exceptions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const { date, bands: open = [], note } of byDate) {
    const common = { location_id: context.locationId, valid_from: date, valid_to: date, dtstart: date, timezone: OFFSET_HOURS };
    const notes = note === undefined || note === '' ? {} : { notes: note };
    if (open.length === 0) {
      const id = context.id('schedule', 'date', date, 'closed');
      if (!dated.has(id)) dated.set(id, { id, ...common, description: messages.closedOn({ date, note }), ...notes });
      continue;
    }
    for (const { opens, closes } of [...open].sort((a, b) => (a.opens < b.opens ? -1 : a.opens > b.opens ? 1 : 0))) {
      const id = context.id('schedule', 'date', date, `${opens}-${closes}`);
      if (dated.has(id)) continue;
      dated.set(id, {
        id,
        ...common,
        count: 1,
        freq: 'WEEKLY',
        byday: DAY_CODES[weekdayOf(date)],
        opens_at: time(opens),
        closes_at: time(closes),
        description: messages.openOn({ date, opens, closes, note }),
        ...notes,
      });
    }
  }
  return [...weekly, ...dated.values()];
}

/** `HH:mm` → `HH:MM:SS+08:00`; 24:00 → 23:59:59 (RFC 3339 has no hour 24). */
function time(local: string): string {
  return local === '24:00' ? `23:59:59${OFFSET}` : `${local}:00${OFFSET}`;
}

/** The weekday of a `YYYY-MM-DD` date. */
function weekdayOf(date: string): Weekday {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const sundayFirst = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return weekdays[(sundayFirst + 6) % 7]!;
}

/** Days in order, runs of three or more consecutive days as ranges: 星期一至星期五、星期日. */
function renderDays(days: readonly Weekday[], locale: Locale): string {
  const messages = interopMessages[locale];
  const parts: string[] = [];
  let i = 0;
  while (i < days.length) {
    let j = i;
    while (j + 1 < days.length && weekdays.indexOf(days[j + 1]!) === weekdays.indexOf(days[j]!) + 1) j++;
    const label = (d: Weekday): string => weekdayLabels[d][locale];
    if (j - i >= 2) parts.push(messages.dayRange({ from: label(days[i]!), to: label(days[j]!) }));
    else for (let k = i; k <= j; k++) parts.push(label(days[k]!));
    i = j + 1;
  }
  return messages.list(parts);
}
