/**
 * Every data parameter of every public function — an option bag, a profile, a list, a record, anything typed
 * `unknown` (see `DataShape` in ./surface.ts) — given values of the wrong shape: `null`, a string where a profile
 * goes (`'kunshan'`), a number, an empty object, a list of nulls, a `Set`, an endless iterable, a list that claims
 * 2^32 − 1 elements, fast-check's arbitrary values. The call returns, or throws a CommunityStandardsError: never
 * JavaScript's own TypeError/RangeError, never a hang (an iterable or huge array it walks instead of refusing
 * stops it with a sentinel after a million steps), never a mutation (see ./guard.ts).
 */
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { describeArgs, guardedCall } from './guard.js';
import { hostile } from './hostile.js';
import { exportedFunctions, type Target } from './surface.js';

/** Steps after which a walked iterable or huge array throws the sentinel: far below what a hang would take. */
const BOUND = 1_000_000;

class WalkedTooFar extends Error {
  override name = 'WalkedTooFar';
}

/** An iterable that never ends — until it has been walked {@link BOUND} steps, when it throws the sentinel. */
function endlessIterable(): Iterable<unknown> {
  return {
    *[Symbol.iterator]() {
      for (let i = 0; ; i++) {
        if (i >= BOUND) throw new WalkedTooFar(`walked an endless iterable ${BOUND} steps instead of refusing it`);
        yield { id: `x${i}` };
      }
    },
  };
}

/** An array of length 2^32 − 1 (`Array.isArray` says yes) whose elements throw the sentinel after {@link BOUND} reads. */
function hugeArray(): unknown[] {
  let reads = 0;
  return new Proxy(new Array(2 ** 32 - 1), {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key) && ++reads > BOUND) {
        throw new WalkedTooFar(`read ${BOUND} elements of an array of 2^32 − 1 instead of refusing its length`);
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

/** Values of the wrong shape, built afresh for each call (the guard freezes what it passes). */
const wrongShapes: readonly (readonly [string, () => unknown])[] = [
  ['undefined', () => undefined],
  ['null', () => null],
  ['"kunshan"', () => 'kunshan'],
  ['5', () => 5],
  ['true', () => true],
  ['{}', () => ({})],
  ['[]', () => []],
  ['[null]', () => [null]],
  ['[1, "x"]', () => [1, 'x']],
  ['Set', () => new Set([{ id: 'a' }])],
  ['{ length: 1e9 }', () => ({ length: 1e9 })],
  ['endless iterable', endlessIterable],
  ['2^32 − 1 elements', hugeArray],
];

/** Fast-check runs of arbitrary values per data parameter. */
const RUNS = 20;

const targets = exportedFunctions().filter((t) => t.seeds !== undefined && t.shapes.some((s) => s !== 'other'));

function callWith(target: Target, position: number, value: unknown): void {
  const args = [...(target.seeds?.()[0] ?? [])];
  args[position] = value;
  try {
    guardedCall(target.label, target.fn, args, 'contract');
  } catch (error) {
    throw new Error(`parameter #${position} (${target.shapes[position] ?? "?"}) = ${describeArgs([value]).slice(0, 80)}: ${(error instanceof Error ? error.message : String(error)).slice(-400)}`);
  }
}

describe.each(targets.map((t) => [t.label, t] as const))('%s', (_, target) => {
  // One valid call first: Node defines some globals lazily (a getter that turns into a value on first use), which
  // the guard would otherwise take for the library changing the global object.
  beforeAll(() => {
    for (const args of target.seeds?.() ?? []) target.fn(...(args as never[]));
  });
  const positions = target.shapes.flatMap((s, i) => (s === 'other' || (s === 'unknown' && target.params[i] !== 'unknown') ? [] : [i]));
  it.each(wrongShapes.map(([name, make]) => [name, make] as const))('data parameters given %s', (_name, make) => {
    for (const position of positions) callWith(target, position, make());
  });
  it('data parameters given arbitrary values', () => {
    for (const position of positions) {
      fc.assert(
        fc.property(hostile, (value) => callWith(target, position, value)),
        { numRuns: RUNS },
      );
    }
  });
});
