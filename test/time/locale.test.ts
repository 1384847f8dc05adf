import { describe, expect, it } from 'vitest';
import { locales } from '../../src/locale.js';
import { weekdays } from '../../src/models/enums.js';
import { timeMessages } from '../../src/time/messages.js';

describe('timeMessages (src/time/messages.ts)', () => {
  it('has every key in every locale', () => {
    const shape = (value: unknown): unknown =>
      typeof value === 'object' && value !== null
        ? Object.fromEntries(
            Object.entries(value)
              .map(([k, v]) => [k, shape(v)])
              .sort(),
          )
        : typeof value;
    for (const locale of locales) expect(shape(timeMessages[locale])).toEqual(shape(timeMessages['zh-CN']));
    for (const locale of locales) expect(Object.keys(timeMessages[locale].weekday)).toEqual([...weekdays]);
    for (const locale of locales) {
      for (const text of Object.values(timeMessages[locale].dayKind)) expect(text.length).toBeGreaterThan(0);
    }
  });

  it('labels the kinds of day', () => {
    expect(timeMessages['zh-CN'].dayKind['makeup-workday']).toBe('调休上班日');
    expect(timeMessages.en.dayKind.holiday).toBe('public holiday');
  });

  it('summarises a staggered-hours analysis (330 minutes = 5.5 hours)', () => {
    const input = {
      outsideOfficeMinutesPerWeek: 330,
      weekendDays: ['sat'],
      eveningWeekdays: ['mon', 'wed'],
      met: true,
    } as const;
    expect(timeMessages['zh-CN'].staggeredSummary(input)).toBe(
      '错时开放:每周常规办公时间以外开放 5.5 小时;周末开放:周六;晚间延时:周一、周三(符合错时工作制要求)',
    );
    expect(timeMessages.en.staggeredSummary({ ...input, weekendDays: [], met: false })).toBe(
      'Staggered hours: open 5.5 h a week outside office hours; weekends: none; evenings: Mon, Wed (does not meet the staggered-hours requirement)',
    );
  });

  it('summarises duty gaps', () => {
    expect(
      timeMessages['zh-CN'].dutyGapSummary({ from: '2013-02-07', to: '2013-02-18', requiredDays: 12, gapDays: 4 }),
    ).toBe('2013-02-07 至 2013-02-18:应值班 12 天,其中 4 天无人值班');
    expect(timeMessages.en.dutyGapSummary({ from: '2013-02-07', to: '2013-02-18', requiredDays: 12, gapDays: 0 })).toBe(
      '2013-02-07 to 2013-02-18: a cadre was on duty on all 12 required days',
    );
  });

  it('summarises the same-day rate, and says so when there is none', () => {
    expect(timeMessages['zh-CN'].sameDaySummary({ total: 3, sameDay: 2, late: 1, unresolved: 0 })).toBe(
      '事件 3 件,当天办结 2 件(66.7%),逾期办结 1 件,未办结 0 件',
    );
    expect(timeMessages.en.sameDaySummary({ total: 0, sameDay: 0, late: 0, unresolved: 0 })).toBe(
      'No cases to count: there is no same-day resolution rate',
    );
  });
});
