/**
 * The worked notes of volunteer service points (服务积分管理), in every locale.
 *
 * @module
 */
import type { Locale } from '../../locale.js';
import type { RoundingMode } from '../../money/rounding.js';
import { countText, quotientText, roundingNames } from './format.js';

/** Points from hundredths of a point: `250` → `2.5`. */
const pts = (centipoints: number) => quotientText(BigInt(centipoints), 100n, 2);
/** Hours from minutes: `150` → `2.5`, `20` → `0.33…`. */
const hrs = (minutes: number) => quotientText(BigInt(minutes), 60n, 2);
/** Whole hours with separators; other hours as written. */
const hourText = (h: number) => (Number.isSafeInteger(h) ? countText(h) : String(h));
const zhStars = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const star = (level: number) => zhStars[level] ?? String(level);

/** The sentences of the points notes. */
export interface PointsText {
  /** Title of an accrual. */
  readonly accrualTitle: (v: { activity: string; serviceId: string; date: string }) => string;
  /** Hours served. */
  readonly served: (v: { minutes: number }) => string;
  /** The per-activity cap. */
  readonly cap: (v: { capMinutes: number; credited: number; capped: boolean }) => string;
  /** The rate. */
  readonly rate: (v: { perHour: string }) => string;
  /** The computation; `exact` is the unrounded points as text. */
  readonly compute: (v: { minutes: number; perHour: string; exact: string; centipoints: number }) => string;
  /** The rounding of points. */
  readonly rounding: (v: { mode: RoundingMode; acted: boolean }) => string;
  /** The validity. */
  readonly validity: (v: { months: number; from: string; expiresOn: string }) => string;
  /** The entry recorded. */
  readonly recorded: (v: { seq: number; centipoints: number }) => string;
  /** Title of a redemption. */
  readonly redemptionTitle: (v: { volunteerId: string; date: string }) => string;
  /** Balance available at a date. */
  readonly available: (v: { date: string; centipoints: number }) => string;
  /** The redemption and the lots it uses. */
  readonly redeemed: (v: { centipoints: number; lots: readonly { seq: number; centipoints: number }[] }) => string;
  /** Balance after. */
  readonly after: (v: { centipoints: number }) => string;
  /** Title of a correction. */
  readonly correctionTitle: (v: { seq: number; date: string }) => string;
  /** The correction's change. */
  readonly corrected: (v: { seq: number; before: number; after: number; delta: number }) => string;
  /** Refused, with the reason. */
  readonly refused: (v: { reason: string }) => string;
  /** Title of a balance. */
  readonly balanceTitle: (v: { volunteerId: string; asOf: string }) => string;
  /** One line of the balance. */
  readonly line: (v: { what: 'accrued' | 'corrected' | 'redeemed' | 'expired'; centipoints: number; count: number }) => string;
  /** One lapsed accrual. */
  readonly lapsed: (v: { seq: number; serviceDate: string; expiresOn: string; centipoints: number }) => string;
  /** The balance identity. */
  readonly balance: (v: { accrued: number; corrected: number; redeemed: number; expired: number; balance: number }) => string;
  /** The next points to lapse. */
  readonly nextExpiry: (v: { date: string; centipoints: number }) => string;
  /** Title of a star level. */
  readonly starTitle: (v: { volunteerId: string; asOf: string }) => string;
  /** Cumulative credited time. */
  readonly cumulative: (v: { minutes: number }) => string;
  /** The thresholds. */
  readonly thresholds: (v: { hours: readonly number[] }) => string;
  /** The level reached and the next one. */
  readonly level: (v: { level: number; next: { level: number; hours: number; minutesToGo: number } | null }) => string;
}

