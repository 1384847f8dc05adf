/**
 * Writing an amount of money for people: 元, 万元 or 亿元 in Chinese; CNY, million or billion in English.
 *
 * @module
 */
import { optionBag } from '../options.js';
import { InvalidOptionError } from '../errors.js';
import { resolveLocale, type Locale } from '../locale.js';
import { moneyWording, type MoneyWording } from './messages.js';
import { groupThousands, pow10, splitFen } from './decimal.js';
import { fenOf, type Money } from './money.js';
import { AUTO_UNIT_MAX_DECIMALS, moneyUnits, type MoneyUnit } from './units.js';
import type { MoneyError } from '../errors.js';

/** Options of {@link formatMoney}. */
export interface FormatMoneyOptions {
  /** Locale: `'zh-CN'` (default) or `'en'`. */
  readonly locale?: Locale;
  /** Unit: `'yuan'`, `'wan'`, `'yi'`, or `'auto'` (default) to pick one. */
  readonly unit?: MoneyUnit | 'auto';
}

/**
 * Writes an amount exactly (never through a float), in a unit.
 *
 * - **zh-CN** (default): `1,370元`, `500万元`, `3.4亿元`.
 * - **en**: the ISO 4217 code, then the number: `CNY 1,370`. English has no words for 万 and 亿, so the scaled
 *   units are written in English scale words: `'wan'` in millions (`500万元` → `CNY 5 million`) and `'yi'` in
 *   billions (`19亿元` → `CNY 1.9 billion`). `¥` is not used because it also denotes the Japanese yen.
 * - **Digits**: the integer part is grouped by thousands with `,` in every unit. In yuan, an amount with fen
 *   shows exactly two decimals (`1,370.50元`) and a whole amount none (`1,370元`); in the scaled units trailing
 *   zeros are trimmed (`254.7万元`). Every digit of the amount is shown, so the text is always exact and
 *   {@link parseMoney} reads back the same amount. A negative amount has a leading `-` on the number
 *   (`-20万元`, `CNY -200,000`).
 * - **`unit: 'auto'`**: the largest scaled unit (亿元 then 万元; billion then million in English) in which the
 *   amount is at least 1 and needs at most {@link AUTO_UNIT_MAX_DECIMALS} (4) decimals; otherwise yuan. So
 *   `15000` 元 is `1.5万元` but `CNY 15,000`, and `123,456,789` 元 is `12,345.6789万元`.
 *
 * @param amount - the amount
 * @param options - `locale` and `unit`
 * @returns the text
 * @throws {@link index!MoneyError} when `amount` is not a Money value
 * @throws {@link index!InvalidOptionError} for an unknown locale or unit
 * @example
 * ```ts
 * formatMoney(yuan(340_000_000), { unit: 'yi' }); //=> '3.4亿元'
 * formatMoney(yuan(5_000_000)); //=> '500万元'
 * formatMoney(yuan(1370)); //=> '1,370元'
 * formatMoney(yuan('1370.5'), { unit: 'yuan' }); //=> '1,370.50元'
 * formatMoney(yuan(1370), { locale: 'en' }); //=> 'CNY 1,370'
 * formatMoney(yuan(5_000_000), { locale: 'en' }); //=> 'CNY 5 million'
 * ```
 */
export function formatMoney(amount: Money, options: FormatMoneyOptions = {}): string {
  options = optionBag(options);
  const fen = BigInt(fenOf(amount, 'amount'));
  const wording = moneyWording[resolveLocale(options.locale)];
  const unit = options.unit === undefined || options.unit === 'auto' ? autoUnit(fen, wording) : options.unit;
  if (!(moneyUnits as readonly unknown[]).includes(unit)) {
    throw new InvalidOptionError('unit', `expected one of ${moneyUnits.join(', ')}, auto`, unit);
  }
  const { negative, integer, fraction } = splitFen(fen, wording.yuanExponent[unit] + 2, unit === 'yuan' ? 2 : 0);
  const number = `${negative ? '-' : ''}${groupThousands(integer)}${fraction === '' ? '' : `.${fraction}`}`;
  return wording.amount[unit](number);
}

function autoUnit(fen: bigint, wording: MoneyWording): MoneyUnit {
  const magnitude = fen < 0n ? -fen : fen;
  for (const unit of ['yi', 'wan'] as const) {
    const fenExponent = wording.yuanExponent[unit] + 2;
    const step = pow10(fenExponent - AUTO_UNIT_MAX_DECIMALS);
    if (magnitude >= pow10(fenExponent) && magnitude % step === 0n) return unit;
  }
  return 'yuan';
}
