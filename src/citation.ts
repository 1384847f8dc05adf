/**
 * Where a figure or a rule comes from.
 *
 * @module
 */
import type { LocalizedText } from './locale.js';

/**
 * A reference to the text a value or rule rests on: a document, its section and paragraph, and optionally the
 * sentence quoted.
 */
export interface Citation {
  /** The document's title, e.g. `昆山市基本公共服务调研报告`. */
  readonly document: string;
  /** The section, e.g. `二 依托社区完善公共服务`. */
  readonly section?: string;
  /** The paragraph number within the section (1-based). */
  readonly paragraph?: number;
  /** The sentence quoted, in the document's language. */
  readonly quote?: string;
  /** A public address of the document, where one exists. */
  readonly url?: string;
}

/** An explicit statement that a value is our reading, not the source's: what was assumed and why. */
export interface Assumption {
  /** What was assumed and why, in every locale. */
  readonly assumption: LocalizedText;
}

/**
 * Title of the survey report the Kunshan standards come from.
 *
 * @example
 * ```ts
 * parameter(kunshan, 'hall.minServiceItems', '2013-06-30').citation?.document === KUNSHAN_REPORT; //=> true
 * ```
 */
export const KUNSHAN_REPORT = '昆山市基本公共服务调研报告';
/**
 * The report's section that describes community public services.
 *
 * @example
 * ```ts
 * parameter(kunshan, 'hall.minServiceItems', '2013-06-30').citation?.section === KUNSHAN_SECTION; //=> true
 * ```
 */
export const KUNSHAN_SECTION = '二 依托社区完善公共服务';

/**
 * Cites a paragraph of the Kunshan survey report's section "二 依托社区完善公共服务".
 *
 * @param paragraph - paragraph number (1–9, see the spec's paragraph map)
 * @param quote - the Chinese sentence quoted
 * @returns the citation
 * @example
 * ```ts
 * kunshanReport(3, '85%的社区服务项目达20个以上');
 * //=> { document: '昆山市基本公共服务调研报告', section: '二 依托社区完善公共服务', paragraph: 3, quote: '85%的社区服务项目达20个以上' }
 * ```
 */
export function kunshanReport(paragraph: number, quote?: string): Citation {
  return quote === undefined
    ? { document: KUNSHAN_REPORT, section: KUNSHAN_SECTION, paragraph }
    : { document: KUNSHAN_REPORT, section: KUNSHAN_SECTION, paragraph, quote };
}
