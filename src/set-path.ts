/**
 * Setting a nested field of a record built from a flat row (a CSV row, a worksheet row), safely.
 *
 * @module
 */

/**
 * Sets a nested field, creating objects on the way. Keys are defined as own properties, so `__proto__` or
 * `constructor` is only a key. When a value already on the path is not an object (a JSON cell gave a whole object
 * a value of another type), nothing is set.
 *
 * @param target - the record being built (changed in place)
 * @param path - the field's path, e.g. `['households', 'registered']`
 * @param value - the value
 * @example
 * ```ts
 * const record = {};
 * setPath(record, ['households', 'registered'], 1200);
 * record; //=> { households: { registered: 1200 } }
 * ```
 */
export function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i] ?? '';
    let next = Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined;
    if (next === undefined) {
      next = {};
      define(node, key, next);
    }
    if (typeof next !== 'object' || next === null || Array.isArray(next)) return; // a JSON cell holds this path already
    node = next as Record<string, unknown>;
  }
  define(node, path[path.length - 1] ?? '', value);
}

function define(node: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
}
