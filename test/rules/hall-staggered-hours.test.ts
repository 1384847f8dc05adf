import { describe, expect, it } from 'vitest';
import { check, defineProfile, kunshan } from '../../src/index.js';
import { type WeeklyOpening } from '../../src/models/index.js';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const office: WeeklyOpening[] = weekdays.map((day) => ({ day, opens: '08:30', closes: '17:00' }));

function dataset(openingHours?: WeeklyOpening[]) {
  return {
    communities: [{ id: 'c', name: '里厍社区', kind: 'urban', model: 'old-town', households: {}, population: {}, governanceBodies: [] }],
    serviceCenters: [
      {
        id: 'sc', name: '里厍社区服务中心', kind: 'urban-community-service-center', communityIds: ['c'], oneStopHall: true,
        ...(openingHours !== undefined && { openingHours }),
      },
    ],
  };
}

const run = (hours?: WeeklyOpening[], locale: 'zh-CN' | 'en' = 'zh-CN', profile = kunshan) =>
  check(dataset(hours), { asOf: '2013-06-30', rules: ['hall.staggered-hours'], locale, profile }).findings[0]!;

describe('hall.staggered-hours', () => {
  it('fails a centre open only in ordinary office hours, with the numbers in the message', () => {
    const f = run(office);
    expect(f.outcome).toBe('fail');
    expect(f.message).toBe(
      '未达错时工作制要求:每周常规时间外开放 0 分钟;周末开放 0 天(应至少 1 天);晚间开放至 19:00 的工作日 0 天(应至少 1 天)',
    );
    expect(f.parameters).toEqual(['hall.ordinaryHours', 'hall.minWeekendDays', 'hall.eveningUntil', 'hall.minEveningWeekdays']);
  });

  it('passes a centre open Saturday morning and Wednesday until 20:00 (worked by hand: 150 + 180 minutes)', () => {
    const hours: WeeklyOpening[] = [
      ...office.filter((b) => b.day !== 'wed'),
      { day: 'wed', opens: '08:30', closes: '12:00' },
      { day: 'wed', opens: '14:00', closes: '20:00' },
      { day: 'sat', opens: '09:00', closes: '11:30' },
    ];
    const f = run(hours, 'en');
    expect(f.outcome).toBe('pass');
    // Outside 08:30–17:00: Wednesday 17:00–20:00 = 180 min; Saturday 09:00–11:30 = 150 min.
    expect(f.message).toBe('330 minutes a week outside office hours; 1 weekend day open (at least 1); 1 weekday open until 19:00 (at least 1)');
    expect(f.actual).toEqual({ weekendDays: ['sat'], eveningWeekdays: ['wed'], outsideOfficeMinutesPerWeek: 330 });
  });

  it('fails when the evening band stops at 18:30, short of 19:00', () => {
    const hours: WeeklyOpening[] = [...office, { day: 'tue', opens: '17:00', closes: '18:30' }, { day: 'sun', opens: '09:00', closes: '12:00' }];
    const f = run(hours);
    expect(f.outcome).toBe('fail');
    expect(f.values).toMatchObject({ outside: 90 + 180, weekend: 1, evening: 0 });
  });

  it('is not applicable when hours are not reported', () => {
    expect(run(undefined).outcome).toBe('not-applicable');
  });

  it('follows the profile: a city that asks for two weekend days', () => {
    const note = { 'zh-CN': '示例', en: 'example' };
    const twoDays = defineProfile({
      extends: kunshan, id: 'two-days', name: note,
      parameters: { 'hall.minWeekendDays': { values: [{ value: 2, assumption: note }] } },
    });
    const hours: WeeklyOpening[] = [...office, { day: 'mon', opens: '17:00', closes: '19:30' }, { day: 'sat', opens: '09:00', closes: '12:00' }];
    expect(run(hours).outcome).toBe('pass');
    expect(run(hours, 'zh-CN', twoDays).outcome).toBe('fail');
  });
});
