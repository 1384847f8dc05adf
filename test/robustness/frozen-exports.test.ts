/**
 * Every exported object and array of every entry is frozen, all the way down: an exported constant is shared by
 * every caller in the process, so `roundingModes.push('banker')` or `delete recordModels.community` must fail
 * instead of changing the library for everyone.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { resolveRounding } from '../../src/money/rounding.js';
import { roundingModes } from '../../src/money/index.js';
import { validateRecord } from '../../src/index.js';
import { entries } from './surface.js';

/** Paths of the objects and arrays under `value` that are not frozen (zod schemas and functions excepted). */
function unfrozen(value: unknown, path: string, seen = new Set<object>()): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  // zod schemas are the models: they are immutable by design (every method returns a new schema), and freezing
  // them would break zod's own lazy caches.
  if (value instanceof z.ZodType) return [];
  // A RegExp's only own property is lastIndex (its pattern and flags cannot be changed), which zod resets before
  // each use: it cannot be frozen.
  if (value instanceof RegExp) return [];
  const out = Object.isFrozen(value) ? [] : [path];
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (d !== undefined && 'value' in d) out.push(...unfrozen(d.value, `${path}.${String(key)}`, seen));
  }
  return out;
}

describe.each(Object.entries(entries))('%s', (entry, mod) => {
  it('freezes every exported object and array, deeply', () => {
    const found = Object.entries(mod).flatMap(([name, value]) => unfrozen(value, name));
    expect(found, `${entry}: not frozen`).toEqual([]);
  });
});

it('an exported list cannot be changed from outside (issue 17: roundingModes.push made "banker" valid)', () => {
  expect(() => (roundingModes as unknown as string[]).push('banker')).toThrow(TypeError);
  expect(() => resolveRounding('banker')).toThrow();
});

it('validateRecord keeps working whatever a caller tries on the exports', async () => {
  const { recordModels } = await import('../../src/index.js');
  expect(() => delete (recordModels as Record<string, unknown>)['community']).toThrow(TypeError);
  expect(validateRecord('community', {}).ok).toBe(false);
});
