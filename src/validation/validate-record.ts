/**
 * Validate one record of a given kind.
 *
 * @module
 */
import { optionBag } from '../options.js';
import { UnknownRecordKindError } from '../errors.js';
import { resolveLocale, type Locale } from '../locale.js';
import { recordModels, type RecordKind, type RecordOf } from '../models/kinds.js';
import { fastAcceptsRecord } from './fast-path.js';
import { fromZodIssue, makeIssue } from './from-zod.js';
import type { PathSegment, ValidationResult } from './issue.js';
import type { InvalidOptionError } from '../errors.js';

/** Options of {@link validateRecord} and {@link validateDataset}. */
export interface ValidateOptions {
  /** Message locale: `'zh-CN'` (default) or `'en'`. */
  readonly locale?: Locale;
}

/**
 * Checks whether a string names a record kind.
 *
 * @param kind - anything
 * @returns whether it is a {@link RecordKind}
 * @example
 * ```ts
 * isRecordKind('community'); //=> true
 * isRecordKind('communities'); //=> false
 * ```
 */
export function isRecordKind(kind: unknown): kind is RecordKind {
  return typeof kind === 'string' && Object.prototype.hasOwnProperty.call(recordModels, kind);
}

/**
 * Validates one record against the model of its kind, without throwing on data and without mutating it.
 * Unknown fields (`__proto__` and `constructor` included) are issues, and never reach the parsed value.
 *
 * A valid record is recognised by a validator compiled ahead of time from the kind's JSON Schema (no `eval`, so it
 * runs under a strict Content-Security-Policy) and its `value` is then the input itself (the models change nothing
 * in a valid record); any other goes to the zod model, which explains what is wrong.
 *
 * @param kind - the record kind, e.g. `'community'`
 * @param input - the untrusted record
 * @param options - `locale` of the messages
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`
 * @throws {@link UnknownRecordKindError} when `kind` is not a record kind; {@link InvalidOptionError} for a bad locale
 * @example
 * ```ts
 * const result = validateRecord('community', { id: 'x' }, { locale: 'en' });
 * result.ok; //=> false
 * result.issues[0]?.message; //=> 'name: expected string, received undefined'
 * ```
 */
export function validateRecord<K extends RecordKind>(
  kind: K,
  input: unknown,
  options: ValidateOptions = {},
): ValidationResult<RecordOf<K>> {
  if (!isRecordKind(kind)) throw new UnknownRecordKindError(kind);
  options = optionBag(options);
  const locale = resolveLocale(options.locale);
  return parseWith(kind, input, locale, []);
}

/**
 * Parses with a kind's model; shared by {@link validateRecord} and the dataset validator.
 *
 * @param kind - the record kind
 * @param input - the untrusted record
 * @param locale - the message locale
 * @param prefix - the record's path within a larger input
 * @returns the result
 * @example
 * ```ts
 * parseWith('plaque', { id: 'p', communityId: 'c', name: '社区居委会' }, 'en', []).ok; //=> true
 * ```
 */
export function parseWith<K extends RecordKind>(
  kind: K,
  input: unknown,
  locale: Locale,
  prefix: readonly PathSegment[],
): ValidationResult<RecordOf<K>> {
  // The common case: a valid record, recognised by the compiled validator; zod explains the others.
  if (fastAcceptsRecord(kind, input)) return { ok: true, value: input as RecordOf<K>, issues: [] };
  let result;
  try {
    // Parsing with `reportInput` makes zod several times slower even on valid input (bench/validation.bench.ts), so
    // the received values that the messages quote are asked for only by a second parse, when there are issues.
    result = recordModels[kind].safeParse(input);
    if (!result.success) result = recordModels[kind].safeParse(input, { reportInput: true });
  } catch {
    return { ok: false, issues: [makeIssue(locale, 'unreadable_input', prefix)] };
  }
  if (result.success) return { ok: true, value: result.data as RecordOf<K>, issues: [] };
  return { ok: false, issues: result.error.issues.map((issue) => fromZodIssue(issue, locale, prefix)) };
}
