import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInstant, shanghaiDateOf, shanghaiTime } from '../../src/time/instant.js';

describe('instants', () => {
  it('reads date-times with an offset, Z or ±HH:mm / ±HHmm / ±HH', () => {
    // 2013-09-29T16:30:00Z = 15977 days × 86 400 000 ms + 16.5 h × 3 600 000 ms.
    const ms = 15977 * 86_400_000 + 16.5 * 3_600_000;
    expect(parseInstant('2013-09-29T16:30:00Z')).toBe(ms);
    expect(parseInstant('2013-09-30T00:30:00+08:00')).toBe(ms);
    expect(parseInstant('2013-09-30T00:30:00+0800')).toBe(ms);
    expect(parseInstant('2013-09-30T00:30+08')).toBe(ms);
    expect(parseInstant('2013-09-29T12:30:00-04:00')).toBe(ms);
    expect(parseInstant('2013-09-29T16:30:00.250Z')).toBe(ms + 250);
    expect(parseInstant(new Date(ms))).toBe(ms);
  });

  it('refuses strings without offset, impossible dates and invalid Dates', () => {
    for (const bad of [
      '2013-09-30T00:30:00',
      '2013-09-30',
      '2013-02-30T10:00:00+08:00',
      '2013-09-30T24:00:00+08:00',
      '2013-09-30T10:60:00+08:00',
      '2013-09-30T10:00:00+24:00',
      '2013-09-30T10:00:00+8',
      'yesterday',
      new Date(Number.NaN),
      Number.NaN,
      1380472200000,
      null,
      undefined,
      {},
      'x'.repeat(10_000),
    ]) {
      expect(parseInstant(bad)).toBeUndefined();
    }
  });

  it('agrees with Date.parse on valid ISO strings with offsets', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        (date, offset) => {
          const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 23);
          const sign = offset < 0 ? '-' : '+';
          const abs = Math.abs(offset);
          const text = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(
            2,
            '0',
          )}`;
          expect(parseInstant(text)).toBe(Date.parse(text));
          expect(parseInstant(text)).toBe(date.getTime());
        },
      ),
    );
  });

  it('reads instants on the Shanghai wall clock (UTC+8), whatever their offset', () => {
    expect(shanghaiTime(parseInstant('2013-09-29T16:30:00Z')!)).toEqual({
      date: '2013-09-30',
      day: 15978,
      weekday: 'mon',
      minutes: 30,
    });
    expect(shanghaiTime(parseInstant('2013-09-29T15:59:59Z')!).date).toBe('2013-09-29');
    expect(shanghaiTime(parseInstant('2013-09-29T23:50:00+08:00')!).minutes).toBe(23 * 60 + 50);
    expect(shanghaiTime(parseInstant('2013-09-29T12:00:30-04:00')!)).toEqual({
      date: '2013-09-30',
      day: 15978,
      weekday: 'mon',
      minutes: 0.5,
    });
  });

  it('reads a calendar day from a date or an instant', () => {
    expect(shanghaiDateOf('2013-09-29')).toEqual({ date: '2013-09-29', day: 15977 });
    expect(shanghaiDateOf('2013-09-29T16:30:00Z')).toEqual({ date: '2013-09-30', day: 15978 });
    expect(shanghaiDateOf(new Date(Date.UTC(2013, 8, 29, 16, 30)))).toEqual({ date: '2013-09-30', day: 15978 });
    expect(shanghaiDateOf('2013-02-30')).toBeUndefined();
    expect(shanghaiDateOf(new Date('nope'))).toBeUndefined();
  });
});
