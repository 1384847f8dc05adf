/**
 * Reading untrusted lists and records without ever throwing: a list that is not an array, or a read that throws
 * (a throwing getter, a revoked proxy), becomes an issue.
 *
 * @module
 */
import { MAX_LIST_LENGTH } from '../arguments.js';
import type { Locale } from '../locale.js';
import { describeReceived, makeIssue } from '../validation/from-zod.js';
import type { PathSegment, ValidationIssue } from '../validation/issue.js';

/**
 * Reads an untrusted list field: absent gives no entries; anything but an array, or an array longer than
 * `MAX_LIST_LENGTH` (ten million), gives an issue.
 *
 * @param list - the untrusted field
 * @param path - its path
 * @param locale - the message locale
 * @param issues - where issues are added
 * @returns `[entry, index]` pairs
 * @example
 * ```ts
 * readList(['a'], ['xs'], 'en', []); //=> [['a', 0]]
 * readList('a', ['xs'], 'en', []); //=> [] (and an `invalid_type` issue)
 * ```
 */
export function readList(
  list: unknown,
  path: readonly PathSegment[],
  locale: Locale,
  issues: ValidationIssue[],
): [unknown, number][] {
  const entries: [unknown, number][] = [];
  readGuarded(path, locale, issues, () => {
    if (list === undefined) return;
    if (!Array.isArray(list)) {
      issues.push(makeIssue(locale, 'invalid_type', path, { expected: 'array', received: describeReceived(list) }));
      return;
    }
    if (list.length > MAX_LIST_LENGTH) {
      issues.push(makeIssue(locale, 'too_big', path, { expected: `at most ${MAX_LIST_LENGTH} entries`, received: String(list.length) }));
      return;
    }
    for (let i = 0; i < list.length; i++) entries.push([list[i] as unknown, i]);
  });
  return entries;
}

/**
 * Runs a read of untrusted data; if it throws (a throwing getter, a revoked proxy), adds an `unreadable_input`
 * issue instead.
 *
 * @param path - the path being read
 * @param locale - the message locale
 * @param issues - where issues are added
 * @param read - the read
 * @returns whether the read completed
 * @example
 * ```ts
 * readGuarded(['cases', 0], 'en', [], () => { throw new Error('getter'); }); //=> false
 * ```
 */
export function readGuarded(
  path: readonly PathSegment[],
  locale: Locale,
  issues: ValidationIssue[],
  read: () => void,
): boolean {
  try {
    read();
    return true;
  } catch {
    issues.push(makeIssue(locale, 'unreadable_input', path));
    return false;
  }
}
