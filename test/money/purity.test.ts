import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add,
  allocate,
  compare,
  formatMoney,
  max,
  min,
  money,
  multiply,
  roundingModes,
  subtract,
  sum,
  toYuanString,
  type Money,
} from '../../src/money/index.js';
import { deepFreeze } from '../helpers.js';

// ±1e12 fen keeps every product with a ratio up to ±1000 inside the safe range (±9.007e15 fen).
const amount = fc.integer({ min: -1e12, max: 1e12 }).map(money);

describe('purity of the money operations', () => {
  it('property: no operation mutates its arguments, and every result is a new frozen value', () => {
    fc.assert(
      fc.property(
        amount,
        amount,
        fc.array(amount, { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 8 }).filter((w) => w.some((x) => x > 0)),
        fc.record({ numerator: fc.integer({ min: -1000, max: 1000 }), denominator: fc.integer({ min: 1, max: 1000 }) }),
        fc.constantFrom(...roundingModes),
        (a, b, list, weights, ratio, rounding) => {
          const inputs = deepFreeze({
            a,
            b,
            list,
            weights,
            ratio,
            options: { locale: 'en' as const, unit: 'auto' as const },
          });
          const before = JSON.stringify(inputs);
          const results: Money[] = [
            add(inputs.a, inputs.b),
            subtract(inputs.a, inputs.b),
            sum(inputs.list),
            multiply(inputs.a, inputs.ratio, rounding),
            ...allocate(inputs.a, inputs.weights),
            min(inputs.a, ...inputs.list),
            max(inputs.a, ...inputs.list),
          ];
          compare(inputs.a, inputs.b);
          formatMoney(inputs.a, inputs.options);
          toYuanString(inputs.a);
          expect(JSON.stringify(inputs)).toBe(before);
          for (const result of results) expect(Object.isFrozen(result)).toBe(true);
        },
      ),
    );
  });
});
