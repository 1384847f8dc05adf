/**
 * The profile option of the library's functions: `kunshan` by default, else a checked profile object.
 *
 * @module
 */
import { assertProfile } from './assert-profile.js';
import { kunshan } from './kunshan.js';
import type { Profile } from './types.js';
import type { InvalidOptionError } from '../errors.js';

/**
 * The profile an option names: `kunshan` when it is `undefined`, else the value itself once {@link assertProfile}
 * accepts it. A string such as `'kunshan'` is refused: pass the profile object.
 *
 * @param value - the option's value
 * @param option - the option's name, for the message (default `profile`)
 * @returns the profile
 * @throws {@link InvalidOptionError} for anything that is not a profile
 * @example
 * ```ts
 * profileOption(undefined).id; //=> 'kunshan'
 * profileOption('kunshan'); // throws InvalidOptionError: expected a profile object such as kunshan
 * ```
 */
export function profileOption(value: unknown, option = 'profile'): Profile {
  return value === undefined ? kunshan : assertProfile(value, option);
}
