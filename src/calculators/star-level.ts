/**
 * Star volunteer levels (星级志愿者) by cumulative hours of service.
 *
 * @module
 */
import { optionBag } from '../options.js';
import type { Explanation } from '../engine/explanation.js';
import { InvalidOptionError } from '../errors.js';
import { pointsText } from './messages/points.js';
import { pow10, readDecimal } from '../money/decimal.js';
import { divideRounded } from '../money/rounding.js';
import { toIsoDate } from '../profiles/as-of.js';
import { kunshan } from '../profiles/kunshan.js';
import { parameter } from '../profiles/parameter.js';
import type { Profile, ResolvedParameter } from '../profiles/types.js';
import { localized, note, noteStep } from './note.js';
import { checkLedger, type PointsLedger } from './points-ledger.js';
import { replay } from './points-replay.js';
import type { NoValueInForceError } from '../errors.js';

/** Options of {@link starLevel}. */
export interface StarLevelOptions {
  /** The day (required): entries dated later are not counted. */
  readonly asOf: string | Date;
  /** The profile (default `kunshan`). */
  readonly profile?: Profile;
}

/** A volunteer's star level. */
export interface StarLevel {
  /** The volunteer's id. */
  readonly volunteerId: string;
  /** The day, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** Stars reached: 0 (none) to the number of thresholds (5 in `kunshan`). */
  readonly level: number;
  /** Cumulative credited minutes of service (accruals after the per-activity cap, plus corrections). */
  readonly creditedMinutes: number;
  /** The thresholds in force, in hours, one per star. */
  readonly thresholds: readonly number[];
  /** The next level, its threshold in hours and the minutes still to serve; `null` at the top. */
  readonly next: { readonly level: number; readonly hours: number; readonly minutesToGo: number } | null;
  /** The parameter used. */
  readonly parameters: readonly ResolvedParameter[];
  /** The worked note. */
  readonly explanation: Explanation;
}

/**
 * Tells a volunteer's star level by the cumulative hours credited in the ledger up to `asOf`, against
 * `points.starLevels` — in `kunshan` 100, 300, 600, 1,000 and 1,500 hours for one to five stars, taken from
 * public explanations of the national 志愿服务记录办法 *(assumption: not checked against the article text)*.
 * Hours count whether or not their points were redeemed or have lapsed: a star reflects service, not a balance.
 *
 * @param ledger - the volunteer's ledger
 * @param options - `asOf` (required), `profile`
 * @returns the level, the credited time, the next level and the worked note
 * @throws {@link index!InvalidOptionError} for a ledger that is not one, a bad `asOf`, or thresholds that are not an
 *   ascending list of non-negative numbers; {@link index!NoValueInForceError} when no thresholds are in force
 * @example
 * ```ts
 * starLevel(ledgerWith120Hours, { asOf: '2014-01-01' }).level; //=> 1
 * starLevel(ledgerWith120Hours, { asOf: '2014-01-01' }).next; //=> { level: 2, hours: 300, minutesToGo: 10800 }
 * ```
 */
export function starLevel(ledger: PointsLedger, options: StarLevelOptions): StarLevel {
  options = optionBag(options);
  checkLedger(ledger);
  const asOf = toIsoDate(options?.asOf);
  const thresholdsParameter = parameter(options.profile ?? kunshan, 'points.starLevels', asOf);
  const thresholds = thresholdsParameter.value;
  const minutes = Array.isArray(thresholds) ? thresholds.map(hoursToMinutes) : [];
  if (!Array.isArray(thresholds) || minutes.some((m, i) => m === undefined || (i > 0 && m < (minutes[i - 1] ?? 0)))) {
    throw new InvalidOptionError('points.starLevels', 'expected an ascending list of non-negative hours', thresholds);
  }
  const hours = thresholds as readonly number[];
  const creditedMinutes = replay(ledger, asOf).creditedMinutes;
  const level = minutes.filter((m) => m !== undefined && m <= creditedMinutes).length;
  const nextMinutes = minutes[level];
  const nextHours = hours[level];
  const next = nextMinutes === undefined || nextHours === undefined ? null : { level: level + 1, hours: nextHours, minutesToGo: nextMinutes - creditedMinutes };
  const explanation = note(localized(pointsText, (t) => t.starTitle({ volunteerId: ledger.volunteerId, asOf })), [
    noteStep(localized(pointsText, (t) => t.cumulative({ minutes: creditedMinutes }))),
    noteStep(localized(pointsText, (t) => t.thresholds({ hours })), { parameter: thresholdsParameter }),
    noteStep(localized(pointsText, (t) => t.level({ level, next }))),
  ]);
  return { volunteerId: ledger.volunteerId, asOf, level, creditedMinutes, thresholds: hours, next, parameters: [thresholdsParameter], explanation };
}

/** Non-negative hours, read as written, to the nearest minute; `undefined` for anything else. */
function hoursToMinutes(hours: unknown): number | undefined {
  if (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 0) return undefined;
  const decimal = readDecimal(String(hours));
  if (decimal === undefined) return hours < 1 ? 0 : undefined;
  return Number(divideRounded(decimal.digits * 60n, pow10(decimal.decimals), 'half-up'));
}
