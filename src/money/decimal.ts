/**
 * Exact decimal strings ⇄ integer fen, with `bigint` only (never `parseFloat`). Internal to the money module.
 *
 * @module
 * @internal
 */

/** A decimal number as an integer and a count of decimals: `-12.34` is `{ digits: -1234n, decimals: 2 }`. */
export interface Decimal {
  readonly digits: bigint;
  readonly decimals: number;
}

/**
 * Reads a plain decimal (`123`, `-0.5`, `1370.50`); thousands separators, exponents and a bare `.5` are not
 * accepted here.
 *
 * @returns the decimal, or `undefined` when the text is not one
 */
export function readDecimal(text: string): Decimal | undefined {
  const match = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (match === null) return undefined;
  const fraction = match[3] ?? '';
  const digits = BigInt(`${match[2] ?? ''}${fraction}`);
  return { digits: match[1] === '-' ? -digits : digits, decimals: fraction.length };
}

/** 10 to the power `exponent`, as a bigint. */
export function pow10(exponent: number): bigint {
  return 10n ** BigInt(exponent);
}

/**
 * Scales a decimal amount of some unit (`yuanExponent` = 0 for 元, 4 for 万, 8 for 亿, 6 for million…) to fen.
 *
 * @returns the exact fen, or `undefined` when the amount has a fraction of a fen (`1.005` 元)
 */
export function decimalToFen(decimal: Decimal, yuanExponent: number): bigint | undefined {
  const shift = yuanExponent + 2 - decimal.decimals;
  if (shift >= 0) return decimal.digits * pow10(shift);
  const divisor = pow10(-shift);
  return decimal.digits % divisor === 0n ? decimal.digits / divisor : undefined;
}

/**
 * Writes `fen` in a unit worth 10^`fenExponent` fen, exactly. Trailing zeros of the fraction are trimmed, but at
 * least `minDecimals` decimals are kept when there is a fraction at all (so 1370.5 元 is written `1370.50`).
 *
 * @returns the sign, the integer digits and the fraction digits (empty for a whole amount)
 */
export function splitFen(
  fen: bigint,
  fenExponent: number,
  minDecimals: number,
): { readonly negative: boolean; readonly integer: string; readonly fraction: string } {
  const negative = fen < 0n;
  const magnitude = negative ? -fen : fen;
  const unit = pow10(fenExponent);
  const integer = (magnitude / unit).toString();
  let fraction = (magnitude % unit).toString().padStart(fenExponent, '0').replace(/0+$/, '');
  if (fraction !== '' && fraction.length < minDecimals) fraction = fraction.padEnd(minDecimals, '0');
  return { negative, integer, fraction };
}

/** Groups integer digits by thousands: `1370000` → `1,370,000`. */
export function groupThousands(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
