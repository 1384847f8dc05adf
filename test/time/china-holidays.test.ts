import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, parseIsoDate } from '../../src/time/calendar-date.js';
import {
  CHINA_HOLIDAYS_FIRST_YEAR,
  CHINA_HOLIDAYS_LAST_YEAR,
  CHINESE_DAYS_VERSION,
  holidayCalendar,
} from '../../src/time/china-holidays.js';
import { holidays2013, makeUpWorkdays2013 } from './fixtures/arrangement-2013.js';

const require = createRequire(import.meta.url);
// The package's own pre-built JSON: the same data, read by a second path (no runtime table building).
const packageJson = JSON.parse(readFileSync(require.resolve('chinese-days/package.json'), 'utf8')) as {
  version: string;
};
const data = JSON.parse(readFileSync(require.resolve('chinese-days/dist/chinese-days.json'), 'utf8')) as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};

function* daysOf(firstYear: number, lastYear: number): Generator<string> {
  const end = parseIsoDate(`${lastYear}-12-31`)!;
  for (let day = parseIsoDate(`${firstYear}-01-01`)!; day <= end; day++) yield formatIsoDate(day);
}

describe('holidayCalendar (chinese-days)', () => {
  const calendar = holidayCalendar();

  it('names its data source and the version installed', () => {
    expect(packageJson.version).toBe(CHINESE_DAYS_VERSION);
    expect(calendar.source).toBe(`chinese-days@${packageJson.version}`);
  });

  it('covers exactly the years the data covers', () => {
    const years = new Set(
      [...Object.keys(data.holidays), ...Object.keys(data.workdays)].map((d) => Number(d.slice(0, 4))),
    );
    expect(Math.min(...years)).toBe(CHINA_HOLIDAYS_FIRST_YEAR);
    expect(Math.max(...years)).toBe(CHINA_HOLIDAYS_LAST_YEAR);
    expect(years.size).toBe(CHINA_HOLIDAYS_LAST_YEAR - CHINA_HOLIDAYS_FIRST_YEAR + 1);
    expect([calendar.firstYear, calendar.lastYear]).toEqual([2004, 2026]);
  });

  it('agrees with the 2013 notice (国办发明电〔2012〕14号), transcribed by hand, on every day of 2013', () => {
    for (const date of daysOf(2013, 2013)) {
      const special = calendar.lookup(date);
      const expected =
        holidays2013[date] !== undefined
          ? 'holiday'
          : makeUpWorkdays2013[date] !== undefined
          ? 'makeup-workday'
          : undefined;
      expect([date, special?.kind]).toEqual([date, expected]);
      if (special) expect(special.name['zh-CN']).toBe(holidays2013[date] ?? makeUpWorkdays2013[date]);
    }
  });

  it('agrees with the package JSON on every day of 2004–2026', () => {
    let holidays = 0;
    let workdays = 0;
    for (const date of daysOf(2004, 2026)) {
      const special = calendar.lookup(date);
      const raw = data.holidays[date] ?? data.workdays[date];
      if (raw === undefined) {
        expect([date, special]).toEqual([date, undefined]);
        continue;
      }
      const [en, zh, days] = raw.split(',');
      expect([date, special]).toEqual([
        date,
        {
          kind: data.holidays[date] ? 'holiday' : 'makeup-workday',
          name: { 'zh-CN': zh, en },
          statutoryDays: Number(days),
        },
      ]);
      if (special?.kind === 'holiday') holidays++;
      else workdays++;
    }
    expect([holidays, workdays]).toEqual([Object.keys(data.holidays).length, Object.keys(data.workdays).length]);
  });

  it('gives both names and the statutory days of National Day 2013 (3 days by law, 7 with the swaps)', () => {
    expect(calendar.lookup('2013-10-01')).toEqual({
      kind: 'holiday',
      name: { 'zh-CN': '国庆节', en: 'National Day' },
      statutoryDays: 3,
    });
  });

  it('returns frozen days', () => {
    const day = calendar.lookup('2013-10-01');
    expect(Object.isFrozen(day)).toBe(true);
    expect(Object.isFrozen(day?.name)).toBe(true);
    expect(Object.isFrozen(calendar)).toBe(true);
  });
});
