/**
 * Bilingual labels for enumerations.
 *
 * @module
 */
import { deepFrozen } from '../deep-freeze.js';
import type { LocalizedText } from '../locale.js';

/**
 * Labels of every member of an enumeration, in zh-CN and en.
 *
 * @typeParam K - the enumeration's members
 */
export type Labels<K extends string> = Readonly<Record<K, LocalizedText>>;

/**
 * Declares the labels of an enumeration; the type makes sure every member has both languages.
 *
 * @param labels - a label pair per member
 * @returns the labels, as a frozen copy (the object passed in is left as it was)
 * @example
 * ```ts
 * const kindLabels = defineLabels<'urban' | 'rural'>({
 *   urban: { 'zh-CN': '城市社区', en: 'urban community' },
 *   rural: { 'zh-CN': '农村社区', en: 'rural community' },
 * });
 * kindLabels.urban.en; //=> 'urban community'
 * ```
 */
export function defineLabels<K extends string>(labels: Labels<K>): Labels<K> {
  return deepFrozen(labels);
}
