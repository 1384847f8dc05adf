/**
 * `community-standards/money` — Exact money: integer fen (1 元 = 100 分), explicit rounding, and text in 元 / 万元 / 亿元.
 *
 * @packageDocumentation
 */
export { money, fromFen, isMoney, type Money } from './money.js';
export { yuan, toYuanString } from './yuan.js';
export { add, subtract, sum } from './arithmetic.js';
export { compare, equals, isZero, min, max } from './compare.js';
export { roundingModes, type RoundingMode } from './rounding.js';
export { multiply, type Ratio } from './multiply.js';
export { allocate } from './allocate.js';
export { moneyUnits, AUTO_UNIT_MAX_DECIMALS, type MoneyUnit } from './units.js';
export { formatMoney, type FormatMoneyOptions } from './format.js';
export { parseMoney, MAX_MONEY_TEXT_LENGTH, type ParseMoneyFailure } from './parse.js';
