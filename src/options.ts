/**
 * Checking an option bag: a caller in JavaScript can pass `null`, a string or an array where the options go.
 *
 * @module
 */
import { InvalidOptionError } from './errors.js';

/**
 * The options as given, once they are known to be an object (not `null`, not an array, not a primitive);
 * `undefined` stands for no options. Each function then checks its own options one by one.
 *
 * @param options - the options as received
 * @returns the options, or `{}` for `undefined`
 * @throws {@link InvalidOptionError} when they are anything but an object or `undefined`
 * @example
 * ```ts
 * optionBag(undefined); //=> {}
 * optionBag(null); // throws InvalidOptionError: options: expected an object
 * ```
 */
export function optionBag<T extends object>(options: T | undefined): T {
  if (options === undefined) return {} as T;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidOptionError('options', 'expected an object (or nothing)', options);
  }
  return options;
}
