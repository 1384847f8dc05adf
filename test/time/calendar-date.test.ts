import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, parseIsoDate, weekdayOf, yearOf } from '../../src/time/calendar-date.js';

describe('calendar dates', () => {
  it('numbers days from 1970-01-01', () => {
    expect(parseIsoDate('1970-01-01')).toBe(0);
    expect(parseIsoDate('1970-01-02')).toBe(1);
    expect(parseIsoDate('1969-12-31')).toBe(-1);
    // 2013-09-29: 43 years of 365 days + 11 leap days (1972…2012) = 15706, + 271 days into 2013 (Jan 31 … Aug 31 = 243, + 28).
    expect(parseIsoDate('2013-09-29')).toBe(15977);
  });

  it('knows the weekdays worked out by hand', () => {
    expect(weekdayOf(0)).toBe('thu'); // 1970-01-01
    expect(weekdayOf(parseIsoDate('2013-09-29')!)).toBe('sun');
    expect(weekdayOf(parseIsoDate('2013-10-01')!)).toBe('tue');
    expect(weekdayOf(parseIsoDate('2013-02-09')!)).toBe('sat');
    expect(weekdayOf(parseIsoDate('2000-02-29')!)).toBe('tue');
    expect(weekdayOf(parseIsoDate('1969-12-31')!)).toBe('wed');
  });

  it('refuses dates that do not exist or are not YYYY-MM-DD', () => {
    for (const bad of [
      '2013-02-29',
      '2013-13-01',
      '2013-00-10',
      '2013-04-31',
      '2013-9-29',
      '20130929',
      '2013-09-29T00:00:00Z',
      '',
      ' 2013-09-29',
      20130929,
      null,
      undefined,
      Number.NaN,
      new Date(),
    ]) {
      expect(parseIsoDate(bad)).toBeUndefined();
    }
    expect(parseIsoDate('2012-02-29')).toBeDefined();
    expect(parseIsoDate('1900-02-29')).toBeUndefined();
    expect(parseIsoDate('2000-02-29')).toBeDefined();
  });

  it('round-trips and agrees with Date.UTC for every day in 1900–2100', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const day = parseIsoDate(iso)!;
          expect(day).toBe(Math.floor(date.getTime() / 86_400_000));
          expect(formatIsoDate(day)).toBe(iso);
          expect(yearOf(day)).toBe(date.getUTCFullYear());
          expect(weekdayOf(day)).toBe(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][date.getUTCDay()]);
        },
      ),
    );
  });

  it('reads years below 100 as written', () => {
    expect(formatIsoDate(parseIsoDate('0050-03-01')!)).toBe('0050-03-01');
  });
});
