import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../src/errors.js';
import { weekdays } from '../../src/models/enums.js';
import type { ServiceCenter, WeeklyOpening } from '../../src/models/service-center.js';
import { isOpen } from '../../src/time/index.js';

type Hours = Pick<ServiceCenter, 'openingHours' | 'openingExceptions'>;

const center: Hours = {
  openingHours: [
    ...(['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, opens: '08:30', closes: '17:00' })),
    { day: 'tue', opens: '17:00', closes: '20:00' },
    { day: 'sat', opens: '09:00', closes: '12:00' },
    { day: 'sun', opens: '20:00', closes: '24:00' },
  ],
};

describe('isOpen', () => {
  it('opens at the first minute of a band and closes at its last', () => {
    expect(isOpen(center, '2013-10-15T08:30:00+08:00')).toBe(true);
    expect(isOpen(center, '2013-10-15T08:29:59+08:00')).toBe(false);
    expect(isOpen(center, '2013-10-15T19:59:59+08:00')).toBe(true);
    expect(isOpen(center, '2013-10-15T20:00:00+08:00')).toBe(false);
    expect(isOpen(center, '2013-10-20T23:59:59.999+08:00')).toBe(true); // Sunday band to 24:00
  });

  it('reads the instant on the Shanghai clock, whatever its offset', () => {
    expect(isOpen(center, '2013-10-15T11:59:00Z')).toBe(true); // 19:59 in Shanghai
    expect(isOpen(center, '2013-10-15T12:00:00Z')).toBe(false); // 20:00
    // 2013-10-14T16:30Z is still Monday in UTC but 00:30 on Tuesday in Shanghai.
    expect(isOpen(center, '2013-10-14T16:30:00Z')).toBe(false);
    expect(isOpen(center, new Date(Date.UTC(2013, 9, 15, 1, 0)))).toBe(true); // 09:00 Tuesday
  });

  it('honours holidays and make-up working days', () => {
    expect(isOpen(center, '2013-10-01T10:00:00+08:00')).toBe(false); // National Day, closed by default
    expect(isOpen(center, '2013-10-01T10:00:00+08:00', { holidays: 'weekend-hours' })).toBe(true); // Sat 09–12
    expect(isOpen(center, '2013-09-29T10:00:00+08:00')).toBe(true); // Sunday worked: weekday hours
    expect(isOpen(center, '2013-09-29T10:00:00+08:00', { makeUpWorkdays: 'weekly' })).toBe(false);
  });

  it.each(['2013-10-15T10:00:00', '2013-10-15', 'now', new Date(Number.NaN), 1381802400000, null])(
    'throws InvalidOptionError for the instant %s',
    (at) => {
      expect(() => isOpen(center, at as never)).toThrow(InvalidOptionError);
    },
  );

  it('agrees with a direct check of the raw bands in an ordinary week (2013-10-14 to 10-20)', () => {
    const band = fc
      .record({
        day: fc.constantFrom(...weekdays),
        a: fc.integer({ min: 0, max: 1440 }),
        b: fc.integer({ min: 0, max: 1440 }),
      })
      .filter(({ a, b }) => a !== b)
      .map(({ day, a, b }) => ({ day, opens: clock(Math.min(a, b)), closes: clock(Math.max(a, b)) } as WeeklyOpening));
    const weekStart = Date.UTC(2013, 9, 13, 16, 0); // 2013-10-14T00:00+08:00
    fc.assert(
      fc.property(fc.array(band, { maxLength: 12 }), fc.integer({ min: 0, max: 7 * 86_400 - 1 }), (bands, second) => {
        const ms = weekStart + second * 1000;
        const shanghai = new Date(ms + 8 * 3_600_000); // UTC+8, read with UTC getters
        const day = weekdays[(shanghai.getUTCDay() + 6) % 7];
        const minute = shanghai.getUTCHours() * 60 + shanghai.getUTCMinutes() + shanghai.getUTCSeconds() / 60;
        const expected = bands.some((b) => b.day === day && minutes(b.opens) <= minute && minute < minutes(b.closes));
        expect(isOpen({ openingHours: bands }, new Date(ms))).toBe(expected);
      }),
    );
  });
});

function clock(m: number): string {
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
function minutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
}
