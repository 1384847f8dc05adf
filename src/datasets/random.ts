/**
 * A small seeded pseudo-random generator, so that generated datasets are the same on every run and machine.
 *
 * @module
 */

/** A seeded generator: `next()` in [0, 1), and helpers built on it. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max], inclusive. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** `true` with probability `p`. */
  chance(p: number): boolean;
}

/**
 * Creates a deterministic generator (mulberry32) from a 32-bit seed.
 *
 * @param seed - any integer; the same seed gives the same sequence
 * @returns the generator
 * @example
 * ```ts
 * const a = createRandom(42); const b = createRandom(42);
 * a.int(1, 6) === b.int(1, 6); //=> true
 * ```
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    chance: (p) => next() < p,
  };
}
