/**
 * Small helpers the rule messages share: lists, numbers and labels of codes as text.
 *
 * @module
 */
import type { Locale, LocalizedText } from '../locale.js';

/**
 * Joins a list the Chinese way, with the enumeration comma `、`; anything else becomes its string.
 *
 * @param value - a list of names, or a single value
 * @returns the text
 * @example
 * ```ts
 * listZh(['警务', '信访']); //=> '警务、信访'
 * ```
 */
export function listZh(value: unknown): string {
  return Array.isArray(value) ? value.map(String).join('、') : String(value);
}

/**
 * Joins a list with commas, for English messages; anything else becomes its string.
 *
 * @param value - a list of names, or a single value
 * @returns the text
 * @example
 * ```ts
 * listEn(['policing', 'petitions']); //=> 'policing, petitions'
 * ```
 */
export function listEn(value: unknown): string {
  return Array.isArray(value) ? value.map(String).join(', ') : String(value);
}

/**
 * Writes a number with one decimal place (rounded half away from zero), e.g. an area per 100 households.
 *
 * @param value - the number
 * @returns the text, or the value as a string when it is not a finite number
 * @example
 * ```ts
 * oneDecimal(270.27); //=> '270.3'
 * oneDecimal(30); //=> '30.0'
 * ```
 */
export function oneDecimal(value: unknown): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return String(value);
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * 10)) / 10;
  return rounded.toFixed(1);
}

/**
 * Writes a ratio (0–1) as a percentage with at most one decimal place.
 *
 * @param value - the ratio
 * @returns the text, e.g. `75%` or `66.7%`
 * @example
 * ```ts
 * percent(0.75); //=> '75%'
 * percent(2 / 3); //=> '66.7%'
 * ```
 */
export function percent(value: unknown): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return String(value);
  return `${Math.round(value * 1000) / 10}%`;
}

/**
 * The label of a code (or the labels of a list of codes) in a locale, from a table of labels: findings carry
 * codes, and their messages show the labels. A code the table does not know is shown as it is.
 *
 * @param table - labels by code, in every locale
 * @param locale - the locale
 * @param value - a code, or a list of codes
 * @returns the label, or the list of labels; anything else as it was
 * @example
 * ```ts
 * labelled({ 'one-card': { 'zh-CN': '一卡通', en: 'one card' } }, 'en', ['one-card', 'x']); //=> ['one card', 'x']
 * ```
 */
export function labelled(table: Readonly<Record<string, LocalizedText | undefined>>, locale: Locale, value: unknown): unknown {
  const one = (code: unknown) => (typeof code === 'string' && Object.prototype.hasOwnProperty.call(table, code) ? (table[code]?.[locale] ?? code) : code);
  return Array.isArray(value) ? value.map(one) : one(value);
}
