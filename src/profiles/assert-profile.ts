/**
 * Checking that a value is a profile: a caller in JavaScript (or reading JSON) can pass anything.
 *
 * @module
 */
import { InvalidOptionError } from '../errors.js';
import type { Profile } from './types.js';

/**
 * How many profiles a chain of `extends` may hold (a cycle, or a chain this long, is not a profile).
 *
 * @example
 * ```ts
 * MAX_PROFILE_DEPTH; //=> 64
 * ```
 */
export const MAX_PROFILE_DEPTH = 64;

/**
 * The value, once it looks like a profile all the way down its `extends` chain: an object with a string `id` and
 * a `parameters` object, at most {@link MAX_PROFILE_DEPTH} deep, no cycle. A string such as `'kunshan'` is refused:
 * pass the profile object.
 *
 * @param value - the value
 * @param option - the option's name, for the message (default `profile`)
 * @returns the profile
 * @throws {@link InvalidOptionError} for anything that is not a profile
 * @example
 * ```ts
 * assertProfile(kunshan).id; //=> 'kunshan'
 * assertProfile('kunshan'); // throws InvalidOptionError: expected a profile object such as kunshan
 * ```
 */
export function assertProfile(value: unknown, option = 'profile'): Profile {
  const refuse = (why: string): never => {
    throw new InvalidOptionError(option, why, value);
  };
  let p: unknown = value;
  for (let depth = 0; depth === 0 || p !== undefined; depth++) {
    if (depth >= MAX_PROFILE_DEPTH) refuse(`its extends chain is longer than ${MAX_PROFILE_DEPTH} profiles (or a cycle)`);
    if (typeof p !== 'object' || p === null || Array.isArray(p)) {
      refuse(typeof value === 'string' ? `expected a profile object such as kunshan, not the string "${value.slice(0, 40)}"` : 'expected a profile object such as kunshan');
    }
    const profile = p as Record<string, unknown>;
    if (typeof profile['id'] !== 'string' || typeof profile['parameters'] !== 'object' || profile['parameters'] === null) {
      refuse('expected a profile object such as kunshan (with an id and parameters)');
    }
    p = profile['extends'];
  }
  return value as Profile;
}
