/**
 * `community-standards/time` — opening hours with China's holiday calendar, staggered hours, duty rosters and
 * same-day resolution, all in Asia/Shanghai whatever the host's time zone.
 *
 * Kept out of the main entry because the holiday data (`chinese-days`) is large; the weekly staggered-hours
 * analysis, which needs no holiday data, lives in its own module so the main entry's rules can use it.
 *
 * @packageDocumentation
 */
export {
  holidayCalendar,
  CHINESE_DAYS_VERSION,
  CHINA_HOLIDAYS_FIRST_YEAR,
  CHINA_HOLIDAYS_LAST_YEAR,
} from './china-holidays.js';
export {
  defineHolidayCalendar,
  type HolidayCalendar,
  type HolidayCalendarData,
  type SpecialDay,
  type SpecialDayKind,
} from './holiday-calendar.js';
export {
  calendarDay,
  isHoliday,
  isMakeUpWorkday,
  isWorkingDay,
  holidayName,
  type CalendarDay,
  type CalendarOptions,
  type DateInput,
  type DayKind,
} from './working-day.js';
export {
  openingHoursOn,
  type HolidayHours,
  type MakeUpWorkdayHours,
  type OpeningBasis,
  type OpeningDay,
  type OpeningHoursOptions,
} from './opening-hours.js';
export { isOpen } from './is-open.js';
export {
  staggeredHours,
  type StaggeredCondition,
  type StaggeredDay,
  type StaggeredHoursParams,
  type StaggeredHoursResult,
} from './staggered-hours.js';
export { dutyGaps, type DutyGap, type DutyGapsOptions, type DutyGapsResult } from './duty-gaps.js';
export {
  sameDayResolutionRate,
  type LateCase,
  type SameDayResolution,
  type UnresolvedCase,
} from './same-day-resolution.js';
export { parseClock, formatClock } from './clock.js';
export { parseInstant, shanghaiTime, TIME_ZONE, type ShanghaiTime } from './instant.js';
export {
  timeMessages,
  type TimeMessages,
  type StaggeredSummaryInput,
  type DutyGapSummaryInput,
  type SameDaySummaryInput,
} from './messages.js';
