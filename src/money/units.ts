/**
 * The units an amount of money is written in: 元, 万元 and 亿元.
 *
 * @module
 */

/**
 * Every unit, smallest first: `'yuan'` (元), `'wan'` (万元, 10⁴ 元) and `'yi'` (亿元, 10⁸ 元). In English text
 * the scaled units are written in the nearest English scale words (see `formatMoney`).
 *
 * @example
 * ```ts
 * moneyUnits; //=> ['yuan', 'wan', 'yi']
 * ```
 */
export const moneyUnits = /* @__PURE__ */ Object.freeze(['yuan', 'wan', 'yi'] as const);

/** A unit to write an amount in: `'yuan'` (元), `'wan'` (万元) or `'yi'` (亿元). */
export type MoneyUnit = (typeof moneyUnits)[number];

/**
 * The most decimals `formatMoney(…, { unit: 'auto' })` accepts in a scaled unit: 4, so 万元 keep whole-yuan
 * precision (`123.4567万元`) and 亿元 whole-万元 precision.
 *
 * @example
 * ```ts
 * AUTO_UNIT_MAX_DECIMALS; //=> 4
 * ```
 */
export const AUTO_UNIT_MAX_DECIMALS = 4;
