/**
 * The worked notes of the featured-brand budget, in every locale.
 *
 * @module
 */
import type { Locale } from '../../locale.js';
import type { Money } from '../../money/money.js';
import { scaledText } from './format.js';

/** The sentences of the brand budget note. */
export interface BrandBudgetText {
  /** Title. */
  readonly title: (v: { from: number; to: number }) => string;
  /** One year's budget. */
  readonly year: (v: { year: number; amount: Money }) => string;
  /** A year with no budget in force. */
  readonly noBudget: (v: { year: number }) => string;
  /** The total. */
  readonly total: (v: { total: Money; years: number; without: number }) => string;
}

const zhCN: BrandBudgetText = {
  title: ({ from, to }) => `社区特色服务品牌投入:${from}–${to}年`,
  year: ({ year, amount }) => `${year}年:${scaledText(amount, 'zh-CN')}`,
  noBudget: ({ year }) => `${year}年:无有效的年度投入标准,计为 0`,
  total: ({ total, years, without }) => `合计 ${years} 年 ${scaledText(total, 'zh-CN')}${without > 0 ? `(其中 ${without} 年无投入标准,计为 0)` : ''}`,
};

const en: BrandBudgetText = {
  title: ({ from, to }) => `Featured service brand budget, ${from}–${to}`,
  year: ({ year, amount }) => `${year}: ${scaledText(amount, 'en')}`,
  noBudget: ({ year }) => `${year}: no yearly budget in force, counted as 0`,
  total: ({ total, years, without }) =>
    `Total over ${years} year(s): ${scaledText(total, 'en')}${without > 0 ? ` (${without} of them with no budget in force, counted as 0)` : ''}`,
};

/**
 * The brand budget note's sentences, by locale.
 *
 * @example
 * ```ts
 * brandBudgetText['zh-CN'].title({ from: 2005, to: 2013 }); //=> '社区特色服务品牌投入:2005–2013年'
 * ```
 */
export const brandBudgetText: Readonly<Record<Locale, BrandBudgetText>> = { 'zh-CN': zhCN, en };
