/**
 * The guard around every call of the robustness suite: deep-freeze the arguments, take a structural snapshot of
 * them and of the built-in prototypes, call, and check that the call returned or threw a CommunityStandardsError,
 * left its arguments and the prototypes as they were, and came back in bounded time.
 *
 * Everything here is iterative (no recursion), so that a 100,000-deep input cannot overflow the test's own stack.
 */
import { isCommunityStandardsError } from '../../src/index.js';

/** Longest a single call may take before it counts as a hang (a guard against runaway loops, not a benchmark). */
export const CALL_TIME_LIMIT_MS = 5_000;

/**
 * Deep-freezes a value without recursion. Typed arrays with elements cannot be frozen (their contents are covered
 * by the snapshot instead); Map and Set contents are not protected by freezing either, and are snapshotted too.
 *
 * @param value - anything
 * @returns the same value
 */
export function deepFreeze<T>(value: T): T {
  sealGraph(value);
  return value;
}

/** Graphs already frozen whole and made only of plain objects and arrays: immutable, so never walked again. */
const sealedGraphs = new WeakSet<object>();

/**
 * Deep-freezes a value (see {@link deepFreeze}) and tells whether the graph is now immutable: only objects,
 * arrays and functions, all frozen. Maps, Sets, Dates and typed arrays keep mutable state that freezing does not
 * protect, so a graph holding one is not sealed and must be compared by snapshot.
 *
 * @param value - anything
 * @returns whether the graph is immutable
 */
export function sealGraph(value: unknown): boolean {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return true;
  if (sealedGraphs.has(value)) return true;
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  let sealed = true;
  while (stack.length > 0) {
    const v = stack.pop();
    if ((typeof v !== 'object' && typeof v !== 'function') || v === null || seen.has(v)) continue;
    seen.add(v);
    if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer || v instanceof Map || v instanceof Set || v instanceof Date) sealed = false;
    if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) continue;
    for (const key of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (d !== undefined && 'value' in d) stack.push(d.value);
      else sealed = false; // an accessor may return anything
    }
    if (v instanceof Map) for (const [k, x] of v) stack.push(k, x);
    if (v instanceof Set) for (const x of v) stack.push(x);
    if (typeof v === 'object') Object.freeze(v);
    else if (!Object.isFrozen(v)) sealed = false; // functions are left unfrozen (their properties could change)
  }
  if (sealed) sealedGraphs.add(value);
  return sealed;
}

/**
 * A structural snapshot: a flat list of tokens (compared with `Object.is`) describing every reachable object's
 * prototype, extensibility, own keys with their descriptors, and Map/Set/Date/typed-array contents. Objects are
 * numbered in visiting order, so cycles and sharing are part of the snapshot.
 *
 * @param roots - the values to describe
 * @returns the tokens
 */
export function snapshot(roots: readonly unknown[]): unknown[] {
  const ids = new Map<object, number>();
  const tokens: unknown[] = [];
  const queue: object[] = [];
  const ref = (v: unknown): unknown => {
    if ((typeof v !== 'object' && typeof v !== 'function') || v === null) return v;
    if (typeof v === 'function') return v; // functions are compared by identity, not walked
    let id = ids.get(v);
    if (id === undefined) {
      id = ids.size;
      ids.set(v, id);
      queue.push(v);
    }
    return `#ref${id}`;
  };
  for (const r of roots) tokens.push(ref(r));
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i] as object;
    tokens.push('{', Object.getPrototypeOf(v), Object.isExtensible(v));
    for (const key of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (d === undefined) continue;
      tokens.push(key, d.enumerable, d.configurable);
      if ('value' in d) tokens.push('=', ref(d.value), d.writable);
      else tokens.push('get/set', d.get, d.set);
    }
    if (v instanceof Map) for (const [k, x] of v) tokens.push('map', ref(k), ref(x));
    if (v instanceof Set) for (const x of v) tokens.push('set', ref(x));
    if (v instanceof Date) tokens.push('date', v.getTime());
    if (ArrayBuffer.isView(v)) tokens.push('bytes', ...new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
    if (v instanceof ArrayBuffer) tokens.push('bytes', ...new Uint8Array(v));
    tokens.push('}');
  }
  return tokens;
}

