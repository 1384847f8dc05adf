/**
 * Every public function of every browser-safe entry — every subpath of package.json's "exports" but `/cli` (a Node
 * program over files, tested on its own) — and the functions they return, given hostile
 * arguments: arbitrary JSON and JavaScript values, edge numbers (NaN, ±Infinity, -0, 2^53), `__proto__`/`constructor`
 * keys, 10 MB strings, 100,000-deep nesting and cycles — as whole arguments and planted inside valid calls.
 *
 * Whatever the arguments, no function may mutate them, touch a built-in prototype or the global object, return a
 * promise, or run away (see ./guard.ts). What it may throw depends on whether the call keeps to the TypeScript
 * signature:
 *
 * - **contract** — arguments of the declared types with hostile contents — any string where a string goes (10 MB,
 *   lone surrogates; members of an enumeration stay members), any number (NaN, ±Infinity, -0, 2^53), array
 *   elements and options dropped, optional parameters left out — and anything at all where a parameter is typed
 *   `unknown` (the untrusted-data entry points: `validateRecord`, `validateDataset`, `check`, `toHsds`,
 *   `decideAccess`…): only a CommunityStandardsError.
 * - **misuse** — arguments of the wrong types (a bigint where a `Share` belongs…): a CommunityStandardsError, or
 *   JavaScript's own TypeError/RangeError from a function that trusts its types. The functions that do are listed
 *   when the suite ends, so that the list is visible; it is not a failure.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isCommunityStandardsError } from '../../src/index.js';
import { browserEntrySpecifiers } from '../helpers.js';
import { describeArgs, guardedCall, isNativeTypeError, type CallMode, type Outcome } from './guard.js';
import { bigStrings, hostileArgs, structuralExtremes } from './hostile.js';
import { mutate, mutationArb } from './mutate.js';
import { entries, exportedFunctions, returnedFunctions, type Target } from './surface.js';

/** Mutated valid calls within the signature, per function. */
const CONTRACT_RUNS = 80;
/** Random argument lists, per function. */
const MISUSE_RUNS = 30;
/** Mutated valid calls with anything anywhere, per function. */
const MISUSE_MUTATION_RUNS = 30;

const targets: Target[] = [...exportedFunctions(), ...returnedFunctions()];
/** Functions that threw a CommunityStandardsError although their TSDoc has no `@throws`. */
const undocumentedThrows = new Map<string, string>();
/** Functions that threw a native TypeError/RangeError on misuse. */
const nativeOnMisuse = new Map<string, string>();

/**
 * Runs a property and, on failure, reports the guard's own message with the shrunk counterexample (fast-check's
 * default report keeps the cause out of the first lines).
 */
function holds<T>(arb: fc.Arbitrary<T>, predicate: (value: T) => void, numRuns: number): void {
  const details = fc.check(fc.property(arb, predicate), { numRuns });
  if (details.failed) {
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`${cause}\n(counterexample ${fc.stringify(details.counterexample).slice(0, 300)}, seed ${details.seed}, path "${details.counterexamplePath ?? ''}")`);
  }
}

function call(target: Target, args: readonly unknown[], mode: CallMode): Outcome {
  const outcome = guardedCall(target.label, target.fn, args, mode);
  if (outcome.kind === 'threw') {
    const { error } = outcome;
    if (isCommunityStandardsError(error) && !target.documentsThrows && !undocumentedThrows.has(target.label)) {
      undocumentedThrows.set(target.label, `${error.name} (${error.code}) for (${describeArgs(args).slice(0, 160)})`);
    }
    if (isNativeTypeError(error) && !nativeOnMisuse.has(target.label)) {
      nativeOnMisuse.set(target.label, `${(error as Error).name}: ${(error as Error).message.slice(0, 100)} for (${describeArgs(args).slice(0, 120)})`);
    }
  }
  return outcome;
}

