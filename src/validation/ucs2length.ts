/**
 * Ajv's `ucs2length` runtime helper (ajv 8.20.0, lib/runtime/ucs2length.ts), vendored so that the validators
 * compiled from the JSON Schemas (src/validation/compiled.ts) import nothing from a development dependency.
 * MIT licence, copyright (c) 2015-2021 Evgeny Poberezkin: see THIRD_PARTY_NOTICES.md.
 *
 * @module
 */

/**
 * The length of a string in Unicode code points, as JSON Schema's `minLength`/`maxLength` count it — and as zod's
 * `.min()`/`.max()` do: a surrogate pair is one code point, a lone surrogate counts one.
 *
 * @param str - the string
 * @returns its length in code points
 * @example
 * ```ts
 * ucs2length('昆山'); //=> 2
 * ucs2length('😀😀'); //=> 2 ('😀😀'.length is 4)
 * ```
 */
export function ucs2length(str: string): number {
  // https://mathiasbynens.be/notes/javascript-encoding
  // https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
  const len = str.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < len) {
      // high surrogate, and there is a next character
      value = str.charCodeAt(pos);
      if ((value & 0xfc00) === 0xdc00) pos++; // low surrogate
    }
  }
  return length;
}
