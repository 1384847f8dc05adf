/**
 * The worked notes of the registered urban unemployment rate, in every locale.
 *
 * @module
 */
import type { Locale } from '../../locale.js';

/** The sentences of the unemployment-rate note. Numbers arrive already written. */
export interface EmploymentText {
  /** Title. */
  readonly title: () => string;
  /** The definition. */
  readonly definition: () => string;
  /** 城镇从业人员 as given. */
  readonly employedGiven: (v: { employed: string }) => string;
  /** 城镇从业人员 from its components. */
  readonly employedSum: (v: { unit: string; rural: string; retirees: string; foreign: string; offPost: string; owners: string; private: string; employed: string }) => string;
  /** The rate. */
  readonly rate: (v: { unemployed: string; employed: string; total: string; percent: string; exact: string }) => string;
  /** The comparison with the report. */
  readonly compare: (v: { percent: string; reported: string; matches: boolean }) => string;
  /** Not computed. */
  readonly notComputed: (v: { reason: string }) => string;
}

const n = (x: string) => x;

const zhCN: EmploymentText = {
  title: () => '城镇登记失业率',
  definition: () => '城镇登记失业率 = 城镇登记失业人员数 ÷ (城镇从业人员 + 城镇登记失业人员数)(国家统计局指标解释)',
  employedGiven: ({ employed }) => `城镇从业人员:${n(employed)} 人`,
  employedSum: (v) =>
    `城镇从业人员 = 城镇单位就业人员 ${v.unit} − 使用的农村劳动力 ${v.rural} − 聘用的离退休人员 ${v.retirees} − 港澳台及外方人员 ${v.foreign} + 不在岗职工 ${v.offPost} + 城镇私营业主、个体户主 ${v.owners} + 城镇私营企业和个体就业人员 ${v.private} = ${v.employed} 人`,
  rate: (v) => `城镇登记失业率 = ${v.unemployed} ÷ (${v.employed} + ${v.unemployed}) = ${v.unemployed} ÷ ${v.total} = ${v.exact} ≈ ${v.percent}%(四舍五入)`,
  compare: ({ percent, reported, matches }) => `报告数:${reported}%;计算数 ${percent}%${matches ? ',一致' : ',不一致'}`,
  notComputed: ({ reason }) => `未计算:${reason}`,
};

const en: EmploymentText = {
  title: () => 'Registered urban unemployment rate',
  definition: () => 'registered urban unemployment rate = registered urban unemployed ÷ (urban employed + registered urban unemployed) (National Bureau of Statistics definition)',
  employedGiven: ({ employed }) => `urban employed: ${n(employed)}`,
  employedSum: (v) =>
    `urban employed = urban unit employees ${v.unit} − rural labour used ${v.rural} − re-employed retirees ${v.retirees} − Hong Kong, Macao, Taiwan and foreign staff ${v.foreign} + off-post staff ${v.offPost} + private business owners and self-employed proprietors ${v.owners} + private and individual business employees ${v.private} = ${v.employed}`,
  rate: (v) => `rate = ${v.unemployed} ÷ (${v.employed} + ${v.unemployed}) = ${v.unemployed} ÷ ${v.total} = ${v.exact} ≈ ${v.percent}% (rounded half up)`,
  compare: ({ percent, reported, matches }) => `the report gives ${reported}%; computed ${percent}%: ${matches ? 'the same' : 'different'}`,
  notComputed: ({ reason }) => `not computed: ${reason}`,
};

/**
 * The unemployment-rate sentences by locale.
 *
 * @example
 * ```ts
 * employmentText.en.compare({ percent: '2.3', reported: '2.3', matches: true }); //=> 'the report gives 2.3%; computed 2.3%: the same'
 * ```
 */
export const employmentText: Readonly<Record<Locale, EmploymentText>> = { 'zh-CN': zhCN, en };
