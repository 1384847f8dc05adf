/**
 * No fen is lost or created: random sequences of transfers (subtract + add), merges (add), splits (allocate),
 * scalings (multiply with each rounding mode) and totals (sum) over a set of pots, with the exact amount of every
 * pot tracked beside them in BigInt. Scaling is the only operation that changes the grand total, and it must
 * change it by exactly the independently rounded product. An operation whose exact result lies beyond
 * ±(2^53 − 1) fen must throw a MoneyError and leave everything as it was; one within the range must not throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, allocate, isMoney, money, multiply, roundingModes, subtract, sum, type Money, type RoundingMode } from '../../src/money/index.js';
import { MoneyError } from '../../src/index.js';

const MAX = BigInt(Number.MAX_SAFE_INTEGER);
const inRange = (x: bigint) => x <= MAX && x >= -MAX;

/** Floor division for a positive divisor (BigInt `/` truncates toward zero). */
function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n < 0n ? q - 1n : q;
}

/**
 * n / d rounded, worked out from the floor and the remainder — a second method, independent of the library's
 * `divideRounded` (which works from truncation). `half-up` rounds ties away from zero, `down` toward zero.
 */
function rounded(n: bigint, d: bigint, mode: RoundingMode): bigint {
  const [num, den] = d < 0n ? [-n, -d] : [n, d];
  const f = floorDiv(num, den);
  const r = num - f * den; // 0 <= r < den
  if (r === 0n) return f;
  const c = f + 1n;
  switch (mode) {
    case 'floor':
      return f;
    case 'ceil':
      return c;
    case 'down':
      return num < 0n ? c : f;
    case 'half-up':
      return 2n * r > den ? c : 2n * r < den ? f : num < 0n ? f : c;
    case 'half-even':
      return 2n * r > den ? c : 2n * r < den ? f : f % 2n === 0n ? f : c;
  }
}

type Op =
  | { kind: 'transfer'; from: number; to: number; fen: number }
  | { kind: 'merge'; into: number; from: number }
  | { kind: 'split'; pot: number; weights: number[] }
  | { kind: 'scale'; pot: number; numerator: number; denominator: number; mode: RoundingMode }
  | { kind: 'scale-int'; pot: number; factor: number; mode: RoundingMode }
  | { kind: 'total' };

const fen = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, -1, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 2 ** 52) },
);
const mode = fc.constantFrom(...roundingModes);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('transfer' as const), from: fc.nat(), to: fc.nat(), fen }),
  fc.record({ kind: fc.constant('merge' as const), into: fc.nat(), from: fc.nat() }),
  fc.record({ kind: fc.constant('split' as const), pot: fc.nat(), weights: fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 7 }) }),
  fc.record({
    kind: fc.constant('scale' as const),
    pot: fc.nat(),
    numerator: fc.integer({ min: -1_000_000, max: 1_000_000 }),
    denominator: fc.integer({ min: -1_000_000, max: 1_000_000 }).filter((d) => d !== 0),
    mode,
  }),
  fc.record({ kind: fc.constant('scale-int' as const), pot: fc.nat(), factor: fc.integer({ min: -1_000, max: 1_000 }), mode }),
  fc.constant({ kind: 'total' as const }),
);

/** Runs `fn`; if the exact result is out of range it must throw a MoneyError, otherwise it must not throw. */
function expectRepresentable<T>(exact: readonly bigint[], fn: () => T): T | undefined {
  if (exact.every(inRange)) return fn();
  expect(fn).toThrow(MoneyError);
  return undefined;
}

function assertMoney(m: Money): void {
  expect(isMoney(m)).toBe(true);
  expect(Object.is(m.fen, -0)).toBe(false);
}

