/**
 * Deep freezing of the library's exported constants and of the objects its `define…` functions return: they are
 * shared by every caller in the process, so none may be changed from outside.
 *
 * @module
 */

/**
 * A copy of `value` frozen all the way down: plain objects (also with a null prototype) and arrays are copied and
 * frozen; functions, regular expressions (zod resets their `lastIndex`, so they cannot be frozen; their pattern
 * cannot be changed anyway), zod schemas and other class instances are kept as they are. A part that is frozen all the way down already is kept as it is (and so keeps its identity:
 * a profile's value can be an exported constant). The input is not changed.
 *
 * @param value - the value
 * @returns the frozen copy
 * @example
 * ```ts
 * const labels = deepFrozen({ urban: { 'zh-CN': '城市社区', en: 'urban community' } });
 * Object.isFrozen(labels.urban); //=> true
 * ```
 */
export function deepFrozen<T>(value: T): T {
  return freeze(value, new Map()) as T;
}

/** Whether an object is copied and frozen (plain objects, arrays, regular expressions) or kept as it is. */
function isData(value: object): boolean {
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === Object.prototype || proto === null;
}

function children(value: object): unknown[] {
  const out: unknown[] = [];
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (d !== undefined && 'value' in d) out.push(d.value);
  }
  return out;
}

/** Whether a value is frozen all the way down already (then it is kept as it is, and keeps its identity). */
function isDeepFrozen(root: object): boolean {
  const seen = new Set<object>();
  const stack: object[] = [root];
  while (stack.length > 0) {
    const value = stack.pop() as object;
    if (seen.has(value) || !isData(value)) continue;
    seen.add(value);
    if (!Object.isFrozen(value)) return false;
    for (const child of children(value)) if (typeof child === 'object' && child !== null) stack.push(child);
  }
  return true;
}

// Iterative, not recursive: a value nested 100,000 deep must not overflow the stack.
function freeze(root: unknown, done: Map<object, unknown>): unknown {
  if (typeof root !== 'object' || root === null || !isData(root) || isDeepFrozen(root)) return root;
  const copyOf = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null || !isData(value)) return value;
    const known = done.get(value);
    if (known !== undefined) return known;
    // A frozen part may be frozen all the way down (an exported constant): keep it, and its identity.
    if (Object.isFrozen(value) && isDeepFrozen(value)) return value;
    const copy = Array.isArray(value) ? [] : (Object.create(Object.getPrototypeOf(value) as object | null) as object);
    done.set(value, copy);
    pending.push([value, copy]);
    return copy;
  };
  const pending: [object, object][] = [];
  const result = copyOf(root);
  const filled: object[] = [];
  while (pending.length > 0) {
    const [source, copy] = pending.pop() as [object, object];
    for (const key of Reflect.ownKeys(source)) {
      const d = Object.getOwnPropertyDescriptor(source, key);
      if (d === undefined) continue;
      if ('value' in d) d.value = copyOf(d.value);
      if (Array.isArray(copy) && key === 'length') continue;
      Object.defineProperty(copy, key, d);
    }
    if (Array.isArray(copy)) copy.length = (source as unknown[]).length; // keep trailing holes
    filled.push(copy);
  }
  for (const copy of filled) Object.freeze(copy);
  return result;
}
