/**
 * Reading bands of opening hours (`{ opens, closes }`, `HH:mm`) from untrusted records into minute intervals,
 * with an issue for every band that cannot be read; merging overlapping intervals.
 *
 * @module
 */
import type { Locale } from '../locale.js';
import { weekdays, type Weekday } from '../models/enums.js';
import { describeReceived, makeIssue } from '../validation/from-zod.js';
import type { PathSegment, ValidationIssue } from '../validation/issue.js';
import { formatClock, parseClock } from './clock.js';
import { readGuarded, readList } from './untrusted.js';

/** A half-open interval of minutes since midnight, `[start, end)`, with `start < end`. */
export interface MinuteInterval {
  /** First minute open. */
  readonly start: number;
  /** First minute closed again (1440 for `24:00`). */
  readonly end: number;
}

/**
 * Sorts intervals and merges those that overlap or touch.
 *
 * @param intervals - intervals in any order
 * @returns a new sorted list of disjoint intervals
 * @example
 * ```ts
 * mergeIntervals([{ start: 840, end: 1200 }, { start: 510, end: 720 }, { start: 720, end: 800 }]);
 * //=> [{ start: 510, end: 800 }, { start: 840, end: 1200 }]
 * ```
 */
export function mergeIntervals(intervals: readonly MinuteInterval[]): MinuteInterval[] {
  if (intervals.length < 2) return [...intervals];
  const sorted = [...intervals].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: MinuteInterval[] = [];
  for (const next of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && next.start <= last.end)
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, next.end) };
    else merged.push(next);
  }
  return merged;
}

/**
 * Writes intervals back as bands `{ opens, closes }`.
 *
 * @param intervals - minute intervals
 * @returns the bands, `HH:mm`
 * @example
 * ```ts
 * toBands([{ start: 510, end: 720 }]); //=> [{ opens: '08:30', closes: '12:00' }]
 * ```
 */
export function toBands(intervals: readonly MinuteInterval[]): { readonly opens: string; readonly closes: string }[] {
  return intervals.map(({ start, end }) => ({ opens: formatClock(start), closes: formatClock(end) }));
}

/**
 * Reads one band; a band that cannot be read adds an issue and gives `undefined`.
 *
 * @param band - the untrusted band
 * @param path - its path in the record
 * @param locale - the message locale
 * @param issues - where issues are added
 * @returns the interval, or `undefined`
 * @example
 * ```ts
 * readBand({ opens: '14:00', closes: '20:00' }, ['openingHours', 1], 'en', []); //=> { start: 840, end: 1200 }
 * ```
 */
export function readBand(
  band: unknown,
  path: readonly PathSegment[],
  locale: Locale,
  issues: ValidationIssue[],
): MinuteInterval | undefined {
  if (typeof band !== 'object' || band === null) {
    issues.push(makeIssue(locale, 'invalid_type', path, { expected: 'object', received: describeReceived(band) }));
    return undefined;
  }
  const { opens, closes } = band as { opens?: unknown; closes?: unknown };
  const start = parseClock(opens);
  const end = parseClock(closes);
  if (start === undefined)
    issues.push(
      makeIssue(locale, 'invalid_format', [...path, 'opens'], { expected: 'HH:mm', received: describeReceived(opens) }),
    );
  if (end === undefined)
    issues.push(
      makeIssue(locale, 'invalid_format', [...path, 'closes'], {
        expected: 'HH:mm',
        received: describeReceived(closes),
      }),
    );
  if (start === undefined || end === undefined) return undefined;
  if (end <= start) {
    issues.push(
      makeIssue(locale, 'invalid_combination', [...path, 'closes'], { params: { rule: 'closes_not_after_opens' } }),
    );
    return undefined;
  }
  return { start, end };
}

/**
 * Reads weekly bands (`{ day, opens, closes }`) into merged intervals per weekday.
 *
 * @param openingHours - the untrusted `openingHours` field (absent: no hours)
 * @param locale - the message locale
 * @param path - the field's path, default `['openingHours']`
 * @returns the merged intervals of each weekday, and the issues of the bands that could not be read
 * @example
 * ```ts
 * readWeeklyBands([{ day: 'sat', opens: '09:00', closes: '12:00' }], 'en').byDay.sat; //=> [{ start: 540, end: 720 }]
 * ```
 */
export function readWeeklyBands(
  openingHours: unknown,
  locale: Locale,
  path: readonly PathSegment[] = ['openingHours'],
): {
  readonly byDay: Readonly<Record<Weekday, readonly MinuteInterval[]>>;
  readonly issues: readonly ValidationIssue[];
} {
  const issues: ValidationIssue[] = [];
  const raw: Record<Weekday, MinuteInterval[]> = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
  for (const [band, i] of readList(openingHours, path, locale, issues)) {
    const at = [...path, i];
    readGuarded(at, locale, issues, () => {
      const day = typeof band === 'object' && band !== null ? (band as { day?: unknown }).day : undefined;
      const interval = readBand(band, at, locale, issues);
      if (typeof band === 'object' && band !== null && !weekdays.includes(day as Weekday)) {
        issues.push(
          makeIssue(locale, 'invalid_value', [...at, 'day'], {
            expected: weekdays.join(', '),
            received: describeReceived(day),
          }),
        );
      } else if (interval !== undefined) raw[day as Weekday].push(interval);
    });
  }
  const byDay: Record<Weekday, MinuteInterval[]> = {
    mon: mergeIntervals(raw.mon),
    tue: mergeIntervals(raw.tue),
    wed: mergeIntervals(raw.wed),
    thu: mergeIntervals(raw.thu),
    fri: mergeIntervals(raw.fri),
    sat: mergeIntervals(raw.sat),
    sun: mergeIntervals(raw.sun),
  };
  return { byDay, issues };
}
