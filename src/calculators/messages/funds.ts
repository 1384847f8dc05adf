/**
 * The worked notes of the community work funds (社区工作经费), in every locale.
 *
 * @module
 */
import type { Locale } from '../../locale.js';
import type { Money } from '../../money/money.js';
import type { RoundingMode } from '../../money/rounding.js';
import type { Basis } from '../../profiles/types.js';
import { basisNames, countText, fullText, quotientText, roundingNames, yuanText } from './format.js';

/** The sentences of a community work funds note. */
export interface FundsText {
  /** Title of one community's note. */
  readonly title: (v: { name: string; id: string; asOf: string }) => string;
  /** The standard in force. */
  readonly standard: (v: { year: string; rate: Money; basis: Basis }) => string;
  /** The household count used. */
  readonly households: (v: { basis: Basis; count: number }) => string;
  /** The computation; `product` is rate (fen) × households, the exact amount in hundredths of a fen. */
  readonly computation: (v: { households: number; rate: Money; product: bigint; amount: Money }) => string;
  /** The rounding rule. */
  readonly rounding: (v: { mode: RoundingMode; acted: boolean }) => string;
  /** The result. */
  readonly result: (v: { amount: Money }) => string;
  /** Why nothing was computed. */
  readonly notComputed: (v: { basis: Basis; reason: string }) => string;
  /** Title of the city total. */
  readonly cityTitle: (v: { asOf: string; count: number }) => string;
  /** One community's line in the city total. */
  readonly cityLine: (v: { name: string; id: string; amount: Money | null }) => string;
  /** The city total. */
  readonly cityTotal: (v: { total: Money; computed: number; missing: number }) => string;
}

const exactYuan = (product: bigint) => quotientText(product, 10_000n, 6);

const zhCN: FundsText = {
  title: ({ name, id, asOf }) => `社区工作经费测算:${name}(${id}),截至 ${asOf}`,
  standard: ({ year, rate, basis }) => `${year}年适用标准:每百户${basis === 'resident-households' ? '常住' : '户籍'}人口 ${yuanText(rate, 'zh-CN')}`,
  households: ({ basis, count }) => `${basisNames['zh-CN'][basis]}:${countText(count)} 户`,
  computation: ({ households, rate, product, amount }) => {
    const head = `${countText(households)} ÷ 100 × ${yuanText(rate, 'zh-CN')}`;
    const exact = `${exactYuan(product)}元`;
    const rounded = yuanText(amount, 'zh-CN');
    return product === BigInt(amount.fen) * 100n ? `计算:${head} = ${rounded}` : `计算:${head} = ${exact} ≈ ${rounded}`;
  },
  rounding: ({ mode, acted }) => `舍入:按户数比例计算,结果${roundingNames['zh-CN'][mode]}到分${acted ? '' : '(本例恰为整分,无需舍入)'}`,
  result: ({ amount }) => `结论:应拨付社区工作经费 ${fullText(amount, 'zh-CN')}`,
  notComputed: ({ basis, reason }) => `结论:${basisNames['zh-CN'][basis]}不可用,未测算经费——${reason}`,
  cityTitle: ({ asOf, count }) => `全市社区工作经费汇总:${count} 个社区,截至 ${asOf}`,
  cityLine: ({ name, id, amount }) => `${name}(${id}):${amount === null ? '未测算' : yuanText(amount, 'zh-CN')}`,
  cityTotal: ({ total, computed, missing }) =>
    `合计:${computed} 个社区共 ${fullText(total, 'zh-CN')}${missing > 0 ? `;另有 ${missing} 个社区缺少户数,未计入` : ''}`,
};

const en: FundsText = {
  title: ({ name, id, asOf }) => `Community work funds: ${name} (${id}), as of ${asOf}`,
  standard: ({ year, rate, basis }) => `Standard in force in ${year}: ${yuanText(rate, 'en')} per 100 ${basisNames.en[basis]}`,
  households: ({ basis, count }) => `${basisNames.en[basis].replace(/^./, (c) => c.toUpperCase())}: ${countText(count)}`,
  computation: ({ households, rate, product, amount }) => {
    const head = `${countText(households)} ÷ 100 × ${yuanText(rate, 'en')}`;
    const rounded = yuanText(amount, 'en');
    return product === BigInt(amount.fen) * 100n
      ? `Computation: ${head} = ${rounded}`
      : `Computation: ${head} = CNY ${exactYuan(product)} ≈ ${rounded}`;
  },
  rounding: ({ mode, acted }) =>
    `Rounding: proportional to households, ${roundingNames.en[mode]} to the fen${acted ? '' : ' (here the result is whole fen already)'}`,
  result: ({ amount }) => `Result: community work funds of ${fullText(amount, 'en')}`,
  notComputed: ({ basis, reason }) => `Result: ${basisNames.en[basis]} not usable, no funds computed — ${reason}`,
  cityTitle: ({ asOf, count }) => `City community work funds: ${count} communities, as of ${asOf}`,
  cityLine: ({ name, id, amount }) => `${name} (${id}): ${amount === null ? 'not computed' : yuanText(amount, 'en')}`,
  cityTotal: ({ total, computed, missing }) =>
    `Total: ${fullText(total, 'en')} for ${computed} communities${missing > 0 ? `; ${missing} more lack household counts and are left out` : ''}`,
};

/**
 * Community work funds notes by locale.
 *
 * @example
 * ```ts
 * fundsText['zh-CN'].households({ basis: 'resident-households', count: 7500 }); //=> '常住户数:7,500 户'
 * ```
 */
export const fundsText: Readonly<Record<Locale, FundsText>> = { 'zh-CN': zhCN, en };