const zhCN: PointsText = {
  accrualTitle: ({ activity, serviceId, date }) => `志愿服务记分:${activity}(服务记录 ${serviceId},${date})`,
  served: ({ minutes }) => `服务时长:${hrs(minutes)} 小时,折合 ${countText(minutes)} 分钟`,
  cap: ({ capMinutes, credited, capped }) =>
    `单次计分上限 ${hrs(capMinutes)} 小时(${countText(capMinutes)} 分钟):${capped ? `超过上限,按 ${countText(credited)} 分钟计` : `未超过,计 ${countText(credited)} 分钟`}`,
  rate: ({ perHour }) => `积分标准:每服务 1 小时积 ${perHour} 分`,
  compute: ({ minutes, perHour, exact, centipoints }) =>
    `计算:${countText(minutes)} ÷ 60 × ${perHour} = ${exact} 分${exact === pts(centipoints) ? '' : `,记 ${pts(centipoints)} 分`}`,
  rounding: ({ mode, acted }) => `舍入:积分计到 0.01 分,${roundingNames['zh-CN'][mode]}${acted ? '' : '(本例无需舍入)'}`,
  validity: ({ months, from, expiresOn }) => `有效期 ${months} 个月:自服务日 ${from} 起算,${expiresOn} 起失效`,
  recorded: ({ seq, centipoints }) => `记入第 ${seq} 笔:+${pts(centipoints)} 分`,
  redemptionTitle: ({ volunteerId, date }) => `积分兑换:志愿者 ${volunteerId},${date}`,
  available: ({ date, centipoints }) => `截至 ${date} 可用余额 ${pts(centipoints)} 分(已扣除失效积分)`,
  redeemed: ({ centipoints, lots }) =>
    `兑换 ${pts(centipoints)} 分,先到期的先使用:${lots.map((l) => `第 ${l.seq} 笔 ${pts(l.centipoints)} 分`).join(',')}`,
  after: ({ centipoints }) => `兑换后余额 ${pts(centipoints)} 分`,
  correctionTitle: ({ seq, date }) => `积分更正:第 ${seq} 笔记分,${date}`,
  corrected: ({ seq, before, after, delta }) =>
    `第 ${seq} 笔原记 ${pts(before)} 分,更正为 ${pts(after)} 分,以新记录${delta >= 0 ? '补记' : '扣回'} ${pts(Math.abs(delta))} 分(原记录不改动)`,
  refused: ({ reason }) => `未记账:${reason}`,
  balanceTitle: ({ volunteerId, asOf }) => `积分余额:志愿者 ${volunteerId},截至 ${asOf}`,
  line: ({ what, centipoints, count }) => {
    const name = { accrued: '累计记分', corrected: '更正', redeemed: '已兑换', expired: '已失效' }[what];
    return `${name}:${pts(centipoints)} 分(${countText(count)} 笔)`;
  },
  lapsed: ({ seq, serviceDate, expiresOn, centipoints }) => `第 ${seq} 笔(${serviceDate} 服务)于 ${expiresOn} 失效,未使用的 ${pts(centipoints)} 分作废`,
  balance: ({ accrued, corrected, redeemed, expired, balance }) =>
    `余额 = 记分 ${pts(accrued)} ${corrected < 0 ? '−' : '+'} 更正 ${pts(Math.abs(corrected))} − 兑换 ${pts(redeemed)} − 失效 ${pts(expired)} = ${pts(balance)} 分`,
  nextExpiry: ({ date, centipoints }) => `最近一批将于 ${date} 失效:${pts(centipoints)} 分`,
  starTitle: ({ volunteerId, asOf }) => `星级志愿者评定:志愿者 ${volunteerId},截至 ${asOf}`,
  cumulative: ({ minutes }) => `累计计分服务时长:${countText(minutes)} 分钟(${hrs(minutes)} 小时)`,
  thresholds: ({ hours }) => `星级标准:累计 ${hours.map(hourText).join('、')} 小时依次为一至${star(hours.length)}星级`,
  level: ({ level, next }) => {
    const now = level === 0 ? '尚未达到一星级' : `为${star(level)}星级志愿者`;
    return next === null ? `结论:${now}(最高星级)` : `结论:${now};距${star(next.level)}星级(${hourText(next.hours)} 小时)尚差 ${hrs(next.minutesToGo)} 小时`;
  },
};

