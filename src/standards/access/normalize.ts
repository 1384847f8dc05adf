/**
 * Normalising titles and names before they are compared: the only kind of matching the access and ledger
 * checks do. Nothing here is fuzzy.
 *
 * @module
 */

const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF]+/gu;

/**
 * Normalises a title or name for an exact comparison: Unicode NFKC (full-width letters, digits and punctuation
 * become half-width: `ABC123(一)` → `ABC123(一)`, the ideographic space becomes a space), then every
 * space and invisible character is removed and Latin letters are lower-cased. Chinese punctuation that has no
 * half-width form (`、`, `“”`, `《》`) is kept as it is.
 *
 * @param text - the title or name
 * @returns the normalised text (empty for a blank one)
 * @example
 * ```ts
 * normalizeTitle(' 调解 民间纠纷 '); //=> '调解民间纠纷'
 * normalizeTitle('Ａｓｓｉｓｔ\u3000Ｌｉｓｔ(１)'); //=> 'assistlist(1)'
 * ```
 */
export function normalizeTitle(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').toLowerCase();
}

/**
 * Whether two titles are the same after {@link normalizeTitle}. Blank titles are never the same as anything.
 *
 * @param a - one title
 * @param b - the other
 * @returns whether they match exactly after normalisation
 * @example
 * ```ts
 * sameTitle('社区 居委会', '社区居委会'); //=> true
 * sameTitle('社区居委会', '社区居民委员会'); //=> false
 * ```
 */
export function sameTitle(a: string, b: string): boolean {
  const x = normalizeTitle(a);
  return x !== '' && x === normalizeTitle(b);
}