it('finds the public surface: over a hundred exported functions across the browser-safe entries', () => {
  const fromEntries = new Set(exportedFunctions().map((t) => t.label.split(':')[0]));
  // Every module entry of package.json but the CLI: a new entry left out of ./surface.ts fails here.
  expect(new Set(Object.keys(entries))).toEqual(new Set(browserEntrySpecifiers()));
  // Every entry exports functions, but `community-standards/rules`, which exports rule objects (their functions
  // are reached through `check`, tested with the rules).
  const functionless = new Set(['community-standards/rules']);
  expect(fromEntries).toEqual(new Set(browserEntrySpecifiers().filter((e) => !functionless.has(e))));
  expect(exportedFunctions().length).toBeGreaterThan(100);
  expect(targets.length).toBeGreaterThan(110);
});

describe('every seed call is valid (so that mutations start from a call that works)', () => {
  const seeded = targets.filter((t) => t.seeds !== undefined);
  it.each(seeded.map((t) => [t.label, t] as const))('%s', (_, target) => {
    for (const args of target.seeds?.() ?? []) {
      const outcome = call(target, args, 'contract');
      expect(outcome.kind, `${target.label}(${describeArgs(args)}) threw ${outcome.kind === 'threw' ? String(outcome.error) : ''}`).toBe('returned');
    }
  });
});

describe.each(targets.map((t) => [t.label, t] as const))('%s', (_, target) => {
  const seeds = target.seeds;

  if (seeds !== undefined) {
    it('contract: valid calls with hostile contents of the declared types', () => {
      holds(
        mutationArb,
        (m) => {
          const list = seeds();
          const { args, where } = mutate(list[m.seed % list.length] ?? [], m, target.params, target.optional);
          try {
            call(target, args, 'contract');
          } catch (error) {
            throw new Error(`at ${where}: ${error instanceof Error ? error.message : String(error)}`);
          }
        },
        CONTRACT_RUNS,
      );
    });

    it('contract: 10 MB strings where a string goes, and cycles, deep nesting and __proto__ keys where anything goes', () => {
      const base = seeds()[0] ?? [];
      target.params.forEach((kind, position) => {
        const values = kind === 'string' ? bigStrings : kind === 'unknown' ? [...bigStrings, ...structuralExtremes] : [];
        for (const value of values) {
          const args = [...base];
          args[position] = value;
          call(target, args, 'contract');
        }
      });
    });
  }

  it('misuse: arbitrary arguments', () => {
    holds(hostileArgs(target.maxArgs), (args) => void call(target, args, 'misuse'), MISUSE_RUNS);
  });

  it('misuse: cycles, 100,000-deep nesting and __proto__ keys in each argument position', () => {
    const base = seeds?.()[0] ?? [];
    for (let position = 0; position < Math.max(1, target.params.length); position++) {
      for (const value of structuralExtremes) {
        const args = [...base];
        args[position] = value;
        call(target, args, 'misuse');
      }
    }
  });

  if (seeds !== undefined) {
    it('misuse: valid calls with anything planted anywhere', () => {
      holds(
        mutationArb,
        (m) => {
          const list = seeds();
          const { args, where } = mutate(list[m.seed % list.length] ?? [], m);
          try {
            call(target, args, 'misuse');
          } catch (error) {
            throw new Error(`at ${where}: ${error instanceof Error ? error.message : String(error)}`);
          }
        },
        MISUSE_MUTATION_RUNS,
      );
    });
  }
});

afterAll(() => {
  const list = (m: Map<string, string>) => [...m].map(([k, v]) => `  ${k}: ${v}`).join('\n');
  if (undocumentedThrows.size > 0) {
    console.warn(`${undocumentedThrows.size} functions threw a CommunityStandardsError without a @throws in their TSDoc:\n${list(undocumentedThrows)}`);
  }
  if (nativeOnMisuse.size > 0) {
    console.warn(`${nativeOnMisuse.size} functions threw JavaScript's own TypeError/RangeError when given arguments of the wrong types:\n${list(nativeOnMisuse)}`);
  }
});
