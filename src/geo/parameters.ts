/**
 * The parameters of the 15-minute service circle: their defaults, the GB 50180-2018 figures they are measured
 * against, and the check of the options a caller passes.
 *
 * @module
 */
import type { Citation } from '../citation.js';
import { InvalidOptionError } from '../errors.js';
import { resolveLocale, type Locale } from '../locale.js';

/** The national standard the life-circle distances come from: its table of residential-area levels. */
export const GB_50180_2018: Citation = Object.freeze({
  document: 'GB 50180-2018 城市居住区规划设计标准',
  section: '3.0.4 居住区分级控制规模(表 3.0.4,步行距离)',
});

/**
 * GB 50180-2018's walking distances (步行距离) of the 5-, 10- and 15-minute life circles (生活圈居住区), in metres.
 * These figures are the standard's; the standard gives no walking speed.
 *
 * @example
 * ```ts
 * LIFE_CIRCLE_WALKING_DISTANCES[2]; //=> { minutes: 15, minMetres: 800, maxMetres: 1000 }
 * ```
 */
export const LIFE_CIRCLE_WALKING_DISTANCES = Object.freeze([
  Object.freeze({ minutes: 5, minMetres: 300, maxMetres: 300 } as const),
  Object.freeze({ minutes: 10, minMetres: 500, maxMetres: 500 } as const),
  Object.freeze({ minutes: 15, minMetres: 800, maxMetres: 1000 } as const),
] as const);

/** Default thresholds in minutes: the 5-, 10- and 15-minute life circles of GB 50180-2018. */
export const DEFAULT_CIRCLE_MINUTES: readonly number[] = Object.freeze([5, 10, 15]);

/**
 * Default walking speed, metres per minute: 60 m/min (3.6 km/h) — the `kunshan` profile's `circle.walkingSpeed`
 * (a test keeps the two equal). **Our assumption**, not the standard's: 15 minutes is then 900 m of walking, inside
 * GB 50180-2018's 800–1000 m, at a pace that allows for older residents. 5 and 10 minutes are 300 m and 600 m.
 */
export const DEFAULT_WALKING_SPEED = 60;

/**
 * Default detour factor (route length ÷ great-circle distance): 1.25 — the `kunshan` profile's
 * `circle.detourFactor`. **Our assumption**, a common rule of thumb for urban street networks. Walking distance =
 * great-circle distance × detour factor, so by default 15 minutes (900 m of walking) reaches sites within 720 m as
 * the crow flies.
 */
export const DEFAULT_DETOUR_FACTOR = 1.25;

/** Options of {@link serviceCircleCoverage}. Every number is a profile parameter the caller may pass. */
export interface ServiceCircleOptions {
  /** Thresholds in minutes, each finite and positive, no duplicates; default `[5, 10, 15]`. */
  readonly minutes?: readonly number[] | undefined;
  /** Walking speed in metres per minute, finite and positive; default 66.67 (4 km/h, our assumption). */
  readonly walkingSpeed?: number | undefined;
  /** Route length ÷ great-circle distance, finite and at least 1; default 1.2 (our assumption). */
  readonly detourFactor?: number | undefined;
  /** Message locale: `'zh-CN'` (default) or `'en'`. */
  readonly locale?: Locale | undefined;
}

/** The options after defaults, thresholds sorted ascending. */
export interface ResolvedCircleOptions {
  /** Thresholds in minutes, ascending. */
  readonly minutes: readonly number[];
  /** Walking speed, metres per minute. */
  readonly walkingSpeed: number;
  /** Detour factor (≥ 1). */
  readonly detourFactor: number;
  /** Message locale. */
  readonly locale: Locale;
}

/**
 * Checks the options of {@link serviceCircleCoverage} and fills in the defaults.
 *
 * @param options - the options as received
 * @returns the resolved options, thresholds sorted ascending
 * @throws {@link index!InvalidOptionError} for empty or non-positive thresholds, a speed that is not positive, a detour
 *   factor below 1, or an unknown locale
 * @example
 * ```ts
 * resolveCircleOptions({ minutes: [15, 5] });
 * //=> { minutes: [5, 15], walkingSpeed: 66.66…, detourFactor: 1.2, locale: 'zh-CN' }
 * resolveCircleOptions({ walkingSpeed: -1 }); // throws InvalidOptionError
 * ```
 */
export function resolveCircleOptions(options: ServiceCircleOptions | undefined): ResolvedCircleOptions {
  if (options === undefined) options = {};
  if (typeof options !== 'object' || options === null) throw new InvalidOptionError('options', 'expected an object', options);
  const locale = resolveLocale(options.locale);
  const raw: unknown = options.minutes ?? DEFAULT_CIRCLE_MINUTES;
  if (!Array.isArray(raw) || raw.length === 0) throw new InvalidOptionError('minutes', 'expected a non-empty array of minutes', raw);
  const minutes: number[] = [];
  for (const value of raw as unknown[]) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new InvalidOptionError('minutes', 'every threshold must be a finite number > 0', value);
    }
    if (minutes.includes(value)) throw new InvalidOptionError('minutes', 'thresholds must not repeat', value);
    minutes.push(value);
  }
  minutes.sort((a, b) => a - b);
  const walkingSpeed = options.walkingSpeed ?? DEFAULT_WALKING_SPEED;
  if (typeof walkingSpeed !== 'number' || !Number.isFinite(walkingSpeed) || walkingSpeed <= 0) {
    throw new InvalidOptionError('walkingSpeed', 'expected a finite speed > 0 in metres per minute', walkingSpeed);
  }
  const detourFactor = options.detourFactor ?? DEFAULT_DETOUR_FACTOR;
  if (typeof detourFactor !== 'number' || !Number.isFinite(detourFactor) || detourFactor < 1) {
    throw new InvalidOptionError('detourFactor', 'expected a finite factor >= 1 (a route is never shorter than the great circle)', detourFactor);
  }
  return { minutes, walkingSpeed, detourFactor, locale };
}
