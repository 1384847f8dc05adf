/**
 * How amounts of money are written in every locale. The formatting logic picks the unit and the exact digits;
 * the words, symbols and scale of each unit live here.
 *
 * @module
 */
import type { Locale } from '../locale.js';
import type { MoneyUnit } from './units.js';

/** How one locale writes amounts of money. */
export interface MoneyWording {
  /**
   * What one of each unit is worth in this locale's wording, as a power of ten of yuan: in zh-CN 万 = 10⁴ and
   * 亿 = 10⁸; English has no words for those, so `en` writes `wan` in millions (10⁶) and `yi` in billions (10⁹).
   */
  readonly yuanExponent: Readonly<Record<MoneyUnit, number>>;
  /** Writes a signed, grouped decimal number (`'-1,370.50'`) in a unit. */
  readonly amount: Readonly<Record<MoneyUnit, (number: string) => string>>;
}

const zhCN: MoneyWording = {
  yuanExponent: { yuan: 0, wan: 4, yi: 8 },
  amount: {
    yuan: (number) => `${number}元`,
    wan: (number) => `${number}万元`,
    yi: (number) => `${number}亿元`,
  },
};

const en: MoneyWording = {
  yuanExponent: { yuan: 0, wan: 6, yi: 9 },
  amount: {
    yuan: (number) => `CNY ${number}`,
    wan: (number) => `CNY ${number} million`,
    yi: (number) => `CNY ${number} billion`,
  },
};

/**
 * Money wording by locale.
 *
 * @example
 * ```ts
 * moneyWording['zh-CN'].amount.wan('500'); //=> '500万元'
 * moneyWording.en.amount.wan('5'); //=> 'CNY 5 million'
 * moneyWording.en.yuanExponent.yi; //=> 9
 * ```
 */
export const moneyWording: Readonly<Record<Locale, MoneyWording>> = { 'zh-CN': zhCN, en };
