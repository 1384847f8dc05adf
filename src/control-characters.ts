/**
 * Control characters in user data, made visible: text rendered for a terminal or a log must not let a record clear
 * the screen, set the window title, start a new line or reverse the text that follows it.
 *
 * @module
 */

/**
 * C0 controls (U+0000–U+001F), DEL (U+007F), C1 controls (U+0080–U+009F), the bidirectional marks, embeddings,
 * overrides and isolates (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and the Unicode line and paragraph
 * separators (U+2028, U+2029).
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Writes every control character of `text` as a visible escape in the JSON and JavaScript form `\u001B`, `\u202E`
 * (so that JSON text stays valid and means the same). Everything else (Chinese, emoji, backslashes) is left as it
 * is.
 *
 * @param text - the text, e.g. a record's id
 * @param keepNewlines - whether to leave `\n` alone (for text made of lines); default false
 * @returns the text, safe to print
 * @example
 * ```ts
 * escapeControlCharacters('x\u001b[2J\u202Eevil'); //=> 'x\\u001B[2J\\u202Eevil'
 * escapeControlCharacters('a\nb', true); //=> 'a\nb'
 * ```
 */
export function escapeControlCharacters(text: string, keepNewlines = false): string {
  return text.replace(keepNewlines ? CONTROLS_BUT_NEWLINE : CONTROLS, escape);
}
