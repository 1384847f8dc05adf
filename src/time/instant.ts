/**
 * Instants (a `Date`, or an ISO 8601 date-time with an offset) and what they are on the wall clock in
 * Asia/Shanghai, whatever the host's time zone.
 *
 * @module
 */
import { tzOffset } from '@date-fns/tz';
import { InvalidOptionError } from '../errors.js';
import type { Weekday } from '../models/enums.js';
import { formatIsoDate, parseIsoDate, weekdayOf } from './calendar-date.js';

/** The time zone every date and time of this library is read in. */
export const TIME_ZONE = 'Asia/Shanghai';

const MS_PER_DAY = 86_400_000;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)$/;

/**
 * Reads an instant: a valid `Date`, or an ISO 8601 date-time string **with** an offset (`Z`, `+08:00`, `+0800`
 * or `+08`). A string without an offset is refused, because its meaning would depend on the host's time zone.
 *
 * @param value - anything
 * @returns milliseconds since the epoch, or `undefined` when `value` is not a readable instant
 * @example
 * ```ts
 * parseInstant('2013-09-29T16:30:00Z'); //=> 1380472200000
 * parseInstant('2013-09-30T00:30:00+08:00'); //=> 1380472200000
 * parseInstant('2013-09-30T00:30:00'); //=> undefined (no offset)
 * parseInstant(new Date(Number.NaN)); //=> undefined
 * ```
 */
export function parseInstant(value: unknown): number | undefined {
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isFinite(ms) ? ms : undefined;
  }
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const m = ISO_DATE_TIME.exec(value);
  if (m === null) return undefined;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const offset = readOffset(m[8] ?? '');
  if (offset === undefined) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCDate() !== day) return undefined; // 2013-02-30 and the like
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime() - offset * 60_000;
}

/** An instant as it reads on the wall clock in Asia/Shanghai. */
export interface ShanghaiTime {
  /** The calendar date, `YYYY-MM-DD`. */
  readonly date: string;
  /** The day number of `date` (days since 1970-01-01). */
  readonly day: number;
  /** The day of the week. */
  readonly weekday: Weekday;
  /** Minutes since midnight, with fractions for seconds (0 ≤ minutes < 1440). */
  readonly minutes: number;
}

/** 0001-01-01T00:00Z, and 9999-12-31T23:59:59.999 in Shanghai (UTC+8): the instants a `YYYY-MM-DD` date can name. */
const MIN_MS = -62_135_596_800_000;
const MAX_MS = 253_402_300_799_999 - 8 * 3_600_000;

/**
 * Reads an instant on the wall clock in Asia/Shanghai (UTC+8 since 1992; the 1986–1991 summer times are
 * honoured through the host's time-zone data).
 *
 * @param ms - milliseconds since the epoch, from 0001-01-01 to 9999-12-31 (in Shanghai)
 * @returns the Shanghai date, weekday and time of day
 * @throws {@link index!InvalidOptionError} for NaN, ±Infinity, a non-number or an instant outside those years
 * @example
 * ```ts
 * shanghaiTime(Date.parse('2013-09-29T16:30:00Z'));
 * //=> { date: '2013-09-30', day: 15978, weekday: 'mon', minutes: 30 }
 * ```
 */
export function shanghaiTime(ms: number): ShanghaiTime {
  if (typeof ms !== 'number' || !(ms >= MIN_MS && ms <= MAX_MS)) {
    throw new InvalidOptionError('ms', 'expected milliseconds since the epoch of an instant from 0001-01-01 to 9999-12-31', ms);
  }
  const local = ms + tzOffset(TIME_ZONE, new Date(ms)) * 60_000;
  const day = Math.floor(local / MS_PER_DAY);
  return { date: formatIsoDate(day), day, weekday: weekdayOf(day), minutes: (local - day * MS_PER_DAY) / 60_000 };
}

function readOffset(text: string): number | undefined {
  if (text === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 23 || minutes > 59 || (digits.length !== 2 && digits.length !== 4)) return undefined;
  return sign * (hours * 60 + minutes);
}

/**
 * Reads a calendar day: a date `YYYY-MM-DD` as it stands, or an instant (a `Date`, or a date-time with an offset)
 * as the date it falls on in Asia/Shanghai.
 *
 * @param value - anything
 * @returns the date and its day number, or `undefined` when `value` is neither
 * @example
 * ```ts
 * shanghaiDateOf('2013-09-29'); //=> { date: '2013-09-29', day: 15977 }
 * shanghaiDateOf('2013-09-29T16:30:00Z'); //=> { date: '2013-09-30', day: 15978 }
 * shanghaiDateOf('2013-02-30'); //=> undefined
 * ```
 */
export function shanghaiDateOf(value: unknown): { readonly date: string; readonly day: number } | undefined {
  const day = parseIsoDate(value);
  if (day !== undefined) return { date: value as string, day };
  const ms = parseInstant(value);
  if (ms === undefined) return undefined;
  const time = shanghaiTime(ms);
  return { date: time.date, day: time.day };
}
