import { describe, expect, it } from 'vitest';
import { toSchedules, type ScheduleContext } from '../../src/interop/schedules.js';
import type { WeeklyOpening } from '../../src/models/service-center.js';

const context = (locale: 'zh-CN' | 'en' = 'zh-CN'): ScheduleContext => ({
  id: (...segments) => segments.join('|'),
  locationId: 'loc',
  locale,
});

const officeWeek: WeeklyOpening[] = (['mon', 'tue', 'wed', 'thu', 'fri'] as const).flatMap((day) => [
  { day, opens: '08:30', closes: '11:30' },
  { day, opens: '13:30', closes: '17:00' },
]);

describe('toSchedules', () => {
  it('makes one WEEKLY schedule per band of hours, days Monday first, two bands a day as two schedules', () => {
    const shuffled = [...officeWeek].reverse();
    const schedules = toSchedules(shuffled, [], context());
    expect(schedules).toEqual([
      {
        id: 'schedule|weekly|08:30-11:30',
        location_id: 'loc',
        timezone: 8,
        freq: 'WEEKLY',
        byday: 'MO,TU,WE,TH,FR',
        opens_at: '08:30:00+08:00',
        closes_at: '11:30:00+08:00',
        description: '每周星期一至星期五 08:30–11:30 开放。',
      },
      {
        id: 'schedule|weekly|13:30-17:00',
        location_id: 'loc',
        timezone: 8,
        freq: 'WEEKLY',
        byday: 'MO,TU,WE,TH,FR',
        opens_at: '13:30:00+08:00',
        closes_at: '17:00:00+08:00',
        description: '每周星期一至星期五 13:30–17:00 开放。',
      },
    ]);
  });

  it('lists two days, ranges three or more consecutive ones (en)', () => {
    const hours: WeeklyOpening[] = [
      { day: 'sun', opens: '09:00', closes: '12:00' },
      { day: 'sat', opens: '09:00', closes: '12:00' },
      { day: 'mon', opens: '09:00', closes: '12:00' },
      { day: 'tue', opens: '09:00', closes: '12:00' },
      { day: 'wed', opens: '09:00', closes: '12:00' },
      { day: 'fri', opens: '19:00', closes: '21:00' },
    ];
    const [morning, evening] = toSchedules(hours, [], context('en'));
    expect(morning?.byday).toBe('MO,TU,WE,SA,SU');
    expect(morning?.description).toBe('Open Monday to Wednesday, Saturday, Sunday, 09:00–12:00.');
    expect(evening?.description).toBe('Open Friday, 19:00–21:00.');
  });

  it('closes a band ending at 24:00 at 23:59:59 (RFC 3339 has no hour 24)', () => {
    const [late] = toSchedules([{ day: 'sat', opens: '18:00', closes: '24:00' }], [], context());
    expect(late?.closes_at).toBe('23:59:59+08:00');
  });

  it('exports a repeated band once', () => {
    const hours: WeeklyOpening[] = [
      { day: 'mon', opens: '08:30', closes: '11:30' },
      { day: 'mon', opens: '08:30', closes: '11:30' },
    ];
    expect(toSchedules(hours, [], context())).toHaveLength(1);
  });

  it('turns a closed date into a schedule valid that day without hours', () => {
    const [closed] = toSchedules([], [{ date: '2013-10-01', note: '国庆节' }], context());
    expect(closed).toEqual({
      id: 'schedule|date|2013-10-01|closed',
      location_id: 'loc',
      valid_from: '2013-10-01',
      valid_to: '2013-10-01',
      dtstart: '2013-10-01',
      timezone: 8,
      description: '2013-10-01 不开放(国庆节)。',
      notes: '国庆节',
    });
  });

  it('turns special hours on a date into one occurrence on that weekday, one schedule per band, by date', () => {
    const schedules = toSchedules(
      officeWeek,
      [
        // 2013-10-12 was a Saturday and 2013-09-22 a Sunday (make-up working days of the 2013 National Day holiday).
        { date: '2013-10-12', bands: [{ opens: '13:30', closes: '17:00' }, { opens: '08:30', closes: '11:30' }] },
        { date: '2013-09-22', bands: [{ opens: '09:00', closes: '12:00' }], note: '调休' },
      ],
      context('en'),
    );
    expect(schedules.map((s) => s.id)).toEqual([
      'schedule|weekly|08:30-11:30',
      'schedule|weekly|13:30-17:00',
      'schedule|date|2013-09-22|09:00-12:00',
      'schedule|date|2013-10-12|08:30-11:30',
      'schedule|date|2013-10-12|13:30-17:00',
    ]);
    expect(schedules[2]).toEqual({
      id: 'schedule|date|2013-09-22|09:00-12:00',
      location_id: 'loc',
      valid_from: '2013-09-22',
      valid_to: '2013-09-22',
      dtstart: '2013-09-22',
      timezone: 8,
      count: 1,
      freq: 'WEEKLY',
      byday: 'SU',
      opens_at: '09:00:00+08:00',
      closes_at: '12:00:00+08:00',
      description: 'Open on 2013-09-22, 09:00–12:00 (调休).',
      notes: '调休',
    });
    expect(schedules[3]?.byday).toBe('SA');
  });

  it('gives nothing for no hours and no exceptions', () => {
    expect(toSchedules([], [], context())).toEqual([]);
  });
});