/**
 * The first difference between two snapshots, or `undefined` when they are equal.
 *
 * @param before - the snapshot before the call
 * @param after - the snapshot after
 * @returns a description of the first difference
 */
export function snapshotDifference(before: readonly unknown[], after: readonly unknown[]): string | undefined {
  const n = Math.max(before.length, after.length);
  for (let i = 0; i < n; i++) {
    if (!Object.is(before[i], after[i])) return `token ${i}: ${safeString(before[i]).slice(0, 60)} → ${safeString(after[i]).slice(0, 60)}`;
  }
  return undefined;
}

const PROTOTYPES: readonly [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
  ['Boolean.prototype', Boolean.prototype],
  ['Map.prototype', Map.prototype],
  ['Set.prototype', Set.prototype],
  ['Date.prototype', Date.prototype],
  ['RegExp.prototype', RegExp.prototype],
  ['Error.prototype', Error.prototype],
  ['globalThis', globalThis],
];

/**
 * A shallow snapshot of the built-in prototypes (and the global object): own keys with their descriptors'
 * values, getters and setters, and extensibility. A polluted `Object.prototype` shows up here.
 *
 * @returns the tokens
 */
export function prototypesSnapshot(): unknown[] {
  const tokens: unknown[] = [];
  for (const [name, proto] of PROTOTYPES) {
    tokens.push(name, Object.getPrototypeOf(proto), Object.isExtensible(proto));
    for (const key of Reflect.ownKeys(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, key);
      tokens.push(key, d?.value, d?.get, d?.set, d?.writable, d?.enumerable, d?.configurable);
    }
  }
  return tokens;
}

/** How a guarded call ended. */
export type Outcome =
  | { readonly kind: 'returned'; readonly value: unknown; readonly ms: number }
  | { readonly kind: 'threw'; readonly error: unknown; readonly ms: number };

/**
 * What a call may throw.
 *
 * - `contract`: the arguments are of the declared TypeScript types (with hostile contents), or anything where the
 *   parameter is `unknown`: only a CommunityStandardsError may be thrown.
 * - `misuse`: arguments of the wrong types. A CommunityStandardsError, or JavaScript's own TypeError or
 *   RangeError (a function that trusts its types) — but never a TypeError that comes from writing to a frozen
 *   argument, which is an attempt to mutate the input.
 */
export type CallMode = 'contract' | 'misuse';

const MUTATION_ATTEMPT = /read[- ]only|not extensible|Cannot delete|Cannot redefine|Cannot define property|Cannot assign/i;

/**
 * Whether an error is JavaScript's own reaction to a wrong type (allowed in `misuse` mode), not an attempt to
 * write to a frozen argument.
 *
 * @param error - anything caught
 * @returns whether it is a native TypeError or RangeError that is not a mutation attempt
 */
export function isNativeTypeError(error: unknown): boolean {
  return (error instanceof TypeError || error instanceof RangeError) && !MUTATION_ATTEMPT.test(error.message);
}

/**
 * Calls `fn(...args)` under the guard: deep-freezes the arguments, snapshots them (unless the frozen graph is
 * immutable anyway) and the prototypes, calls, and throws an `Error` describing the violation if the call threw
 * what `mode` does not allow, mutated (or tried to mutate) an argument, changed a prototype or the global object,
 * returned a promise, or took longer than {@link CALL_TIME_LIMIT_MS}.
 *
 * @param label - the function's name, for messages
 * @param fn - the function
 * @param args - the arguments (frozen in place)
 * @param mode - what may be thrown
 * @returns how the call ended
 */
