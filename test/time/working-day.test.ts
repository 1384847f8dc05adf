import { describe, expect, it } from 'vitest';
import { InvalidOptionError, OutOfRangeError, isCommunityStandardsError } from '../../src/errors.js';
import {
  calendarDay,
  defineHolidayCalendar,
  holidayName,
  isHoliday,
  isMakeUpWorkday,
  isWorkingDay,
} from '../../src/time/index.js';

describe('kinds of day (hand-worked, 2013 notice)', () => {
  it('2013-09-29 was a Sunday worked for National Day (调休上班日)', () => {
    expect(calendarDay('2013-09-29')).toEqual({
      date: '2013-09-29',
      weekday: 'sun',
      kind: 'makeup-workday',
      working: true,
      special: { kind: 'makeup-workday', name: { 'zh-CN': '国庆节', en: 'National Day' }, statutoryDays: 3 },
    });
    expect(isMakeUpWorkday('2013-09-29')).toBe(true);
    expect(isWorkingDay('2013-09-29')).toBe(true);
    expect(isHoliday('2013-09-29')).toBe(false);
  });

  it('2013-10-01 was a holiday (National Day), and so was Saturday 10-05 within it', () => {
    expect(isHoliday('2013-10-01')).toBe(true);
    expect(isWorkingDay('2013-10-01')).toBe(false);
    expect(holidayName('2013-10-01')).toEqual({ 'zh-CN': '国庆节', en: 'National Day' });
    expect(calendarDay('2013-10-05').kind).toBe('holiday');
  });

  it('ordinary days: Monday 2013-09-30 is a workday, Saturday 2013-09-28 a weekend', () => {
    expect(calendarDay('2013-09-30')).toEqual({ date: '2013-09-30', weekday: 'mon', kind: 'workday', working: true });
    expect(calendarDay('2013-09-28')).toEqual({ date: '2013-09-28', weekday: 'sat', kind: 'weekend', working: false });
    expect(isHoliday('2013-09-28')).toBe(false);
    expect(holidayName('2013-03-12')).toBeUndefined();
  });

  it('reads instants as their date in Shanghai', () => {
    // 2013-09-30T16:30:00Z is 00:30 on 2013-10-01 in Shanghai: a holiday; the same instant is still 09-30 in UTC.
    expect(isHoliday('2013-09-30T16:30:00Z')).toBe(true);
    expect(isHoliday(new Date(Date.UTC(2013, 8, 30, 16, 30)))).toBe(true);
    expect(isHoliday('2013-09-30T15:59:00Z')).toBe(false);
  });

  it.each(['2003-12-31', '2030-10-01', '2027-01-01', '1999-10-01'])(
    'throws OutOfRangeError for %s, never guesses',
    (date) => {
      expect(() => isHoliday(date)).toThrow(OutOfRangeError);
      try {
        calendarDay(date);
      } catch (error) {
        expect(isCommunityStandardsError(error) && error.code).toBe('OUT_OF_RANGE');
      }
    },
  );

  it('covers the first and last days of the data', () => {
    expect(isHoliday('2004-01-01')).toBe(true);
    expect(calendarDay('2026-12-31').kind).toBe('workday'); // a Thursday
  });

  it.each([
    Number.NaN,
    'abc',
    '2013-02-30',
    '2013-09-29T10:00:00',
    '',
    null,
    undefined,
    {},
    new Date(Number.NaN),
    20130929,
  ])('throws InvalidOptionError (not a TypeError) for %s', (bad) => {
    expect(() => isWorkingDay(bad as never)).toThrow(InvalidOptionError);
  });

  it('uses a calendar given in options', () => {
    const calendar = defineHolidayCalendar({
      source: 'test',
      firstYear: 2030,
      lastYear: 2030,
      days: { '2030-10-01': { kind: 'holiday', name: { 'zh-CN': '国庆节', en: 'National Day' } } },
    });
    expect(isHoliday('2030-10-01', { calendar })).toBe(true);
    expect(isHoliday('2030-10-02', { calendar })).toBe(false);
    expect(() => isHoliday('2013-10-01', { calendar })).toThrow(OutOfRangeError);
  });
});
