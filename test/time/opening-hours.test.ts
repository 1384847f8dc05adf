import { describe, expect, it } from 'vitest';
import { InvalidOptionError, OutOfRangeError } from '../../src/errors.js';
import type { ServiceCenter } from '../../src/models/service-center.js';
import { openingHoursOn } from '../../src/time/index.js';
import { deepFreeze } from '../helpers.js';

type Hours = Pick<ServiceCenter, 'openingHours' | 'openingExceptions'>;

const weekdayBands = (['mon', 'tue', 'wed', 'thu', 'fri'] as const).flatMap((day) => [
  { day, opens: '08:30', closes: '12:00' },
  { day, opens: '14:00', closes: '17:00' },
]);
const center: Hours = deepFreeze({
  openingHours: [
    ...weekdayBands,
    { day: 'tue', opens: '17:00', closes: '20:00' },
    { day: 'sat', opens: '09:00', closes: '12:00' },
  ],
  openingExceptions: [
    { date: '2013-10-03', bands: [{ opens: '09:00', closes: '11:00' }], note: '国庆值班' },
    { date: '2013-10-08', note: '设备检修' },
    { date: '2013-10-08', bands: [{ opens: '08:00', closes: '09:00' }] },
  ],
});

describe('openingHoursOn', () => {
  it('uses the weekly bands on an ordinary day, merging bands that touch', () => {
    expect(openingHoursOn(center, '2013-10-15')).toEqual({
      date: '2013-10-15',
      weekday: 'tue',
      bands: [
        { opens: '08:30', closes: '12:00' },
        { opens: '14:00', closes: '20:00' },
      ],
      basis: 'weekly',
      issues: [],
    });
    expect(openingHoursOn(center, '2013-10-20').bands).toEqual([]); // a Sunday with no bands
  });

  it('applies the first exception for a date before anything else', () => {
    expect(openingHoursOn(center, '2013-10-08')).toEqual({
      date: '2013-10-08',
      weekday: 'tue',
      bands: [],
      basis: 'exception',
      note: '设备检修',
      issues: [],
    });
    const onHoliday = openingHoursOn(center, '2013-10-03');
    expect([onHoliday.basis, onHoliday.bands, onHoliday.note]).toEqual([
      'exception',
      [{ opens: '09:00', closes: '11:00' }],
      '国庆值班',
    ]);
  });

  it('closes on an official holiday by default (2013-10-01, National Day)', () => {
    const day = openingHoursOn(center, '2013-10-01');
    expect([day.basis, day.bands, day.special?.name.en]).toEqual(['holiday-closed', [], 'National Day']);
  });

  it('follows the holidays option', () => {
    expect(openingHoursOn(center, '2013-10-01', { holidays: 'weekly' }).bands).toEqual([
      { opens: '08:30', closes: '12:00' },
      { opens: '14:00', closes: '20:00' },
    ]);
    const weekend = openingHoursOn(center, '2013-10-01', { holidays: 'weekend-hours' });
    expect([weekend.basis, weekend.bands]).toEqual(['holiday-weekend-hours', [{ opens: '09:00', closes: '12:00' }]]);
    const sundayOnly: Hours = { openingHours: [{ day: 'sun', opens: '13:00', closes: '16:00' }] };
    expect(openingHoursOn(sundayOnly, '2013-10-01', { holidays: 'weekend-hours' }).bands).toEqual([
      { opens: '13:00', closes: '16:00' },
    ]);
  });

  it('opens with weekday hours on a make-up working day (Sunday 2013-09-29) unless told otherwise', () => {
    const day = openingHoursOn(center, '2013-09-29');
    expect([day.weekday, day.basis, day.bands]).toEqual([
      'sun',
      'makeup-weekday-hours',
      [
        { opens: '08:30', closes: '12:00' },
        { opens: '14:00', closes: '17:00' },
      ],
    ]);
    const own = openingHoursOn(center, '2013-09-29', { makeUpWorkdays: 'weekly' });
    expect([own.basis, own.bands, own.special?.kind]).toEqual(['weekly', [], 'makeup-workday']);
  });

  it('consults the holiday calendar only when it needs it', () => {
    expect(() => openingHoursOn(center, '2030-10-01')).toThrow(OutOfRangeError);
    expect(openingHoursOn(center, '2030-10-01', { holidays: 'weekly', makeUpWorkdays: 'weekly' }).basis).toBe('weekly');
    const withException: Hours = { ...center, openingExceptions: [{ date: '2030-10-01' }] };
    expect(openingHoursOn(withException, '2030-10-01').basis).toBe('exception');
  });

  it('reads an instant as its Shanghai date', () => {
    // 2013-09-30T16:30:00Z is 00:30 on 2013-10-01 in Shanghai.
    expect(openingHoursOn(center, '2013-09-30T16:30:00Z').date).toBe('2013-10-01');
  });

  it('turns unreadable bands and exceptions into issues, keeping the good bands', () => {
    const messy = {
      openingHours: [
        { day: 'mon', opens: '08:30', closes: '12:00' },
        { day: 'mon', opens: '25:00', closes: '26:00' },
        { day: 'mon', opens: '15:00', closes: '14:00' },
        { day: 'someday', opens: '09:00', closes: '10:00' },
        'all day',
      ],
      openingExceptions: [{ date: '2013-13-01' }, null],
    } as unknown as Hours;
    const day = openingHoursOn(messy, '2013-10-14', { locale: 'en' });
    expect(day.bands).toEqual([{ opens: '08:30', closes: '12:00' }]);
    expect(day.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_format', 'openingHours.1.opens'],
      ['invalid_format', 'openingHours.1.closes'],
      ['invalid_combination', 'openingHours.2.closes'],
      ['invalid_value', 'openingHours.3.day'],
      ['invalid_type', 'openingHours.4'],
      ['invalid_format', 'openingExceptions.0.date'],
      ['invalid_type', 'openingExceptions.1'],
    ]);
    expect(day.issues[2]?.message).toBe('openingHours[2].closes: closing time must be after opening time');
    expect(openingHoursOn(messy, '2013-10-14').issues[2]?.message).toBe(
      'openingHours[2].closes:结束时间应晚于开始时间',
    );
  });

  it('never throws on a centre that is not an object, or whose fields cannot be read', () => {
    expect(openingHoursOn(null as never, '2013-10-14').issues[0]?.code).toBe('invalid_type');
    const hostile = {
      get openingHours(): never {
        throw new Error('boom');
      },
    } as Hours;
    const day = openingHoursOn(hostile, '2013-10-14');
    expect([day.bands, day.issues[0]?.code]).toEqual([[], 'unreadable_input']);
    expect(openingHoursOn({ openingHours: 'always' } as never, '2013-10-14').issues[0]?.code).toBe('invalid_type');
  });

  it('throws InvalidOptionError for bad dates and options', () => {
    expect(() => openingHoursOn(center, 'tomorrow')).toThrow(InvalidOptionError);
    expect(() => openingHoursOn(center, new Date(Number.NaN))).toThrow(InvalidOptionError);
    expect(() => openingHoursOn(center, '2013-10-14', { holidays: 'open' as never })).toThrow(InvalidOptionError);
    expect(() => openingHoursOn(center, '2013-10-14', { makeUpWorkdays: 'sunday' as never })).toThrow(
      InvalidOptionError,
    );
    expect(() => openingHoursOn(center, '2013-10-14', { locale: 'fr' as never })).toThrow(InvalidOptionError);
  });
});
