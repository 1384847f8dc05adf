/**
 * How the calculators' worked notes write numbers, amounts, rounding modes and household bases in every locale.
 * Exact throughout: integers and `bigint` only.
 *
 * @module
 */
import type { Locale } from '../../locale.js';
import { groupThousands, splitFen } from '../../money/decimal.js';
import { formatMoney } from '../../money/format.js';
import type { Money } from '../../money/money.js';
import type { RoundingMode } from '../../money/rounding.js';
import type { Basis } from '../../profiles/types.js';

/**
 * Names of the rounding modes, as a civil servant would write them.
 *
 * @example
 * ```ts
 * roundingNames['zh-CN']['half-up']; //=> '四舍五入'
 * ```
 */
export const roundingNames: Readonly<Record<Locale, Readonly<Record<RoundingMode, string>>>> = {
  'zh-CN': { 'half-up': '四舍五入', 'half-even': '四舍六入五成双', floor: '向下取整', ceil: '向上取整', down: '舍去尾数' },
  en: {
    'half-up': 'rounding half up',
    'half-even': 'rounding half to even',
    floor: 'rounding down (toward −∞)',
    ceil: 'rounding up (toward +∞)',
    down: 'dropping the rest',
  },
};

/**
 * What a per-household figure counts, as a noun.
 *
 * @example
 * ```ts
 * basisNames['zh-CN']['resident-households']; //=> '常住户数'
 * ```
 */
export const basisNames: Readonly<Record<Locale, Readonly<Record<Basis, string>>>> = {
  'zh-CN': { 'registered-households': '户籍户数', 'resident-households': '常住户数' },
  en: { 'registered-households': 'registered households', 'resident-households': 'resident households' },
};

/**
 * An amount in yuan, every fen shown: `1,125,000元` / `CNY 1,125,000`.
 *
 * @param amount - the amount
 * @param locale - the locale
 * @returns the text
 * @example
 * ```ts
 * yuanText(yuan(1_125_000), 'en'); //=> 'CNY 1,125,000'
 * ```
 */
export function yuanText(amount: Money, locale: Locale): string {
  return formatMoney(amount, { locale, unit: 'yuan' });
}

/**
 * An amount in the unit people read best: `112.5万元` / `CNY 1.125 million`.
 *
 * @param amount - the amount
 * @param locale - the locale
 * @returns the text
 * @example
 * ```ts
 * scaledText(yuan(1_125_000), 'zh-CN'); //=> '112.5万元'
 * ```
 */
export function scaledText(amount: Money, locale: Locale): string {
  return formatMoney(amount, { locale, unit: 'auto' });
}

/**
 * An integer with thousands separators.
 *
 * @param n - a safe integer or a `bigint`
 * @returns the text, e.g. `7,500`
 * @example
 * ```ts
 * countText(-7500); //=> '-7,500'
 * ```
 */
export function countText(n: number | bigint): string {
  const text = BigInt(n).toString();
  return text.startsWith('-') ? `-${groupThousands(text.slice(1))}` : groupThousands(text);
}

/**
 * An exact quotient written as a decimal: every digit when it ends within `places` decimals, otherwise the first
 * `places` decimals (truncated) followed by `…`.
 *
 * @param numerator - the dividend
 * @param denominator - the divisor, positive
 * @param places - the most decimals to write
 * @returns the text, e.g. `4,014.82…` or `1.619`
 * @example
 * ```ts
 * quotientText(6_500_000n, 1_619n, 2); //=> '4,014.82…' (6,500 ÷ 1.619)
 * quotientText(1_619n, 1_000n, 4); //=> '1.619'
 * ```
 */
export function quotientText(numerator: bigint, denominator: bigint, places: number): string {
  const scale = 10n ** BigInt(places);
  const scaled = (numerator * scale) / denominator;
  const exact = (numerator * scale) % denominator === 0n;
  const { negative, integer, fraction } = splitFen(scaled, places, 0);
  const digits = `${groupThousands(integer)}${fraction === '' ? '' : `.${fraction}`}`;
  return `${negative ? '-' : ''}${digits}${exact ? '' : '…'}`;
}

/**
 * An amount in yuan, followed by the scaled form in brackets when that reads differently:
 * `1,125,000元(112.5万元)`, `CNY 1,125,000 (CNY 1.125 million)`, but `CNY 72,150`.
 *
 * @param amount - the amount
 * @param locale - the locale
 * @returns the text
 * @example
 * ```ts
 * fullText(yuan(1_125_000), 'zh-CN'); //=> '1,125,000元(112.5万元)'
 * fullText(yuan(72_150), 'en'); //=> 'CNY 72,150'
 * ```
 */
export function fullText(amount: Money, locale: Locale): string {
  const plain = yuanText(amount, locale);
  const scaled = scaledText(amount, locale);
  if (scaled === plain) return plain;
  return locale === 'zh-CN' ? `${plain}(${scaled})` : `${plain} (${scaled})`;
}
