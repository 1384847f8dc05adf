/**
 * Kunshan parameters: Money: funds, budgets, allowance and wage, all in integer fen (spec §4).
 *
 * @module
 */
import { kunshanReport as report } from '../../citation.js';
import { assume } from './assume.js';
import type { ParameterSpecs } from './specs.js';

const RAISE_DATE = assume(
  '报告说“提高到”,未给出调整日期;取报告年份 2013 年 1 月 1 日为起点,早于此日期的查询会报错而不是沿用此值。',
  'The report says "raised to" without a date; we start the value on 2013-01-01, the report’s year, so that earlier dates fail instead of reusing it.',
);

/**
 * Money: funds, budgets, allowance and wage, all in integer fen — part of the `kunshan` profile.
 *
 * @example
 * ```ts
 * Object.keys(moneyParameters).length > 0; //=> true
 * ```
 */
export const moneyParameters: ParameterSpecs = {
  // §4 money (fen)
  'funding.communityWork': {
    label: { 'zh-CN': '社区工作经费拨付标准', en: 'Community work funds' },
    unit: 'fen-per-100-households',
    values: [
      {
        from: '2005-01-01',
        to: '2011-12-31',
        value: 800_000,
        basis: 'registered-households',
        citation: report(7, '社区工作经费拨付标准从原来的每百户户籍人口8000元'),
        assumption: assume(
          '报告只说“原来”,未给出起始年份;取报告资金段最早提到的 2005 年为本数据的起点。',
          'The report says only "previously" and gives no start; we start it in 2005, the earliest year its funding paragraph mentions.',
        ),
      },
      {
        from: '2012-01-01',
        value: 1_500_000,
        basis: 'resident-households',
        citation: report(7, '从2012年,昆山将社区工作经费拨付标准……调整为每百户常住人口1.5万元'),
      },
    ],
  },
  'funding.featuredBrands': {
    label: { 'zh-CN': '社区特色服务品牌投入', en: 'Featured service brands budget' },
    unit: 'fen-per-year',
    values: [{ from: '2005-01-01', value: 500_000_000, citation: report(7, '2005年以来,昆山每年投入500万元用于打造社区特色服务品牌') }],
  },
  'funding.welfareVenture': {
    label: { 'zh-CN': '公益创投年度投入', en: 'Public-welfare venture budget' },
    unit: 'fen-per-year',
    values: [{ from: '2012-01-01', value: 500_000_000, citation: report(7, '2012年起,每年投入500万元开展公益创投活动') }],
  },
  'funding.biddingPilot': {
    label: { 'zh-CN': '社区公益服务招投标试点投入', en: 'Public-welfare service bidding pilot budget' },
    unit: 'fen',
    values: [
      {
        from: '2013-01-01',
        to: '2013-12-31',
        value: 300_000_000,
        citation: report(4, '同时投入300万元福利彩票公益金,探索开展昆山市首届社区公益服务项目招投标试点工作'),
      },
    ],
  },
  'funding.centerUpgrade': {
    label: { 'zh-CN': '社区服务中心提升工程投入', en: 'Service centre upgrade programme' },
    unit: 'fen',
    values: [{ from: '2008-01-01', value: 34_000_000_000, citation: report(8, '市、区、镇财政先后拨付了3.4亿元资金用于新建、改扩建城乡200余个社区服务中心') }],
  },
  'funding.serviceWeb': {
    label: { 'zh-CN': '昆山市社区服务网建设投入', en: 'Kunshan community service web' },
    unit: 'fen',
    values: [{ from: '2008-01-01', value: 120_000_000, citation: report(8, '2008年起……投入120万元资金建设“昆山市社区服务网”') }],
  },
  'allowance.subsistence': {
    label: { 'zh-CN': '低保标准', en: 'Minimum living allowance standard' },
    unit: 'fen-per-person-month',
    values: [
      {
        value: 59_000,
        from: '2013-01-01',
        citation: report(9, '低保标准提高到每人每月590元'),
        assumption: RAISE_DATE,
      },
    ],
  },
  'wage.minimum': {
    label: { 'zh-CN': '企业最低工资标准', en: 'Minimum wage' },
    unit: 'fen-per-person-month',
    values: [
      {
        value: 137_000,
        from: '2013-01-01',
        citation: report(9, '企业最低工资标准提高到每人每月1370元'),
        assumption: RAISE_DATE,
      },
    ],
  },
};
