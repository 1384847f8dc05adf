/**
 * Escaping text for HTML and SVG.
 *
 * @module
 */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for an HTML or SVG element's content or a quoted attribute value.
 *
 * @param text - any text (record ids and messages come from untrusted data)
 * @returns the escaped text
 * @example
 * ```ts
 * escapeHtml('<script>"x" & \'y\''); //=> '&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
