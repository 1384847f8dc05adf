/**
 * Mutation of valid argument lists: follow a path into the arguments and change one value there, copying every
 * container on the way (copy-on-write), so that shared objects — the `kunshan` profile, default lists — are never
 * touched.
 *
 * Two flavours:
 * - `contract`: the call stays within the TypeScript signature. Inside a parameter typed `unknown` anything goes
 *   (replace, delete, add a `__proto__` key…); elsewhere a string stays a string (any string: 10 MB, lone
 *   surrogates), a number a number (NaN, ±Infinity, -0, 2^53), an array may lose an element, an option may be
 *   dropped, and an optional parameter (the option bag…) may be left out.
 * - `misuse`: anything, anywhere.
 */
import fc from 'fast-check';
import { hostile, hostileNumber, hostileShortString, hostileString } from './hostile.js';
import { enumerationMembers, type ParamKind } from './surface.js';

const enumerated = enumerationMembers();
/** Keys whose string values are discriminants or enumerations (`kind: 'growth'`, `unit: 'households'`…). */
const enumeratedKeys = new Set(['kind', 'code', 'unit', 'basis', 'reading', 'outcome', 'severity', 'locale', 'rounding', 'programme', 'type', 'day']);

/** What to do at the end of the path. */
export type MutationOp = 'replace' | 'delete' | 'add-key';

/** A mutation, as fast-check generates it. */
export interface Mutation {
  /** Which seed argument list. */
  readonly seed: number;
  /** Child choices, one per level (each taken modulo the number of keys there). */
  readonly path: readonly number[];
  readonly op: MutationOp;
  /** The key to add for `add-key`. */
  readonly key: string;
  /** A value of each kind; the one used depends on what is replaced. */
  readonly values: { readonly anything: unknown; readonly string: string; readonly number: number; readonly bigint: bigint; readonly boolean: boolean };
}

/** Generates mutations; `__proto__` and `constructor` are likely keys to add. */
export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  seed: fc.nat(),
  path: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
  op: fc.constantFrom<MutationOp>('replace', 'replace', 'replace', 'delete', 'add-key'),
  key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'extra'), hostileShortString),
  values: fc.record({
    anything: hostile,
    string: hostileString,
    number: hostileNumber,
    bigint: fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
    boolean: fc.boolean(),
  }),
});

function shallowClone(v: object): object {
  if (Array.isArray(v)) return v.slice();
  if (v instanceof Date) return new Date(v.getTime());
  if (v instanceof Map) return new Map(v);
  if (v instanceof Set) return new Set(v);
  const copy = Object.create(Object.getPrototypeOf(v) as object | null) as object;
  for (const key of Reflect.ownKeys(v)) {
    const d = Object.getOwnPropertyDescriptor(v, key);
    if (d !== undefined) Object.defineProperty(copy, key, 'value' in d ? { ...d, writable: true, configurable: true } : { ...d, configurable: true });
  }
  return copy;
}

const isWalkable = (v: unknown): v is object =>
  typeof v === 'object' && v !== null && !ArrayBuffer.isView(v) && !(v instanceof Map) && !(v instanceof Set) && !(v instanceof Date);

function put(container: object, key: string, value: unknown): void {
  Object.defineProperty(container, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * Walks `path` from `root[first]`, cloning each container, and returns the container and key of the last step.
 * Stops early at a value that cannot be walked into.
 */
function walk(root: unknown[], first: number, path: readonly number[], where: string[]): { container: object; key: string } {
  let container: object = root;
  let key = String(first);
  where.push(key);
  for (const choice of path) {
    const child = (container as Record<string, unknown>)[key];
    if (!isWalkable(child)) break;
    const keys = Object.keys(child);
    if (keys.length === 0) break;
    const copy = shallowClone(child);
    put(container, key, copy);
    container = copy;
    key = keys[choice % keys.length] as string;
    where.push(key);
  }
  return { container, key };
}

/**
 * Applies a mutation to a copy of the argument list.
 *
 * @param args - the valid arguments (not modified)
 * @param m - the mutation
 * @param params - the parameters' kinds; `undefined` for a `misuse` mutation (anything, anywhere)
 * @param optional - which parameters may be `undefined` (a `contract` mutation may leave those out)
 * @returns the mutated copy, and a description of where it struck
 */
export function mutate(
  args: readonly unknown[],
  m: Mutation,
  params?: readonly ParamKind[],
  optional: readonly boolean[] = [],
): { args: unknown[]; where: string } {
  const root = args.slice();
  const [head = 0, ...rest] = m.path;
  if (root.length === 0 || (params === undefined && head % (root.length + 1) === root.length)) {
    // No argument to walk into (or, in misuse mode, sometimes): change the argument list itself.
    if (params === undefined) root.push(m.values.anything);
    return { args: root, where: '(arguments)' };
  }
  const first = head % root.length;
  const kind = params === undefined ? 'misuse' : (params[first] ?? 'typed');
  const where: string[] = [];
  const { container, key } = walk(root, first, rest, where);
  const target = container as Record<string, unknown>;
  const value = target[key];
  const label = `${where.join('.')} (${m.op})`;

  if (kind === 'misuse' || kind === 'unknown') {
    if (m.op === 'delete') {
      if (container === root) put(container, key, undefined); // the argument itself: `undefined` (no shifting)
      else if (Array.isArray(container)) container.splice(Number(key), 1);
      else delete target[key];
    } else if (m.op === 'add-key' && isWalkable(value)) {
      const copy = shallowClone(value);
      if (!Array.isArray(copy) || m.key !== 'length') put(copy, m.key, m.values.anything);
      put(container, key, copy);
    } else {
      // A string field half the time keeps being a string — which may be 10 MB (a spreadsheet cell gone wrong).
      put(container, key, typeof value === 'string' && m.values.boolean ? m.values.string : m.values.anything);
    }
    return { args: root, where: label };
  }

  // Contract: keep the declared types.
  if (container === root && value !== undefined && optional[first] === true && m.op === 'delete') {
    // An optional parameter left out (an option bag, a locale…).
    put(container, key, undefined);
    return { args: root, where: label };
  }
  if (m.op === 'delete' && kind === 'options' && where.length === 2 && !Array.isArray(container)) {
    // An option dropped from the bag itself (not a field deep inside one of its typed values, like a profile).
    delete target[key];
    return { args: root, where: label };
  }
  switch (typeof value) {
    case 'string':
      // A member of an enumeration (inside a typed value) stays; a top-level `string` parameter takes anything.
      if ((container === root && kind === 'string') || (!enumerated.has(value) && !enumeratedKeys.has(key))) put(container, key, m.values.string);
      break;
    case 'number':
      put(container, key, m.values.number);
      break;
    case 'bigint':
      put(container, key, m.values.bigint);
      break;
    case 'boolean':
      put(container, key, m.values.boolean);
      break;
    default:
      if (m.op === 'delete' && Array.isArray(container) && container !== root) container.splice(Number(key), 1);
  }
  return { args: root, where: label };
}
