import type { LocalizedText } from '../../locale.js';

/**
 * Writes an assumption note in both locales.
 *
 * @param zh - the note in Chinese
 * @param en - the note in English
 * @returns the localized note
 * @example
 * ```ts
 * assume('取 50%', 'we take 50%'); //=> { 'zh-CN': '取 50%', en: 'we take 50%' }
 * ```
 */
export function assume(zh: string, en: string): LocalizedText {
  return { 'zh-CN': zh, en };
}
