/**
 * The radius of the 15-minute community service circle (15分钟社区服务圈), from the profile's parameters.
 *
 * @module
 */
import { ProfileDefinitionError } from '../errors.js';
import { parameter } from '../profiles/parameter.js';
import type { Profile, ResolvedParameter } from '../profiles/types.js';

/** The service circle's parameters in force, and the straight-line radius they give. */
export interface ServiceCircle {
  /** Walking time, minutes (`circle.minutes`). */
  readonly minutes: number;
  /** Walking speed, metres per minute (`circle.walkingSpeed`). */
  readonly walkingSpeed: number;
  /** Route length ÷ straight-line distance, at least 1 (`circle.detourFactor`). */
  readonly detourFactor: number;
  /** minutes × walkingSpeed ÷ detourFactor, metres. */
  readonly radiusMetres: number;
  /** The three parameters as resolved, with their citations or assumption notes. */
  readonly parameters: readonly ResolvedParameter[];
}

/**
 * Resolves the service circle's radius: a walk of `circle.minutes` at `circle.walkingSpeed` covers
 * minutes × speed metres of route, and a route is `circle.detourFactor` times the straight line, so the circle
 * around a centre has the straight-line radius
 *
 * radius = minutes × walkingSpeed ÷ detourFactor.
 *
 * With the `kunshan` profile: 15 min × 60 m/min ÷ 1.25 = 720 m.
 *
 * @param profile - the profile, e.g. `kunshan`
 * @param asOf - the date, `YYYY-MM-DD`
 * @returns the parameters and the radius
 * @throws `UnknownParameterError` when the profile lacks one of the three; `NoValueInForceError` when one has no
 *   value at `asOf`; {@link ProfileDefinitionError} when a value is not a positive number (a detour factor below 1)
 * @example
 * ```ts
 * serviceCircle(kunshan, '2013-06-30').radiusMetres; //=> 720
 * ```
 */
export function serviceCircle(profile: Profile, asOf: string): ServiceCircle {
  const minutes = parameter(profile, 'circle.minutes', asOf);
  const walkingSpeed = parameter(profile, 'circle.walkingSpeed', asOf);
  const detourFactor = parameter(profile, 'circle.detourFactor', asOf);
  const m = positive(minutes, 0);
  const v = positive(walkingSpeed, 0);
  const d = positive(detourFactor, 1);
  return { minutes: m, walkingSpeed: v, detourFactor: d, radiusMetres: (m * v) / d, parameters: [minutes, walkingSpeed, detourFactor] };
}

function positive(resolved: ResolvedParameter, floor: number): number {
  const { value } = resolved;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value < floor) {
    throw new ProfileDefinitionError(`Parameter "${resolved.id}" must be a finite number > 0${floor > 0 ? ` and >= ${floor}` : ''}.`, {
      id: resolved.id,
      profile: resolved.profile,
    });
  }
  return value;
}
