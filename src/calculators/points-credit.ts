/**
 * How many points a service earns, and when they lapse: the rate, the per-activity cap, the rounding and the
 * validity in force on the day of service. Internal to the points calculators.
 *
 * @module
 * @internal
 */
import { addMonths } from 'date-fns/addMonths';
import type { ExplanationStep } from '../engine/explanation.js';
import { InvalidOptionError } from '../errors.js';
import { pointsText } from './messages/points.js';
import { quotientText } from './messages/format.js';
import { pow10, readDecimal } from '../money/decimal.js';
import { divideRounded, resolveRounding } from '../money/rounding.js';
import { parameter } from '../profiles/parameter.js';
import type { Profile, ResolvedParameter } from '../profiles/types.js';
import { localized, noteStep } from './note.js';

/** The points a service earns, with the note's steps. */
export interface Credit {
  readonly servedMinutes: number;
  readonly creditedMinutes: number;
  readonly centipoints: number;
  readonly expiresOn: string;
  readonly parameters: readonly ResolvedParameter[];
  readonly steps: readonly ExplanationStep[];
}

/**
 * Reads hours as the decimal they are written as (`2.5` → 150 minutes, `0.1` → 6, never `0.1 × 60` in binary
 * floating point) and brings them to the nearest whole minute (half up).
 *
 * @returns the minutes, or `undefined` unless the hours are a number from 0 to 24
 */
export function minutesOf(hours: unknown): number | undefined {
  if (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 0 || hours > 24) return undefined;
  const decimal = readDecimal(String(hours));
  if (decimal === undefined) return 0; // written with an exponent: below a millionth of an hour
  return Number(divideRounded(decimal.digits * 60n, pow10(decimal.decimals), 'half-up'));
}

/**
 * The first day points earned on `date` no longer count: `months` calendar months later (date-fns `addMonths`:
 * 2013-01-31 + 1 month is 2013-02-28).
 */
export function expiryDate(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const end = addMonths(new Date(y, m - 1, d, 12), months);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(end.getFullYear()).padStart(4, '0')}-${pad(end.getMonth() + 1)}-${pad(end.getDate())}`;
}

/**
 * Credits `servedMinutes` of service done on `serviceDate`, by the parameters in force that day.
 *
 * @throws {@link index!InvalidOptionError} for a rate, cap or validity that is not a non-negative number (a profile error)
 */
export function creditFor(servedMinutes: number, serviceDate: string, profile: Profile): Credit {
  const rate = parameter(profile, 'points.perHour', serviceDate);
  const cap = parameter(profile, 'points.maxHoursPerActivity', serviceDate);
  const rounding = parameter(profile, 'points.rounding', serviceDate);
  const validity = parameter(profile, 'points.validityMonths', serviceDate);
  const capMinutes = minutesOf(cap.value);
  const perHour = typeof rate.value === 'number' && rate.value >= 0 ? readDecimal(String(rate.value)) : undefined;
  const months = validity.value;
  if (capMinutes === undefined) throw new InvalidOptionError('points.maxHoursPerActivity', 'expected hours from 0 to 24', cap.value);
  if (perHour === undefined) throw new InvalidOptionError('points.perHour', 'expected a non-negative decimal number', rate.value);
  if (typeof months !== 'number' || !Number.isSafeInteger(months) || months < 0) {
    throw new InvalidOptionError('points.validityMonths', 'expected a non-negative integer', months);
  }
  const mode = resolveRounding(rounding.value);
  const creditedMinutes = Math.min(servedMinutes, capMinutes);
  const numerator = BigInt(creditedMinutes) * perHour.digits; // points = numerator / denominator
  const denominator = 60n * pow10(perHour.decimals);
  const centipoints = Number(divideRounded(numerator * 100n, denominator, mode));
  const acted = (numerator * 100n) % denominator !== 0n;
  const expiresOn = expiryDate(serviceDate, months);
  const perHourText = String(rate.value);
  const exact = quotientText(numerator, denominator, 4);
  const steps = [
    noteStep(localized(pointsText, (t) => t.served({ minutes: servedMinutes }))),
    noteStep(localized(pointsText, (t) => t.cap({ capMinutes, credited: creditedMinutes, capped: servedMinutes > capMinutes })), { parameter: cap }),
    noteStep(localized(pointsText, (t) => t.rate({ perHour: perHourText })), { parameter: rate }),
    noteStep(localized(pointsText, (t) => t.compute({ minutes: creditedMinutes, perHour: perHourText, exact, centipoints }))),
    noteStep(localized(pointsText, (t) => t.rounding({ mode, acted })), { parameter: rounding }),
    noteStep(localized(pointsText, (t) => t.validity({ months, from: serviceDate, expiresOn })), { parameter: validity }),
  ];
  return { servedMinutes, creditedMinutes, centipoints, expiresOn, parameters: [rate, cap, rounding, validity], steps };
}
