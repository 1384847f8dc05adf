/**
 * The worked notes of indicator arithmetic (previous year's figures from growth rates), in every locale.
 *
 * @module
 */
import type { IndicatorUnit } from '../indicator-unit.js';
import type { Locale } from '../../locale.js';
import type { RoundingMode } from '../../money/rounding.js';
import { roundingNames } from './format.js';

/** The sentences of the indicator notes. Numbers arrive already written (exact decimals, amounts with units). */
export interface IndicatorsText {
  /** Units of counted indicators. */
  readonly unit: Readonly<Record<IndicatorUnit, string>>;
  /** Title of a previous-from-growth computation. */
  readonly growthTitle: () => string;
  /** The current figure. */
  readonly current: (v: { current: string }) => string;
  /** The growth rate. */
  readonly rate: (v: { rate: string }) => string;
  /** The division. */
  readonly divide: (v: { current: string; rate: string; factor: string; exact: string }) => string;
  /** The rounding. */
  readonly round: (v: { mode: RoundingMode; money: boolean; previous: string; acted: boolean }) => string;
  /** Checking back: previous × factor. */
  readonly check: (v: { previous: string; factor: string; back: string }) => string;
  /** Title of an indicator's previous-year figure. */
  readonly indicatorTitle: (v: { label: string; year: number }) => string;
  /** The source. */
  readonly source: (v: { citation: string }) => string;
  /** An assumption about the indicator. */
  readonly assumption: (v: { text: string }) => string;
  /** The previous figure from an absolute increase. */
  readonly increase: (v: { current: string; by: string; previous: string }) => string;
}

const zhCN: IndicatorsText = {
  unit: { households: '户', people: '人', 'person-times': '人次', establishments: '家', dwellings: '套', 'square-metres': '平方米' },
  growthTitle: () => '由本年数和增长率推算上年数',
  current: ({ current }) => `本年数:${current}`,
  rate: ({ rate }) => `比上年增长:${rate}`,
  divide: ({ current, rate, factor, exact }) => `上年数 = 本年数 ÷ (1 + ${rate}) = ${current} ÷ ${factor} = ${exact}`,
  round: ({ mode, money, previous, acted }) =>
    `${money ? '取到分' : '取整'}(${roundingNames['zh-CN'][mode]}):${previous}${acted ? '' : '(恰为整数,无需舍入)'}`,
  check: ({ previous, factor, back }) => `验算:${previous} × ${factor} = ${back}`,
  indicatorTitle: ({ label, year }) => `${label}:推算 ${year} 年数`,
  source: ({ citation }) => `依据:${citation}`,
  assumption: ({ text }) => `假设:${text}`,
  increase: ({ current, by, previous }) => `上年数 = 本年数 − 比上年增加额 = ${current} − ${by} = ${previous}`,
};

const en: IndicatorsText = {
  unit: { households: 'households', people: 'people', 'person-times': 'person-times', establishments: 'establishments', dwellings: 'dwellings', 'square-metres': 'm²' },
  growthTitle: () => "Last year's figure from this year's and its growth rate",
  current: ({ current }) => `This year: ${current}`,
  rate: ({ rate }) => `Growth on last year: ${rate}`,
  divide: ({ current, rate, factor, exact }) => `Last year = this year ÷ (1 + ${rate}) = ${current} ÷ ${factor} = ${exact}`,
  round: ({ mode, money, previous, acted }) =>
    `${money ? 'To the fen' : 'To a whole number'} (${roundingNames.en[mode]}): ${previous}${acted ? '' : ' (exact, nothing to round)'}`,
  check: ({ previous, factor, back }) => `Check: ${previous} × ${factor} = ${back}`,
  indicatorTitle: ({ label, year }) => `${label}: the ${year} figure, derived`,
  source: ({ citation }) => `Source: ${citation}`,
  assumption: ({ text }) => `Assumption: ${text}`,
  increase: ({ current, by, previous }) => `Last year = this year − the increase = ${current} − ${by} = ${previous}`,
};

/**
 * Indicator notes by locale.
 *
 * @example
 * ```ts
 * indicatorsText['zh-CN'].rate({ rate: '61.9%' }); //=> '比上年增长:61.9%'
 * ```
 */
export const indicatorsText: Readonly<Record<Locale, IndicatorsText>> = { 'zh-CN': zhCN, en };
