/**
 * Turns zod's issues into the library's {@link ValidationIssue}s with localized messages.
 *
 * @module
 */
import type { z } from 'zod';
import type { Locale } from '../locale.js';
import { validationMessages } from './messages.js';
import { formatPath, type PathSegment, type ValidationIssue, type ValidationIssueCode } from './issue.js';

/**
 * Describes a received value briefly, never echoing more than 40 characters of it.
 *
 * @param value - any value
 * @returns a short description
 * @example
 * ```ts
 * describeReceived(Number.NaN); //=> 'NaN'
 * describeReceived('x'.repeat(100)); //=> '"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…" (100 chars)'
 * ```
 */
export function describeReceived(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'number':
      if (Number.isNaN(value)) return 'NaN';
      return Object.is(value, -0) ? '-0' : String(value);
    case 'string':
      return value.length > 40 ? `${JSON.stringify(value.slice(0, 40)).slice(0, -1)}…" (${value.length} chars)` : JSON.stringify(value);
    case 'boolean':
    case 'bigint':
      return String(value);
    default:
      return typeof value;
  }
}

/**
 * Builds a localized issue from its parts.
 *
 * @param locale - the message locale
 * @param code - the issue code
 * @param path - the path
 * @param extra - requirement, received value, details
 * @returns the issue, with its message
 * @example
 * ```ts
 * makeIssue('en', 'duplicate_id', ['communities', 1, 'id'], { params: { id: 'a', first: 'communities[0].id' } }).message;
 * //=> 'communities[1].id: duplicate id a (first at communities[0].id)'
 * ```
 */
export function makeIssue(
  locale: Locale,
  code: ValidationIssueCode,
  path: readonly PathSegment[],
  extra: { expected?: string; received?: string; params?: Record<string, unknown> } = {},
): ValidationIssue {
  const message = validationMessages[locale][code]({ where: formatPath(path), ...extra });
  return { code, path, message, ...extra };
}

function bound(op: string, value: number | bigint, origin: string): string {
  const unit = origin === 'string' ? ' chars' : origin === 'array' || origin === 'set' ? ' items' : '';
  return `${op} ${String(value)}${unit}`;
}

function sizeOf(input: unknown): string {
  if (typeof input === 'string') return `${input.length} chars`;
  if (Array.isArray(input)) return `${input.length} items`;
  return describeReceived(input);
}

/**
 * Converts one zod issue, prefixing its path.
 *
 * @param issue - zod's issue (parsed with `reportInput: true`)
 * @param locale - the message locale
 * @param prefix - the path of the validated value inside the whole input
 * @returns the library's issue
 * @example
 * ```ts
 * const r = Community.safeParse({}, { reportInput: true });
 * if (!r.success) fromZodIssue(r.error.issues[0]!, 'en', ['communities', 0]).path; //=> ['communities', 0, 'id']
 * ```
 */
export function fromZodIssue(issue: z.core.$ZodIssue, locale: Locale, prefix: readonly PathSegment[] = []): ValidationIssue {
  const path: PathSegment[] = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined) {
    const expected = issue.code === 'invalid_type' ? issue.expected : issue.values.map((v) => String(v)).join(', ');
    return makeIssue(locale, 'required', path, { expected });
  }
  switch (issue.code) {
    case 'invalid_type':
      return makeIssue(locale, 'invalid_type', path, { expected: issue.expected, received: describeReceived(issue.input) });
    case 'too_small': {
      const op = issue.exact ? '=' : issue.inclusive === false ? '>' : '>=';
      return makeIssue(locale, 'too_small', path, {
        expected: bound(op, issue.minimum, issue.origin),
        received: sizeOf(issue.input),
      });
    }
    case 'too_big': {
      const op = issue.exact ? '=' : issue.inclusive === false ? '<' : '<=';
      return makeIssue(locale, 'too_big', path, {
        expected: bound(op, issue.maximum, issue.origin),
        received: sizeOf(issue.input),
      });
    }
    case 'invalid_format':
      return makeIssue(locale, 'invalid_format', path, {
        expected: issue.format === 'regex' && issue.pattern ? `pattern ${issue.pattern}` : issue.format,
        received: describeReceived(issue.input),
      });
    case 'invalid_value':
      return makeIssue(locale, 'invalid_value', path, {
        expected: issue.values.map((v) => String(v)).join(', '),
        received: describeReceived(issue.input),
      });
    case 'unrecognized_keys':
      return makeIssue(locale, 'unrecognized_keys', path, { params: { keys: issue.keys.map((k) => k.slice(0, 100)) } });
    case 'custom': {
      const rule = (issue.params as { code?: unknown } | undefined)?.code;
      return makeIssue(locale, 'invalid_combination', path, { params: { rule: typeof rule === 'string' ? rule : 'custom' } });
    }
    case 'not_multiple_of':
      return makeIssue(locale, 'invalid_format', path, { expected: `multiple of ${String(issue.divisor)}`, received: describeReceived(issue.input) });
    default:
      // invalid_union, invalid_key, invalid_element: not produced by the library's models; keep them visible.
      return makeIssue(locale, 'invalid_type', path, { expected: issue.code, received: describeReceived(issue.input) });
  }
}
