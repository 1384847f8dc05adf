/**
 * The worked notes of the service-centre upgrade programme's spending, in every locale.
 *
 * @module
 */
import type { Locale } from '../../locale.js';

/** The sentences of the upgrade-spending note. Numbers and amounts arrive already written. */
export interface PremisesText {
  /** Title. */
  readonly title: (v: { asOf: string }) => string;
  /** The programme as the report gives it. */
  readonly programme: (v: { total: string; centers: string; bound: string }) => string;
  /** How “200余” is read. */
  readonly centersRead: (v: { centers: string }) => string;
  /** The records. */
  readonly records: (v: { centers: string; funded: string; total: string }) => string;
  /** Average per centre from the records. */
  readonly perCenter: (v: { total: string; funded: string; average: string }) => string;
  /** Per square metre from the records. */
  readonly perSquareMetre: (v: { total: string; area: string; measured: string; perSquareMetre: string }) => string;
  /** Nothing to average. */
  readonly noFigures: () => string;
  /** A record left out. */
  readonly leftOut: (v: { reason: string }) => string;
}

const zhCN: PremisesText = {
  title: ({ asOf }) => `社区服务中心提升工程资金测算(${asOf})`,
  programme: ({ total, centers, bound }) => `报告:拨付 ${total},新建、改扩建 ${centers} 余个中心;平均每个中心低于 ${total} ÷ ${centers} = ${bound}`,
  centersRead: ({ centers }) => `“${centers}余个”取为多于 ${centers} 个(下限)`,
  records: ({ centers, funded, total }) => `记录:参与提升工程的中心 ${centers} 个,其中记有拨付资金的 ${funded} 个,合计 ${total}`,
  perCenter: ({ total, funded, average }) => `每个中心平均 = ${total} ÷ ${funded} = ${average}(四舍五入到分)`,
  perSquareMetre: ({ total, area, measured, perSquareMetre }) =>
    `每平方米 = ${total} ÷ ${area} 平方米(记有资金和用房面积的 ${measured} 个中心)= ${perSquareMetre}/平方米(四舍五入到分)`,
  noFigures: () => '记录中没有可计算的资金数',
  leftOut: ({ reason }) => `未计入:${reason}`,
};

const en: PremisesText = {
  title: ({ asOf }) => `Spending of the service-centre upgrade programme (${asOf})`,
  programme: ({ total, centers, bound }) => `report: ${total} granted to build, rebuild or extend over ${centers} centres; on average below ${total} ÷ ${centers} = ${bound} per centre`,
  centersRead: ({ centers }) => `“${centers}余个” read as more than ${centers} (a lower bound)`,
  records: ({ centers, funded, total }) => `records: ${centers} centres in the programme, ${funded} of them with the funds granted, ${total} in all`,
  perCenter: ({ total, funded, average }) => `per centre = ${total} ÷ ${funded} = ${average} (rounded half up to the fen)`,
  perSquareMetre: ({ total, area, measured, perSquareMetre }) =>
    `per m² = ${total} ÷ ${area} m² (the ${measured} centres with funds and floor area) = ${perSquareMetre} per m² (rounded half up to the fen)`,
  noFigures: () => 'no funds in the records to compute from',
  leftOut: ({ reason }) => `left out: ${reason}`,
};

/**
 * The upgrade-spending sentences by locale.
 *
 * @example
 * ```ts
 * premisesText.en.noFigures(); //=> 'no funds in the records to compute from'
 * ```
 */
export const premisesText: Readonly<Record<Locale, PremisesText>> = { 'zh-CN': zhCN, en };
