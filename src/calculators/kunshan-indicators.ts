/**
 * Kunshan's livelihood indicators (民生指标) from the last paragraph of the report's section, as dated records.
 *
 * @module
 */
import { deepFrozen } from '../deep-freeze.js';
import { kunshanReport as report } from '../citation.js';
import type { LocalizedText } from '../locale.js';
import { yuan } from '../money/yuan.js';
import type { CityIndicator, IndicatorUnit } from './city-indicator.js';

const YEAR = 2013;
const ASSUMED_YEAR: LocalizedText = {
  'zh-CN': '报告未注明这些数字的统计年度;与 kunshan 参数的做法一致,取报告年份 2013 年(也可能是 2012 年全年数)。',
  en: 'The report does not say which year these figures describe; as the kunshan parameters do, we take the report’s year, 2013 (they may be full-year 2012 figures).',
};

const count = (id: string, zh: string, en: string, value: number, unit: IndicatorUnit, quote: string, rate?: string): CityIndicator => ({
  id,
  label: { 'zh-CN': zh, en },
  year: YEAR,
  value: { kind: 'count', value, unit },
  ...(rate !== undefined && { change: { kind: 'growth', rate } }),
  citation: report(9, quote),
  assumption: ASSUMED_YEAR,
});

/**
 * The city indicators of paragraph 9 ("昆山还大力推动…"), each with its sentence quoted. Figures given in 万 or 亿
 * are stored exactly (`3.3万人次` as 33,000; `3.1亿元` as Money). Changes on the year before are kept as given
 * (growth rates, or an increase), so that last year's figures can be derived with {@link previousYearOf}, never
 * typed in. The 低保 standard and the minimum wage of the same paragraph are profile parameters instead
 * (`allowance.subsistence`, `wage.minimum`).
 *
 * @example
 * ```ts
 * kunshanIndicators.find((i) => i.id === 'housing.providentFundLoans')?.change; //=> { kind: 'growth', rate: '63.8%' }
 * ```
 */
export const kunshanIndicators: readonly CityIndicator[] = /* @__PURE__ */ deepFrozen(indicators());

/** Builds the list (a function, so that a bundle that does not use it leaves it out). */
function indicators(): readonly CityIndicator[] {
  const list: CityIndicator[] = [
    {
      id: 'employment.registeredUnemploymentRate',
      label: { 'zh-CN': '城镇登记失业率', en: 'Registered urban unemployment rate' },
      year: YEAR,
      value: { kind: 'percent', value: '2.3' },
      citation: report(9, '城镇登记失业率2.3%'),
      assumption: ASSUMED_YEAR,
    },
    count('employment.freeTraining', '免费培训劳动力', 'Free vocational training', 33_000, 'person-times', '免费培训劳动力3.3万人次'),
    {
      id: 'employment.startupLoans',
      label: { 'zh-CN': '创业小额贷款', en: 'Small start-up loans' },
      year: YEAR,
      value: { kind: 'money', amount: yuan(310_000_000) },
      citation: report(9, '发放创业小额贷款3.1亿元'),
      assumption: ASSUMED_YEAR,
    },
    count('employment.reemployed', '失业人员再就业', 'Unemployed people back in work', 7_500, 'people', '帮助失业人员实现再就业7500人'),
    count('rural.newCooperatives', '新组建专业合作社', 'New specialised cooperatives', 55, 'establishments', '新组建各类专业合作社55家'),
    {
      id: 'rural.villageCollectiveIncome',
      label: { 'zh-CN': '村均集体经济总收入', en: 'Average collective income per village' },
      year: YEAR,
      value: { kind: 'money', amount: yuan(5_790_000) },
      change: { kind: 'increase', by: { kind: 'money', amount: yuan(1_100_000) } },
      citation: report(9, '村均集体经济总收入579万元,比上年增加110万元'),
      assumption: ASSUMED_YEAR,
    },
    count('pension.retireesSocialised', '并轨退休人员纳入社会化管理', 'Merged-scheme retirees under community management', 83_000, 'people', '8.3万名并轨退休人员纳入社会化管理'),
    count('insurance.newlyInsured', '新增参加企业职工社会保险', 'Newly insured under enterprise employee social insurance', 200_000, 'people', '新增参加企业职工社会保险20万人'),
    {
      id: 'insurance.basicSecurityIndex',
      label: { 'zh-CN': '基本社会保障综合指数', en: 'Basic social security composite index' },
      year: YEAR,
      value: { kind: 'percent', value: '99.6' },
      citation: report(9, '基本社会保障综合指数达99.6%'),
      assumption: ASSUMED_YEAR,
    },
    count('market.directSaleZones', '新增农产品平价直销区', 'New fair-price farm produce zones', 4, 'establishments', '新增农产品平价直销区4家'),
    count('market.directSaleStores', '新增农产品平价直销店', 'New fair-price farm produce stores', 9, 'establishments', '直销店9家'),
    count('housing.providentFundLoanHouseholds', '公积金贷款户数', 'Households granted provident-fund loans', 6_500, 'households', '向6500户家庭发放公积金贷款19亿元,放贷户数和金额分别比上年增长61.9%和63.8%', '61.9%'),
    {
      id: 'housing.providentFundLoans',
      label: { 'zh-CN': '公积金贷款金额', en: 'Provident-fund loans granted' },
      year: YEAR,
      value: { kind: 'money', amount: yuan(1_900_000_000) },
      change: { kind: 'growth', rate: '63.8%' },
      citation: report(9, '向6500户家庭发放公积金贷款19亿元,放贷户数和金额分别比上年增长61.9%和63.8%'),
      assumption: ASSUMED_YEAR,
    },
    count('housing.priceCappedSold', '定向销售限价商品住房', 'Price-capped homes sold to designated buyers', 650, 'dwellings', '定向销售限价商品住房650套'),
    count('housing.affordableAllocated', '分配经济适用住房', 'Affordable homes allocated', 404, 'dwellings', '分配经济适用住房404套'),
    count('housing.lowRentAllocated', '分配廉租房', 'Low-rent homes allocated', 36, 'dwellings', '廉租房36套'),
    count('housing.subsidyHouseholds', '发放住房补贴的低收入、低保家庭', 'Low-income households given housing subsidies', 557, 'households', '向557户低收入、低保家庭发放住房补贴254.7万元'),
    {
      id: 'housing.subsidies',
      label: { 'zh-CN': '住房补贴', en: 'Housing subsidies' },
      year: YEAR,
      value: { kind: 'money', amount: yuan(2_547_000) },
      citation: report(9, '向557户低收入、低保家庭发放住房补贴254.7万元'),
      assumption: ASSUMED_YEAR,
    },
    count('housing.relocatedHouseholds', '安置农村动迁户', 'Rural relocated households resettled', 5_462, 'households', '安置农村动迁户5462户'),
    count('housing.priceCappedStarted', '开工建设限价商品住房', 'Price-capped homes started', 2_092, 'dwellings', '开工建设限价商品住房2092套'),
    count('housing.affordableStarted', '开工建设经济适用住房', 'Affordable homes started', 500, 'dwellings', '经济适用住房500套'),
    count('housing.publicRentalStarted', '开工建设公共租赁住房', 'Public rental homes started', 2_000, 'dwellings', '公共租赁住房2000套'),
    count('housing.resettlementStarted', '开工建设农村动迁安置房', 'Rural resettlement housing started', 3_730_000, 'square-metres', '农村动迁安置房373万平方米'),
  ];
  return Object.freeze(list.map((indicator) => Object.freeze(indicator)));
}
