/**
 * Text of the `community-standards/time` entry, in every locale: labels of its enumerations and summaries of
 * its results. Logic emits codes and numbers; the text lives here.
 *
 * @module
 */
import { deepFrozen } from '../deep-freeze.js';
import type { Locale } from '../locale.js';
import type { Weekday } from '../models/enums.js';
import type { OpeningBasis } from './opening-hours.js';
import type { DayKind } from './working-day.js';

/** What the summary of a staggered-hours analysis receives. */
export interface StaggeredSummaryInput {
  /** Minutes per week outside ordinary office hours. */
  readonly outsideOfficeMinutesPerWeek: number;
  /** Weekend days with opening hours. */
  readonly weekendDays: readonly Weekday[];
  /** Office days open until the evening threshold or later. */
  readonly eveningWeekdays: readonly Weekday[];
  /** Whether both conditions hold. */
  readonly met: boolean;
}

/** What the summary of a duty-gap search receives. */
export interface DutyGapSummaryInput {
  /** First and last day. */
  readonly from: string;
  /** Last day. */
  readonly to: string;
  /** Days that needed a cadre on duty. */
  readonly requiredDays: number;
  /** Days among them without one. */
  readonly gapDays: number;
}

/** What the summary of a same-day resolution rate receives. */
export interface SameDaySummaryInput {
  /** Cases counted. */
  readonly total: number;
  /** Cases resolved the same day. */
  readonly sameDay: number;
  /** Cases resolved later. */
  readonly late: number;
  /** Cases unresolved. */
  readonly unresolved: number;
}

/** Every text of the time entry, for one locale. */
export interface TimeMessages {
  /** Labels of {@link DayKind}. */
  readonly dayKind: Readonly<Record<DayKind, string>>;
  /** Labels of {@link OpeningBasis}. */
  readonly openingBasis: Readonly<Record<OpeningBasis, string>>;
  /** Short weekday names, used in lists. */
  readonly weekday: Readonly<Record<Weekday, string>>;
  /** One line on a staggered-hours analysis. */
  readonly staggeredSummary: (input: StaggeredSummaryInput) => string;
  /** One line on a duty-gap search. */
  readonly dutyGapSummary: (input: DutyGapSummaryInput) => string;
  /** One line on a same-day resolution rate (the rate is computed here from the counts; none when no case). */
  readonly sameDaySummary: (input: SameDaySummaryInput) => string;
}

const percent = (part: number, whole: number): string => `${Math.round((part / whole) * 1000) / 10}%`;
const hours = (minutes: number): string => String(Math.round((minutes / 60) * 10) / 10);

const zhCN: TimeMessages = {
  dayKind: { workday: '工作日', weekend: '周末', holiday: '法定节假日', 'makeup-workday': '调休上班日' },
  openingBasis: {
    exception: '特殊开放安排',
    weekly: '每周开放时间',
    'holiday-closed': '节假日闭馆',
    'holiday-weekend-hours': '节假日按周末时间开放',
    'makeup-weekday-hours': '调休上班日按工作日时间开放',
  },
  weekday: { mon: '周一', tue: '周二', wed: '周三', thu: '周四', fri: '周五', sat: '周六', sun: '周日' },
  staggeredSummary: ({ outsideOfficeMinutesPerWeek, weekendDays, eveningWeekdays, met }) =>
    `错时开放:每周常规办公时间以外开放 ${hours(outsideOfficeMinutesPerWeek)} 小时;` +
    `周末开放:${weekendDays.length > 0 ? weekendDays.map((d) => zhCN.weekday[d]).join('、') : '无'};` +
    `晚间延时:${eveningWeekdays.length > 0 ? eveningWeekdays.map((d) => zhCN.weekday[d]).join('、') : '无'}` +
    `(${met ? '符合' : '不符合'}错时工作制要求)`,
  dutyGapSummary: ({ from, to, requiredDays, gapDays }) =>
    gapDays === 0
      ? `${from} 至 ${to}:应值班 ${requiredDays} 天,每天均有干部值班`
      : `${from} 至 ${to}:应值班 ${requiredDays} 天,其中 ${gapDays} 天无人值班`,
  sameDaySummary: ({ total, sameDay, late, unresolved }) =>
    total === 0
      ? '没有可统计的事件,无法计算当天办结率'
      : `事件 ${total} 件,当天办结 ${sameDay} 件(${percent(
          sameDay,
          total,
        )}),逾期办结 ${late} 件,未办结 ${unresolved} 件`,
};

const en: TimeMessages = {
  dayKind: {
    workday: 'working day',
    weekend: 'weekend',
    holiday: 'public holiday',
    'makeup-workday': 'make-up working day',
  },
  openingBasis: {
    exception: 'exception for the date',
    weekly: 'weekly hours',
    'holiday-closed': 'closed on public holidays',
    'holiday-weekend-hours': 'weekend hours on public holidays',
    'makeup-weekday-hours': 'weekday hours on make-up working days',
  },
  weekday: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
  staggeredSummary: ({ outsideOfficeMinutesPerWeek, weekendDays, eveningWeekdays, met }) =>
    `Staggered hours: open ${hours(outsideOfficeMinutesPerWeek)} h a week outside office hours; ` +
    `weekends: ${weekendDays.length > 0 ? weekendDays.map((d) => en.weekday[d]).join(', ') : 'none'}; ` +
    `evenings: ${eveningWeekdays.length > 0 ? eveningWeekdays.map((d) => en.weekday[d]).join(', ') : 'none'} ` +
    `(${met ? 'meets' : 'does not meet'} the staggered-hours requirement)`,
  dutyGapSummary: ({ from, to, requiredDays, gapDays }) =>
    gapDays === 0
      ? `${from} to ${to}: a cadre was on duty on all ${requiredDays} required days`
      : `${from} to ${to}: no cadre on duty on ${gapDays} of ${requiredDays} required days`,
  sameDaySummary: ({ total, sameDay, late, unresolved }) =>
    total === 0
      ? 'No cases to count: there is no same-day resolution rate'
      : `${total} cases: ${sameDay} resolved the same day (${percent(
          sameDay,
          total,
        )}), ${late} later, ${unresolved} unresolved`,
};

/**
 * Texts of the time entry by locale.
 *
 * @example
 * ```ts
 * timeMessages['zh-CN'].dayKind['makeup-workday']; //=> '调休上班日'
 * timeMessages.en.sameDaySummary({ total: 4, sameDay: 3, late: 1, unresolved: 0 });
 * //=> '4 cases: 3 resolved the same day (75%), 1 later, 0 unresolved'
 * ```
 */
export const timeMessages: Readonly<Record<Locale, TimeMessages>> = /* @__PURE__ */ deepFrozen({ 'zh-CN': zhCN, en });