export function guardedCall(label: string, fn: (...args: never[]) => unknown, args: readonly unknown[], mode: CallMode = 'contract'): Outcome {
  const sealed = args.map((a) => sealGraph(a));
  Object.freeze(args);
  const watched = args.filter((_, i) => sealed[i] !== true);
  const before = watched.length > 0 ? snapshot(watched) : [];
  const protoBefore = prototypesSnapshot();
  const start = performance.now();
  let outcome: Outcome;
  try {
    const value = fn(...(args as never[]));
    outcome = { kind: 'returned', value, ms: performance.now() - start };
  } catch (error) {
    outcome = { kind: 'threw', error, ms: performance.now() - start };
  }
  const problems: string[] = [];
  if (outcome.kind === 'threw' && !isCommunityStandardsError(outcome.error) && !(mode === 'misuse' && isNativeTypeError(outcome.error))) {
    const e = outcome.error;
    problems.push(`threw ${e instanceof Error ? `${e.name}: ${e.message.slice(0, 300)}\n${e.stack?.split('\n').slice(1, 6).join('\n') ?? ''}` : safeString(e)}`);
  }
  if (outcome.kind === 'returned' && typeof (outcome.value as { then?: unknown } | null)?.then === 'function') {
    problems.push('returned a thenable (every public function is synchronous)');
  }
  const argDiff = watched.length > 0 ? snapshotDifference(before, snapshot(watched)) : undefined;
  if (argDiff !== undefined) problems.push(`mutated its input (${argDiff})`);
  const protoDiff = snapshotDifference(protoBefore, prototypesSnapshot());
  if (protoDiff !== undefined) problems.push(`changed a built-in prototype or the global object (${protoDiff})`);
  if (outcome.ms > CALL_TIME_LIMIT_MS) problems.push(`took ${Math.round(outcome.ms)} ms (limit ${CALL_TIME_LIMIT_MS} ms)`);
  if (problems.length > 0) throw new Error(`${label}(${describeArgs(args)}) [${mode}] ${problems.join('; ')}`);
  return outcome;
}

/** `String(value)`, except for objects, which `String` can fail on (a null prototype, a throwing `toString`). */
function safeString(value: unknown): string {
  return (typeof value === 'object' && value !== null) || typeof value === 'function' ? `[${typeof value}]` : String(value);
}

/**
 * A short, safe rendering of arguments for failure messages (cycles, huge strings and deep nesting included).
 *
 * @param args - the arguments
 * @returns the rendering
 */
export function describeArgs(args: readonly unknown[]): string {
  return args.map((a) => describeValue(a, 0)).join(', ');
}

function describeValue(v: unknown, depth: number): string {
  if (typeof v === 'string') return v.length > 60 ? `${JSON.stringify(v.slice(0, 40))}…(${v.length} chars)` : JSON.stringify(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'function') return `[function ${v.name}]`;
  if (typeof v !== 'object' || v === null) return String(v);
  if (depth > 3) return '…';
  if (Array.isArray(v)) {
    // No v.slice(): an array with an own `constructor` key (a hostile input) makes slice throw.
    const shown: string[] = [];
    for (let i = 0; i < Math.min(6, v.length); i++) shown.push(describeValue(v[i], depth + 1));
    return `[${shown.join(', ')}${v.length > 6 ? `, …${v.length}` : ''}]`;
  }
  const proto = Object.getPrototypeOf(v) as object | null;
  const tag = proto === null ? 'null-proto ' : proto === Object.prototype ? '' : `${(proto as { constructor?: { name?: string } }).constructor?.name ?? '?'} `;
  const keys = Reflect.ownKeys(v).slice(0, 8);
  return `${tag}{${keys.map((k) => `${String(k)}: ${describeValue((v as Record<PropertyKey, unknown>)[k], depth + 1)}`).join(', ')}}`;
}