describe('money: no fen lost or created over any sequence of operations', () => {
  it('transfers, merges, splits, scalings and totals keep the exact BigInt books', () => {
    fc.assert(
      fc.property(fc.array(fen, { minLength: 1, maxLength: 6 }), fc.array(op, { maxLength: 40 }), (start, ops) => {
        const pots: Money[] = start.map((f) => money(f));
        const exact: bigint[] = start.map((f) => BigInt(f));
        let total = exact.reduce((a, b) => a + b, 0n);
        const at = (i: number) => i % pots.length;

        for (const o of ops) {
          switch (o.kind) {
            case 'transfer': {
              const [from, to] = [at(o.from), at(o.to)];
              if (from === to) break;
              const x = money(o.fen);
              const after = [(exact[from] as bigint) - BigInt(o.fen), (exact[to] as bigint) + BigInt(o.fen)];
              const done = expectRepresentable(after, () => [subtract(pots[from] as Money, x), add(pots[to] as Money, x)]);
              if (done === undefined) break;
              [pots[from], pots[to]] = done as [Money, Money];
              [exact[from], exact[to]] = after as [bigint, bigint];
              break;
            }
            case 'merge': {
              const [into, from] = [at(o.into), at(o.from)];
              if (into === from || pots.length < 2) break;
              const merged = (exact[into] as bigint) + (exact[from] as bigint);
              const done = expectRepresentable([merged], () => add(pots[into] as Money, pots[from] as Money));
              if (done === undefined) break;
              pots[into] = done;
              exact[into] = merged;
              pots.splice(from, 1);
              exact.splice(from, 1);
              break;
            }
            case 'split': {
              if (o.weights.every((w) => w === 0)) {
                expect(() => allocate(pots[at(o.pot)] as Money, o.weights)).toThrow(MoneyError);
                break;
              }
              const i = at(o.pot);
              const whole = exact[i] as bigint;
              const parts = allocate(pots[i] as Money, o.weights);
              expect(parts).toHaveLength(o.weights.length);
              const W = o.weights.reduce((a, b) => a + BigInt(b), 0n);
              parts.forEach((p, k) => {
                assertMoney(p);
                // each share is within one fen of its exact share: |part·W − whole·w| < W
                const gap = BigInt(p.fen) * W - whole * BigInt(o.weights[k] as number);
                expect(gap < W && gap > -W).toBe(true);
                if (o.weights[k] === 0) expect(p.fen).toBe(0);
              });
              expect(parts.reduce((a, p) => a + BigInt(p.fen), 0n)).toBe(whole);
              pots.splice(i, 1, ...parts);
              exact.splice(i, 1, ...parts.map((p) => BigInt(p.fen)));
              break;
            }
            case 'scale':
            case 'scale-int': {
              const i = at(o.pot);
              const [n, d] = o.kind === 'scale' ? [BigInt(o.numerator), BigInt(o.denominator)] : [BigInt(o.factor), 1n];
              const expected = rounded((exact[i] as bigint) * n, d, o.mode);
              const ratio = o.kind === 'scale' ? { numerator: o.numerator, denominator: o.denominator } : o.factor;
              const done = expectRepresentable([expected], () => multiply(pots[i] as Money, ratio, o.mode));
              if (done === undefined) break;
              assertMoney(done);
              expect(BigInt(done.fen)).toBe(expected);
              total += expected - (exact[i] as bigint);
              pots[i] = done;
              exact[i] = expected;
              break;
            }
            case 'total': {
              const exactTotal = exact.reduce((a, b) => a + b, 0n);
              const done = expectRepresentable([exactTotal], () => sum(pots));
              if (done !== undefined) expect(BigInt(done.fen)).toBe(exactTotal);
              break;
            }
          }
          // The books balance after every operation: pots equal their exact amounts, and the grand total moved
          // only by what scalings created or destroyed.
          expect(pots.map((p) => BigInt(p.fen))).toEqual(exact);
          expect(exact.reduce((a, b) => a + b, 0n)).toBe(total);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('the second rounding method agrees with worked examples', () => {
    // 7 / 2 = 3.5, −7 / 2 = −3.5, 5 / 2 = 2.5, 7 / 3 = 2.33…, −7 / 3 = −2.33…
    const table: [bigint, bigint, Record<RoundingMode, bigint>][] = [
      [7n, 2n, { 'half-up': 4n, 'half-even': 4n, floor: 3n, ceil: 4n, down: 3n }],
      [-7n, 2n, { 'half-up': -4n, 'half-even': -4n, floor: -4n, ceil: -3n, down: -3n }],
      [5n, 2n, { 'half-up': 3n, 'half-even': 2n, floor: 2n, ceil: 3n, down: 2n }],
      [7n, 3n, { 'half-up': 2n, 'half-even': 2n, floor: 2n, ceil: 3n, down: 2n }],
      [-7n, 3n, { 'half-up': -2n, 'half-even': -2n, floor: -3n, ceil: -2n, down: -2n }],
      [7n, -2n, { 'half-up': -4n, 'half-even': -4n, floor: -4n, ceil: -3n, down: -3n }],
    ];
    for (const [n, d, expected] of table) for (const m of roundingModes) expect(rounded(n, d, m), `${n}/${d} ${m}`).toBe(expected[m]);
  });
});
