/**
 * Reading a property of untrusted input without throwing: a getter that throws or a revoked proxy gives a marker
 * instead, which the reader turns into an `unreadable_input` issue.
 *
 * @module
 */
import type { PathSegment } from './validation/issue.js';

/**
 * What {@link readSafely} returns when reading throws (a throwing getter, a revoked proxy).
 *
 * @example
 * ```ts
 * if (readSafely(input, 'location') === UNREADABLE) issues.push(unreadable(['location']));
 * ```
 */
export const UNREADABLE: unique symbol = Symbol('unreadable');

/**
 * `target[key]`, or {@link UNREADABLE} when reading it throws.
 *
 * @param target - anything (a record, an array, a proxy)
 * @param key - the property
 * @returns the value, or the marker
 * @example
 * ```ts
 * readSafely({ id: 'a' }, 'id'); //=> 'a'
 * readSafely(new Proxy({}, { get() { throw new Error('no'); } }), 'id'); //=> UNREADABLE
 * ```
 */
export function readSafely(target: unknown, key: PathSegment): unknown {
  try {
    return (target as Record<PathSegment, unknown>)[key];
  } catch {
    return UNREADABLE;
  }
}
