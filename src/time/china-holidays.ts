/**
 * China's official public holidays and make-up working days (调休上班日), as published each year by the General
 * Office of the State Council (国务院办公厅关于部分节假日安排的通知), from the `chinese-days` package.
 *
 * This is the only module that imports `chinese-days` (about 30 KB of code and tables); it belongs to the
 * `community-standards/time` entry and never to the main entry.
 *
 * @module
 */
import chineseDays from 'chinese-days';
import { parseIsoDate } from './calendar-date.js';
import type { HolidayCalendar, SpecialDay } from './holiday-calendar.js';
import type { OutOfRangeError } from '../errors.js';

/** The `chinese-days` release this calendar was built and checked against. */
export const CHINESE_DAYS_VERSION = '1.5.7';
/** First year of official holiday data in `chinese-days` 1.5.7. */
export const CHINA_HOLIDAYS_FIRST_YEAR = 2004;
/** Last year of official holiday data in `chinese-days` 1.5.7. */
export const CHINA_HOLIDAYS_LAST_YEAR = 2026;

type ChineseDays = typeof chineseDays;

/**
 * China's official holiday calendar, 2004–2026.
 *
 * Data source: the npm package [`chinese-days`](https://github.com/vsme/chinese-days) version 1.5.7 (MIT),
 * which transcribes the State Council's yearly notices (e.g. 国办发明电〔2012〕14号 for 2013). The covered
 * years are exactly those the package has data for (a test checks 2003 and 2027 have none); any other year
 * makes the calendar's users throw {@link OutOfRangeError}.
 *
 * The package is queried with `YYYY-MM-DD` strings and only its holiday tables are read (never its weekday
 * logic), which gives the right answer on hosts in every time zone — its own `date` and ordinary-day `work`
 * fields are off by one day on hosts west of UTC.
 *
 * @returns the calendar (a new frozen object; cheap — nothing is precomputed)
 * @example
 * ```ts
 * const calendar = holidayCalendar();
 * calendar.lookup('2013-09-29'); //=> { kind: 'makeup-workday', name: { 'zh-CN': '国庆节', en: 'National Day' }, statutoryDays: 3 }
 * calendar.lookup('2013-10-01'); //=> { kind: 'holiday', name: { 'zh-CN': '国庆节', en: 'National Day' }, statutoryDays: 3 }
 * calendar.lookup('2013-10-08'); //=> undefined
 * ```
 */
export function holidayCalendar(): HolidayCalendar {
  return Object.freeze({
    source: `chinese-days@${CHINESE_DAYS_VERSION}`,
    firstYear: CHINA_HOLIDAYS_FIRST_YEAR,
    lastYear: CHINA_HOLIDAYS_LAST_YEAR,
    lookup: lookupChineseDays,
  });
}

function lookupChineseDays(date: string): SpecialDay | undefined {
  // Only a real YYYY-MM-DD date, as in a calendar from defineHolidayCalendar: `chinese-days` throws on text it
  // cannot read and rolls '2013-13-01' over into 2014.
  if (parseIsoDate(date) === undefined) return undefined;
  const detail = api().getDayDetail(date);
  // Special days carry "English name,中文名,statutory days"; ordinary days carry a weekday name, with no comma.
  const [en, zh, days] = detail.name.split(',');
  if (en === undefined || zh === undefined) return undefined;
  const name = Object.freeze({ 'zh-CN': zh, en });
  const kind = detail.work ? 'makeup-workday' : 'holiday';
  const statutoryDays = Number(days);
  return Object.freeze(
    days !== undefined && Number.isInteger(statutoryDays) && statutoryDays > 0
      ? { kind, name, statutoryDays }
      : { kind, name },
  );
}

// `chinese-days` is CommonJS (a UMD bundle) with an ES build in "module". Its default import is the object of all
// functions in every loader: Node's ESM (module.exports), CommonJS through esbuild's interop (exports.default) and
// bundlers reading the ES build. Resolved at call time so that importing this module has no side effect.
function api(): ChineseDays {
  const loaded = chineseDays as ChineseDays & { default?: ChineseDays };
  return typeof loaded.getDayDetail === 'function' ? loaded : loaded.default ?? loaded;
}
