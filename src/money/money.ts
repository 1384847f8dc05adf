/**
 * The `Money` value: an exact amount of Chinese yuan held as an integer number of fen (1 元 = 100 分).
 *
 * @module
 */
import { MoneyError } from '../errors.js';

/**
 * 金额: an exact amount of money in integer fen (分; 1 元 = 100 分). Immutable (frozen); never a binary
 * fraction. Negative amounts are allowed (a remainder after a subtraction can be negative); `-0` is stored as `0`.
 * The amount always lies within ±`Number.MAX_SAFE_INTEGER` fen (about ±90 万亿元).
 */
export interface Money {
  /** The amount in fen: a safe integer. */
  readonly fen: number;
}

const MAX_FEN = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Creates a {@link Money} from an integer number of fen.
 *
 * @param fen - the amount in fen: a safe integer (negative allowed)
 * @returns the frozen amount
 * @throws {@link index!MoneyError} when `fen` is not an integer or lies beyond ±`Number.MAX_SAFE_INTEGER`
 * @example
 * ```ts
 * money(137_000); //=> { fen: 137000 } (1,370 元)
 * money(0.5); // throws MoneyError: half a fen does not exist
 * ```
 */
export function money(fen: number): Money {
  if (typeof fen !== 'number' || !Number.isSafeInteger(fen)) {
    throw new MoneyError(`An amount must be a safe integer number of fen, received ${describe(fen)}.`, {
      fen: describe(fen),
    });
  }
  return Object.freeze({ fen: fen === 0 ? 0 : fen });
}

/**
 * Creates a {@link Money} from a number of fen given as a `bigint` (the result of exact arithmetic) or a number.
 *
 * @param fen - the amount in fen
 * @returns the frozen amount
 * @throws {@link index!MoneyError} when the amount is not an integer or lies beyond ±`Number.MAX_SAFE_INTEGER` fen
 * @example
 * ```ts
 * fromFen(34_000_000_000n); //=> { fen: 34000000000 } (3.4亿元)
 * fromFen(2n ** 60n); // throws MoneyError: beyond the safe range
 * ```
 */
export function fromFen(fen: bigint | number): Money {
  if (typeof fen !== 'bigint') return money(fen);
  if (fen > MAX_FEN || fen < -MAX_FEN) {
    throw new MoneyError(`The amount ${fen} fen lies beyond ±${Number.MAX_SAFE_INTEGER} fen.`, { fen: String(fen) });
  }
  return money(Number(fen));
}

/**
 * Checks whether a value is a valid {@link Money}: an object whose `fen` is a safe integer.
 *
 * @param value - anything
 * @returns whether it can be used as a `Money`
 * @example
 * ```ts
 * isMoney(money(590)); //=> true
 * isMoney({ fen: 1.5 }); //=> false
 * ```
 */
export function isMoney(value: unknown): value is Money {
  return typeof value === 'object' && value !== null && Number.isSafeInteger((value as { fen?: unknown }).fen);
}

/**
 * Returns the fen of an argument after checking that it is a {@link Money}; shared by the operations.
 *
 * @internal
 */
export function fenOf(value: Money, argument: string): number {
  if (!isMoney(value)) {
    throw new MoneyError(`Argument "${argument}" is not a Money value (an object with a safe integer "fen").`, {
      argument,
      received: describe(value),
    });
  }
  return value.fen;
}

/** A short description of a value, safe to put in a message. @internal */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value == null) {
    return String(value);
  }
  return typeof value;
}
