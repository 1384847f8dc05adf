import { describe, expect, it } from 'vitest';
import { InvalidOptionError, OutOfRangeError } from '../../src/errors.js';
import { defineHolidayCalendar, specialDayOn } from '../../src/time/holiday-calendar.js';

const nationalDay = { kind: 'holiday', name: { 'zh-CN': '国庆节', en: 'National Day' } } as const;

describe('defineHolidayCalendar', () => {
  it('copies the data so that later changes do not leak in', () => {
    const days: Record<string, typeof nationalDay> = { '2013-10-01': nationalDay };
    const calendar = defineHolidayCalendar({ source: 'notice', firstYear: 2013, lastYear: 2013, days });
    days['2013-10-02'] = nationalDay;
    expect(calendar.lookup('2013-10-01')).toEqual(nationalDay);
    expect(calendar.lookup('2013-10-02')).toBeUndefined();
    expect(Object.isFrozen(calendar)).toBe(true);
  });

  it.each([
    ['years out of order', { firstYear: 2014, lastYear: 2013, days: {} }],
    ['fractional years', { firstYear: 2013.5, lastYear: 2014, days: {} }],
    ['a malformed date', { firstYear: 2013, lastYear: 2013, days: { '2013-10-1': nationalDay } }],
    ['a date outside the years', { firstYear: 2013, lastYear: 2013, days: { '2014-10-01': nationalDay } }],
    ['an unknown kind', { firstYear: 2013, lastYear: 2013, days: { '2013-10-01': { ...nationalDay, kind: 'rest' } } }],
    ['a missing name', { firstYear: 2013, lastYear: 2013, days: { '2013-10-01': { kind: 'holiday' } } }],
    ['a day that is not an object', { firstYear: 2013, lastYear: 2013, days: { '2013-10-01': null } }],
    ['no days at all', { firstYear: 2013, lastYear: 2013, days: null }],
  ])('throws InvalidOptionError for %s', (_what, data) => {
    expect(() => defineHolidayCalendar({ source: 'x', ...data } as never)).toThrow(InvalidOptionError);
  });
});

describe('specialDayOn', () => {
  const calendar = defineHolidayCalendar({
    source: 'notice',
    firstYear: 2013,
    lastYear: 2013,
    days: { '2013-10-01': nationalDay },
  });
  it('throws OutOfRangeError with the covered years in its details', () => {
    // 2012-12-31 is day 15705 (2013-01-01 is 15706).
    expect(() => specialDayOn(calendar, 15705, '2012-12-31')).toThrow(OutOfRangeError);
    try {
      specialDayOn(calendar, 15705, '2012-12-31');
    } catch (error) {
      expect((error as OutOfRangeError).details).toMatchObject({ year: 2012, firstYear: 2013, lastYear: 2013 });
    }
    expect(specialDayOn(calendar, 15706, '2013-01-01')).toBeUndefined();
  });
});