const en: PointsText = {
  accrualTitle: ({ activity, serviceId, date }) => `Volunteer service points: ${activity} (service ${serviceId}, ${date})`,
  served: ({ minutes }) => `Time served: ${hrs(minutes)} hours, that is ${countText(minutes)} minutes`,
  cap: ({ capMinutes, credited, capped }) =>
    `Cap per activity: ${hrs(capMinutes)} hours (${countText(capMinutes)} minutes): ${capped ? `exceeded, ${countText(credited)} minutes credited` : `not exceeded, ${countText(credited)} minutes credited`}`,
  rate: ({ perHour }) => `Rate: ${perHour} point${perHour === '1' ? '' : 's'} per hour of service`,
  compute: ({ minutes, perHour, exact, centipoints }) =>
    `Computation: ${countText(minutes)} ÷ 60 × ${perHour} = ${exact} points${exact === pts(centipoints) ? '' : `; ${pts(centipoints)} credited`}`,
  rounding: ({ mode, acted }) => `Rounding: points are counted to 0.01, ${roundingNames.en[mode]}${acted ? '' : ' (nothing to round here)'}`,
  validity: ({ months, from, expiresOn }) => `Valid for ${months} months from the day of service, ${from}: lapse on ${expiresOn}`,
  recorded: ({ seq, centipoints }) => `Recorded as entry #${seq}: +${pts(centipoints)} points`,
  redemptionTitle: ({ volunteerId, date }) => `Points redemption: volunteer ${volunteerId}, ${date}`,
  available: ({ date, centipoints }) => `Balance available on ${date}: ${pts(centipoints)} points (lapsed points excluded)`,
  redeemed: ({ centipoints, lots }) =>
    `Redeems ${pts(centipoints)} points, those lapsing first used first: ${lots.map((l) => `#${l.seq} ${pts(l.centipoints)}`).join(', ')}`,
  after: ({ centipoints }) => `Balance after: ${pts(centipoints)} points`,
  correctionTitle: ({ seq, date }) => `Points correction: entry #${seq}, ${date}`,
  corrected: ({ seq, before, after, delta }) =>
    `Entry #${seq} credited ${pts(before)} points, corrected to ${pts(after)}: a new entry ${delta >= 0 ? 'adds' : 'takes back'} ${pts(Math.abs(delta))} (the original is left as it was)`,
  refused: ({ reason }) => `Not recorded: ${reason}`,
  balanceTitle: ({ volunteerId, asOf }) => `Points balance: volunteer ${volunteerId}, as of ${asOf}`,
  line: ({ what, centipoints, count }) => {
    const name = { accrued: 'Accrued', corrected: 'Corrections', redeemed: 'Redeemed', expired: 'Lapsed' }[what];
    return `${name}: ${pts(centipoints)} points (${countText(count)} ${count === 1 ? 'entry' : 'entries'})`;
  },
  lapsed: ({ seq, serviceDate, expiresOn, centipoints }) => `Entry #${seq} (service on ${serviceDate}) lapsed on ${expiresOn}: ${pts(centipoints)} unused points void`,
  balance: ({ accrued, corrected, redeemed, expired, balance }) =>
    `Balance = accrued ${pts(accrued)} ${corrected < 0 ? '−' : '+'} corrections ${pts(Math.abs(corrected))} − redeemed ${pts(redeemed)} − lapsed ${pts(expired)} = ${pts(balance)} points`,
  nextExpiry: ({ date, centipoints }) => `Next to lapse, on ${date}: ${pts(centipoints)} points`,
  starTitle: ({ volunteerId, asOf }) => `Star volunteer level: volunteer ${volunteerId}, as of ${asOf}`,
  cumulative: ({ minutes }) => `Cumulative credited service: ${countText(minutes)} minutes (${hrs(minutes)} hours)`,
  thresholds: ({ hours }) => `Star levels: ${hours.map(hourText).join(', ')} cumulative hours for 1 to ${hours.length} stars`,
  level: ({ level, next }) => {
    const now = level === 0 ? 'no star yet' : `a ${level}-star volunteer`;
    const stars = next === null ? '' : `${next.level} star${next.level === 1 ? '' : 's'}`;
    return next === null ? `Result: ${now} (the highest level)` : `Result: ${now}; ${hrs(next.minutesToGo)} hours to go for ${stars} (${hourText(next.hours)} hours)`;
  },
};

/**
 * Points notes by locale.
 *
 * @example
 * ```ts
 * pointsText['zh-CN'].served({ minutes: 150 }); //=> '服务时长:2.5 小时,折合 150 分钟'
 * ```
 */
export const pointsText: Readonly<Record<Locale, PointsText>> = { 'zh-CN': zhCN, en };
