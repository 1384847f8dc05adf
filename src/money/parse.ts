/**
 * Reading an amount of money from text: `3.4亿元`, `500万元`, `1,370元`, `¥1,370`, `CNY 5 million`, `8000`.
 *
 * @module
 */
import { MoneyError } from '../errors.js';
import { decimalToFen, readDecimal } from './decimal.js';
import { describe, fromFen, type Money } from './money.js';

/**
 * Longest text {@link parseMoney} reads.
 *
 * @example
 * ```ts
 * parseMoney('1'.repeat(MAX_MONEY_TEXT_LENGTH + 1)); // throws MoneyError (INVALID_MONEY)
 * ```
 */
export const MAX_MONEY_TEXT_LENGTH = 100;

/** Why {@link parseMoney} refused a text; carried in the error's `details.reason`. */
export type ParseMoneyFailure = 'not_a_string' | 'empty' | 'too_long' | 'syntax' | 'fraction_of_fen' | 'out_of_range';

/** Unit words and what one of each is worth, as a power of ten of yuan. */
const UNIT_EXPONENTS: Readonly<Record<string, number>> = {
  '': 0,
  元: 0,
  yuan: 0,
  万: 4,
  万元: 4,
  亿: 8,
  亿元: 8,
  million: 6,
  billion: 9,
};

const PATTERN =
  /^([+-]?)\s*(¥|cny|rmb|人民币)?\s*([+-]?)\s*((?:[1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(元|万\s*元|万|亿\s*元|亿|yuan|million|billion)?$/i;

/**
 * Reads an amount of money from text, exactly (decimal strings and `bigint`, never `parseFloat`).
 *
 * Accepted: an optional sign; an optional currency mark `¥`, `CNY`, `RMB` or `人民币`; a decimal number with
 * optional `,` thousands separators (grouped correctly); an optional unit `元`/`yuan` (or none: yuan),
 * `万`/`万元` (10⁴ 元), `亿`/`亿元` (10⁸ 元), `million` (10⁶ 元) or `billion` (10⁹ 元). Full-width characters
 * (`５００万元`, `￥`, `，`, `．`) are read as their ASCII forms, and spaces (full-width ones too) around the parts
 * and inside a two-character unit are tolerated (`' 3.4 亿 元 '` reads as `3.4亿元`); other look-alike digits (`²`,
 * `①`, `五`) are refused.
 * Decimals are allowed as long as the amount is a whole number of fen after scaling: `0.12345678亿元` is
 * 12,345,678 元, `1.005元` is refused (trailing zeros such as `1.500元` are harmless).
 *
 * @param text - the text
 * @returns the exact amount
 * @throws {@link index!MoneyError} naming the text, with `details.reason` (a {@link ParseMoneyFailure}): for a non-string,
 *   an empty or over-long text, anything that is not one amount (`'3.4.5元'`, `'abc'`, `'NaN'`, `'五百万元'`),
 *   a fraction of a fen, or an amount beyond ±`Number.MAX_SAFE_INTEGER` fen
 * @example
 * ```ts
 * parseMoney('3.4亿元'); //=> { fen: 34000000000 }
 * parseMoney('500万元'); //=> { fen: 500000000 }
 * parseMoney('1,370元'); //=> { fen: 137000 }
 * parseMoney('５００万元'); //=> { fen: 500000000 }
 * parseMoney('CNY 1.9 billion'); //=> { fen: 190000000000 }
 * parseMoney('3.4.5元'); // throws MoneyError: Cannot read an amount of money from "3.4.5元": …
 * ```
 */
export function parseMoney(text: string): Money {
  if (typeof text !== 'string') fail(text, 'not_a_string', 'it is not a string');
  if (text.length > MAX_MONEY_TEXT_LENGTH)
    fail(text, 'too_long', `it is longer than ${MAX_MONEY_TEXT_LENGTH} characters`);
  const normalized = toHalfWidth(text).trim();
  if (normalized === '') fail(text, 'empty', 'it is empty');

  const match = PATTERN.exec(normalized);
  if (match === null || (match[1] !== '' && match[3] !== '')) {
    fail(
      text,
      'syntax',
      "expected one amount such as '1,370元', '1370.5元', '500万元', '3.4亿元', '¥1,370', 'CNY 5 million' or '8000'",
    );
  }
  const sign = match[1] === '-' || match[3] === '-' ? '-' : '';
  const decimal = readDecimal(`${sign}${(match[4] ?? '').replaceAll(',', '')}`);
  const exponent = UNIT_EXPONENTS[(match[5] ?? '').replace(/\s+/g, '').toLowerCase()];
  if (decimal === undefined || exponent === undefined) fail(text, 'syntax', 'the number or unit is malformed');

  const fen = decimalToFen(decimal, exponent);
  if (fen === undefined) {
    fail(text, 'fraction_of_fen', 'it is not a whole number of fen (more than two decimals of a yuan)');
  }
  if (fen > BigInt(Number.MAX_SAFE_INTEGER) || fen < -BigInt(Number.MAX_SAFE_INTEGER)) {
    fail(text, 'out_of_range', `${fen} fen lies beyond ±${Number.MAX_SAFE_INTEGER} fen`);
  }
  return fromFen(fen);
}

/**
 * Full-width ASCII forms (U+FF01–FF5E: `５`, `．`, `，`, `Ｃ`, `％`) and `￥` to their ASCII forms; nothing else.
 *
 * @param text - the text
 * @returns the text with half-width forms
 * @example
 * ```ts
 * toHalfWidth('６１．９％'); //=> '61.9%'
 * ```
 */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replaceAll('\uFFE5', '¥');
}

function fail(text: unknown, reason: ParseMoneyFailure, why: string): never {
  throw new MoneyError(`Cannot read an amount of money from ${describe(text)}: ${why}.`, {
    input: describe(text),
    reason,
  });
}
