/**
 * Checking the list arguments of the library's functions: a caller in JavaScript can pass anything where an array
 * is documented — an endless iterable, a `Set`, `new Array(2 ** 32 - 1)`, `[null]`. Each is refused with a typed
 * error before any work is done, so that no call can hang or throw a raw `TypeError`.
 *
 * @module
 */
import { InvalidOptionError } from './errors.js';

/**
 * The longest list a function takes: the model's bound on the records of a kind in a dataset (ten million, as
 * `MAX_RECORDS_PER_KIND`; a test keeps the two equal — this module imports nothing, so that any module may use it).
 *
 * @example
 * ```ts
 * MAX_LIST_LENGTH; //=> 10000000
 * ```
 */
export const MAX_LIST_LENGTH = 10_000_000;

/**
 * The argument, once it is known to be an array (not an iterable, not an array-like) of at most
 * {@link MAX_LIST_LENGTH} elements — and, with `elements`, one whose every element is an object (a record) or a
 * string.
 *
 * @param value - the argument as received
 * @param name - the parameter's name, for the error
 * @param elements - what every element must be: `object` (non-null) or `string`; default anything
 * @returns the array
 * @throws {@link InvalidOptionError} for anything else
 * @example
 * ```ts
 * listArgument([{ id: 'a' }], 'communities', 'object'); //=> [{ id: 'a' }]
 * listArgument(new Set(), 'communities'); // throws InvalidOptionError: communities: expected an array
 * ```
 */
export function listArgument<T>(value: readonly T[], name: string, elements?: 'object' | 'string'): readonly T[] {
  if (!Array.isArray(value)) throw new InvalidOptionError(name, 'expected an array', value);
  if (value.length > MAX_LIST_LENGTH) {
    throw new InvalidOptionError(name, `expected at most ${MAX_LIST_LENGTH} elements, not ${value.length}`, value.length);
  }
  if (elements === 'object') {
    for (let i = 0; i < value.length; i++) {
      const element: unknown = value[i];
      if (typeof element !== 'object' || element === null) throw new InvalidOptionError(`${name}[${i}]`, 'expected an object (a record)', element);
    }
  } else if (elements === 'string') {
    for (let i = 0; i < value.length; i++) {
      const element: unknown = value[i];
      if (typeof element !== 'string') throw new InvalidOptionError(`${name}[${i}]`, 'expected a string', element);
    }
  }
  return value;
}

/**
 * The argument, once it is known to be a function.
 *
 * @param value - the argument as received
 * @param name - the parameter's name, for the error
 * @returns the function
 * @throws {@link InvalidOptionError} for anything else
 * @example
 * ```ts
 * functionArgument(() => [], 'centersOf'); // returns the function
 * ```
 */
export function functionArgument<T>(value: T, name: string): T {
  if (typeof value !== 'function') throw new InvalidOptionError(name, 'expected a function', value);
  return value;
}

/**
 * The argument, once it is known to be an object (not `null`, not a primitive).
 *
 * @param value - the argument as received
 * @param name - the parameter's name, for the error
 * @returns the object
 * @throws {@link InvalidOptionError} for anything else
 * @example
 * ```ts
 * objectArgument({ lon: 121, lat: 31.4 }, 'center'); //=> { lon: 121, lat: 31.4 }
 * objectArgument(null, 'center'); // throws InvalidOptionError
 * ```
 */
export function objectArgument<T>(value: T, name: string): T {
  if (typeof value !== 'object' || value === null) throw new InvalidOptionError(name, 'expected an object', value);
  return value;
}
