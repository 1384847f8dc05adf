/**
 * Rendering a parameter's value with its unit.
 *
 * @module
 */
import { InvalidOptionError } from '../errors.js';
import { type Locale, resolveLocale, type LocaleOptions } from '../locale.js';
import { optionBag } from '../options.js';
import type { ResolvedParameter, Unit } from '../profiles/types.js';

const UNIT_TEXT: Readonly<Record<Unit, Readonly<Record<Locale, string>>>> = {
  'fen-per-100-households': { 'zh-CN': '元/百户', en: 'yuan per 100 households' },
  'fen-per-year': { 'zh-CN': '元/年', en: 'yuan a year' },
  fen: { 'zh-CN': '元', en: 'yuan' },
  'fen-per-person-month': { 'zh-CN': '元/人·月', en: 'yuan per person a month' },
  count: { 'zh-CN': '', en: '' },
  ratio: { 'zh-CN': '', en: '' },
  minutes: { 'zh-CN': '分钟', en: 'minutes' },
  hours: { 'zh-CN': '小时', en: 'hours' },
  days: { 'zh-CN': '天', en: 'days' },
  months: { 'zh-CN': '个月', en: 'months' },
  metres: { 'zh-CN': '米', en: 'm' },
  'metres-per-minute': { 'zh-CN': '米/分钟', en: 'm/min' },
  'square-metres': { 'zh-CN': '平方米', en: 'm²' },
  'square-metres-per-100-households': { 'zh-CN': '平方米/百户', en: 'm² per 100 households' },
  'points-per-hour': { 'zh-CN': '分/小时', en: 'points per hour' },
  factor: { 'zh-CN': '', en: '' },
  'time-of-day': { 'zh-CN': '', en: '' },
  list: { 'zh-CN': '', en: '' },
  record: { 'zh-CN': '', en: '' },
};

const BASIS_TEXT = {
  'registered-households': { 'zh-CN': '按户籍户数', en: 'registered households' },
  'resident-households': { 'zh-CN': '按常住户数', en: 'resident households' },
} as const;

/**
 * Renders a fen amount in yuan exactly (integer arithmetic, no floating point), with thousands separators.
 *
 * @param fen - an integer number of fen (a safe integer)
 * @returns the amount in yuan, e.g. `15,000` or `590.50`
 * @throws {@link InvalidOptionError} for anything but a safe integer (`0.5` fen is not an amount: it wrote `0.0.5`)
 * @example
 * ```ts
 * fenToYuanText(1_500_000); //=> '15,000'
 * fenToYuanText(59_050); //=> '590.50'
 * ```
 */
export function fenToYuanText(fen: number): string {
  if (typeof fen !== 'number' || !Number.isSafeInteger(fen)) throw new InvalidOptionError('fen', 'expected a whole number of fen (a safe integer)', fen);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.trunc(abs / 100);
  const cents = abs % 100;
  const grouped = yuan.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${cents === 0 ? '' : `.${cents.toString().padStart(2, '0')}`}`;
}

/**
 * Renders a resolved parameter's value with its unit and basis, e.g. `15,000 元/百户(按常住户数)`.
 *
 * @param p - the resolved parameter
 * @param options - `locale`: the locale (default `zh-CN`)
 * @throws {@link InvalidOptionError} for options that are not an object, or an unknown locale
 * @returns the text
 * @example
 * ```ts
 * formatParameterValue(parameter(kunshan, 'funding.communityWork', '2013-06-30'), { locale: 'en' });
 * //=> '15,000 yuan per 100 households (resident households)'
 * ```
 */
export function formatParameterValue(p: ResolvedParameter, options: LocaleOptions = {}): string {
  const locale = resolveLocale(optionBag(options).locale);
  const unit = UNIT_TEXT[p.unit][locale];
  let value: string;
  if (typeof p.value === 'number' && p.unit.startsWith('fen')) value = fenToYuanText(p.value);
  else if (typeof p.value === 'number' && p.unit === 'ratio') value = `${Math.round(p.value * 10_000) / 100}%`;
  else if (typeof p.value === 'string' || typeof p.value === 'number' || typeof p.value === 'boolean') value = String(p.value);
  else value = JSON.stringify(p.value);
  const withUnit = unit === '' ? value : locale === 'zh-CN' ? `${value} ${unit}` : `${value} ${unit}`;
  if (p.basis === undefined) return withUnit;
  return locale === 'zh-CN' ? `${withUnit}(${BASIS_TEXT[p.basis][locale]})` : `${withUnit} (${BASIS_TEXT[p.basis][locale]})`;
}
