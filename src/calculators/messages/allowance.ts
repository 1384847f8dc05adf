/**
 * The worked notes of the minimum living allowance (低保) and the minimum wage check, in every locale.
 *
 * @module
 */
import type { Locale } from '../../locale.js';
import type { Money } from '../../money/money.js';
import { countText, yuanText } from './format.js';

/** The sentences of the allowance and wage notes. */
export interface AllowanceText {
  /** Title of an allowance. */
  readonly allowanceTitle: (v: { householdId: string | undefined; asOf: string }) => string;
  /** The standard in force. */
  readonly standard: (v: { year: string; standard: Money }) => string;
  /** The household's line: standard × members. */
  readonly threshold: (v: { members: number; standard: Money; threshold: Money }) => string;
  /** The household's income. */
  readonly income: (v: { income: Money }) => string;
  /** The gap formula (an assumption). */
  readonly formula: () => string;
  /** The top-up, when the income is below the line. */
  readonly gap: (v: { threshold: Money; income: Money; amount: Money }) => string;
  /** No top-up: the income reaches the line. */
  readonly noGap: (v: { threshold: Money; income: Money }) => string;
  /** The result. */
  readonly allowanceResult: (v: { amount: Money }) => string;
  /** Why nothing was computed. */
  readonly notComputed: (v: { reason: string }) => string;
  /** Title of a wage check. */
  readonly wageTitle: (v: { asOf: string }) => string;
  /** The minimum wage in force. */
  readonly minimum: (v: { year: string; minimum: Money }) => string;
  /** The wage checked. */
  readonly wage: (v: { wage: Money }) => string;
  /** The comparison. */
  readonly wageResult: (v: { wage: Money; minimum: Money; shortfall: Money; meets: boolean }) => string;
}

const zhCN: AllowanceText = {
  allowanceTitle: ({ householdId, asOf }) => `低保补差测算${householdId === undefined ? '' : `:家庭 ${householdId}`},截至 ${asOf}`,
  standard: ({ year, standard }) => `${year}年低保标准:每人每月 ${yuanText(standard, 'zh-CN')}`,
  threshold: ({ members, standard, threshold }) =>
    `家庭人口 ${countText(members)} 人,保障线 = ${yuanText(standard, 'zh-CN')} × ${countText(members)} = ${yuanText(threshold, 'zh-CN')}`,
  income: ({ income }) => `家庭月收入:${yuanText(income, 'zh-CN')}`,
  formula: () => '计算方法(假设):月补差 = 低保标准 × 家庭人口 − 家庭月收入,不低于零(常用补差法;报告只给出标准)',
  gap: ({ threshold, income, amount }) => `补差 = ${yuanText(threshold, 'zh-CN')} − ${yuanText(income, 'zh-CN')} = ${yuanText(amount, 'zh-CN')}`,
  noGap: ({ threshold, income }) => `家庭月收入 ${yuanText(income, 'zh-CN')} 不低于保障线 ${yuanText(threshold, 'zh-CN')},不予补差`,
  allowanceResult: ({ amount }) => `结论:每月应发低保金 ${yuanText(amount, 'zh-CN')}`,
  notComputed: ({ reason }) => `结论:未测算——${reason}`,
  wageTitle: ({ asOf }) => `最低工资核对:截至 ${asOf}`,
  minimum: ({ year, minimum }) => `${year}年企业最低工资标准:每人每月 ${yuanText(minimum, 'zh-CN')}`,
  wage: ({ wage }) => `月工资:${yuanText(wage, 'zh-CN')}(按最低工资口径计算的工资)`,
  wageResult: ({ wage, minimum, shortfall, meets }) =>
    meets
      ? `结论:${yuanText(wage, 'zh-CN')} ≥ ${yuanText(minimum, 'zh-CN')},符合最低工资标准`
      : `结论:${yuanText(wage, 'zh-CN')} < ${yuanText(minimum, 'zh-CN')},低于最低工资标准,差 ${yuanText(shortfall, 'zh-CN')}`,
};

const en: AllowanceText = {
  allowanceTitle: ({ householdId, asOf }) => `Minimum living allowance${householdId === undefined ? '' : `: household ${householdId}`}, as of ${asOf}`,
  standard: ({ year, standard }) => `Standard in force in ${year}: ${yuanText(standard, 'en')} per person a month`,
  threshold: ({ members, standard, threshold }) =>
    `${countText(members)} member${members === 1 ? '' : 's'}: the household's line is ${yuanText(standard, 'en')} × ${countText(members)} = ${yuanText(threshold, 'en')}`,
  income: ({ income }) => `Household monthly income: ${yuanText(income, 'en')}`,
  formula: () => 'Method (assumption): monthly top-up = standard × members − household monthly income, not below zero (the common gap method; the report gives only the standard)',
  gap: ({ threshold, income, amount }) => `Top-up = ${yuanText(threshold, 'en')} − ${yuanText(income, 'en')} = ${yuanText(amount, 'en')}`,
  noGap: ({ threshold, income }) => `The income of ${yuanText(income, 'en')} reaches the line of ${yuanText(threshold, 'en')}: no top-up`,
  allowanceResult: ({ amount }) => `Result: a monthly allowance of ${yuanText(amount, 'en')}`,
  notComputed: ({ reason }) => `Result: not computed — ${reason}`,
  wageTitle: ({ asOf }) => `Minimum wage check, as of ${asOf}`,
  minimum: ({ year, minimum }) => `Minimum wage in force in ${year}: ${yuanText(minimum, 'en')} per person a month`,
  wage: ({ wage }) => `Monthly wage: ${yuanText(wage, 'en')} (counted as the minimum wage counts it)`,
  wageResult: ({ wage, minimum, shortfall, meets }) =>
    meets
      ? `Result: ${yuanText(wage, 'en')} ≥ ${yuanText(minimum, 'en')}: meets the minimum wage`
      : `Result: ${yuanText(wage, 'en')} < ${yuanText(minimum, 'en')}: below the minimum wage by ${yuanText(shortfall, 'en')}`,
};

/**
 * Allowance and wage notes by locale.
 *
 * @example
 * ```ts
 * allowanceText['zh-CN'].allowanceResult({ amount: yuan(570) }); //=> '结论:每月应发低保金 570元'
 * ```
 */
export const allowanceText: Readonly<Record<Locale, AllowanceText>> = { 'zh-CN': zhCN, en };
