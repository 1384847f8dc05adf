/**
 * Kunshan parameters: Money: funds, budgets, allowance and wage, all in integer fen (spec §4); the rounding the
 * calculators apply; and volunteer service points (服务积分管理, paragraph 6).
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
 * Money: funds, budgets, allowance and wage, all in integer fen, with the rounding of the community work funds;
 * and the volunteer service points (rate, cap, validity, rounding, star levels) — part of the `kunshan` profile.
 *
 * @example
 * ```ts
 * Object.keys(moneyParameters).length > 0; //=> true
 * ```
 */
export const moneyParameters = {
  // §4 money (fen)
  'funding.communityWork': {
    label: { 'zh-CN': '社区工作经费拨付标准', en: 'Community work funds' },
    unit: 'fen-per-100-households',
    description: assume(
      '每百户的拨付金额;报告未说明拨付周期(未说“每年”),按此标准算出的是某日适用标准下的金额,不是年度总额。',
      'The amount per 100 households; the report gives no period (it does not say "a year"), so an amount computed by it is the amount by the standard in force at a date, not a yearly total.',
    ),
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
        citation: report(7, '从2012年,昆山将社区工作经费拨付标准从原来的每百户户籍人口8000元调整为每百户常住人口1.5万元'),
      },
    ],
  },
  'funding.communityWorkRounding': {
    label: { 'zh-CN': '社区工作经费舍入方式', en: 'Rounding of the community work funds' },
    unit: 'record',
    description: assume(
      '舍入方式(RoundingMode):half-up、half-even、floor、ceil、down;经费按户数比例计算后取到分',
      'A RoundingMode (half-up, half-even, floor, ceil, down): the proportional amount is brought to whole fen',
    ),
    values: [
      {
        value: 'half-up',
        citation: report(7, '社区工作经费拨付标准从原来的每百户户籍人口8000元调整为每百户常住人口1.5万元'),
        assumption: assume(
          '报告只给出“每百户”标准;取经费与户数成正比(户数 ÷ 100 × 标准,不按整百户取整),结果按四舍五入取到分。按昆山标准(每百户 8000 元或 1.5 万元)计算时结果本就是整分,舍入不起作用。',
          'The report gives a rate "per 100 households" only; we take the funds as proportional to households (households ÷ 100 × rate, not whole hundreds), rounded half-up to the fen. With Kunshan’s rates (8,000 or 15,000 yuan per 100) the result is always whole fen, so the rounding never acts.',
        ),
      },
    ],
  },
  'points.perHour': {
    label: { 'zh-CN': '志愿服务积分标准', en: 'Volunteer service points per hour' },
    unit: 'points-per-hour',
    values: [
      {
        value: 1,
        citation: report(6, '通过政府购买服务、服务成本补偿、服务积分管理等方式'),
        assumption: assume(
          '报告提到“服务积分管理”但未给出积分标准;取服务 1 小时积 1 分(按分钟折算)。',
          'The report mentions service points but gives no rate; we take 1 point per hour of service, counted by the minute.',
        ),
      },
    ],
  },
  'points.maxHoursPerActivity': {
    label: { 'zh-CN': '单次活动计分时长上限', en: 'Most hours credited for one activity' },
    unit: 'hours',
    values: [
      {
        value: 8,
        citation: report(6, '服务积分管理'),
        assumption: assume(
          '报告未规定;取单次活动最多计 8 小时(一个工作日),超出部分不计积分,也不计入星级时长。',
          'The report is silent; we credit at most 8 hours (one working day) for one activity; the excess earns no points and does not count towards star levels.',
        ),
      },
    ],
  },
  'points.validityMonths': {
    label: { 'zh-CN': '积分有效期', en: 'Validity of points' },
    unit: 'months',
    values: [
      {
        value: 24,
        citation: report(6, '服务积分管理'),
        assumption: assume(
          '报告未规定;取积分自服务之日起 24 个月有效,期满当日起失效(按日历月计算,月末顺延至当月最后一天)。',
          'The report is silent; we take points to be valid for 24 months from the day of service and to lapse on the day the period ends (calendar months; a missing day falls back to the month’s last day).',
        ),
      },
    ],
  },
  'points.rounding': {
    label: { 'zh-CN': '积分舍入方式', en: 'Rounding of points' },
    unit: 'record',
    description: assume(
      '舍入方式(RoundingMode):积分计到 0.01 分',
      'A RoundingMode: points are counted to 0.01 of a point',
    ),
    values: [
      {
        value: 'down',
        assumption: assume(
          '积分计到 0.01 分,不足 0.01 分的部分舍去,以免多记。',
          'Points are counted to 0.01 of a point; anything smaller is dropped, so that no point is credited that was not earned.',
        ),
      },
    ],
  },
  'points.starLevels': {
    label: { 'zh-CN': '星级志愿者累计服务时长', en: 'Cumulative hours for star volunteers' },
    unit: 'list',
    description: assume(
      '一星至五星依次所需的累计服务小时数',
      'Cumulative hours of service needed for one to five stars, in order',
    ),
    values: [
      {
        value: [100, 300, 600, 1000, 1500],
        citation: { document: '志愿服务记录办法', section: '民政部,2012年' },
        assumption: assume(
          '报告未规定星级。取全国《志愿服务记录办法》公开解读中的标准:累计 100、300、600、1000、1500 小时依次为一至五星级;未能核对条文原文与条号,昆山本地标准可能不同。星级按计分时长(已扣除单次上限)累计。',
          'The report sets no star levels. We take the thresholds given in public explanations of the national Volunteer Service Record Measures: 100, 300, 600, 1,000 and 1,500 cumulative hours for one to five stars; the article text and number were not checked, and Kunshan’s own scheme may differ. Stars count credited hours (after the per-activity cap).',
        ),
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
  'funding.centerUpgradeCenters': {
    label: { 'zh-CN': '社区服务中心提升工程覆盖的中心数(下限)', en: 'Centres of the upgrade programme (lower bound)' },
    unit: 'count',
    values: [
      {
        from: '2008-01-01',
        value: 200,
        citation: report(8, '市、区、镇财政先后拨付了3.4亿元资金用于新建、改扩建城乡200余个社区服务中心'),
        assumption: assume(
          '“200余个”取为“多于 200 个”:只作下限,据此每个中心平均所得资金低于 3.4亿元 ÷ 200 = 170万元。',
          '“200余个” read as “more than 200”: a lower bound only, so the average per centre is below 3.4亿元 ÷ 200 = 1.7 million yuan.',
        ),
      },
    ],
  },
  'funding.serviceWeb': {
    label: { 'zh-CN': '昆山市社区服务网建设投入', en: 'Kunshan community service web' },
    unit: 'fen',
    values: [{ from: '2008-01-01', value: 120_000_000, citation: report(8, '2008年起,按照“条块共享,按块采集”的原则,投入120万元资金建设“昆山市社区服务网”') }],
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
} satisfies ParameterSpecs;
