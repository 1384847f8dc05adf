/**
 * The issues validation returns: a code, a path, the machine-readable requirement and a localized message.
 *
 * @module
 */
import { listArgument } from '../arguments.js';
import { InvalidOptionError } from '../errors.js';

/** One step of a path into a record: an object key or an array index. */
export type PathSegment = string | number;

/** The codes of {@link ValidationIssue}: zod's shape codes plus the library's own record and dataset checks. */
export type ValidationIssueCode =
  /** A required field is missing. */
  | 'required'
  /** A value of the wrong type (a string where a count belongs, NaN, null…). */
  | 'invalid_type'
  /** A number, string or list below its minimum. */
  | 'too_small'
  /** A number, string or list above its maximum. */
  | 'too_big'
  /** A string not in the expected format (date, time, id, e-mail…). */
  | 'invalid_format'
  /** A value not among the allowed ones (an unknown enumeration member). */
  | 'invalid_value'
  /** Keys the model does not know (often a typo). */
  | 'unrecognized_keys'
  /** A cross-field constraint (a band that closes before it opens, a case resolved before it was received). */
  | 'invalid_combination'
  /** The input could not be read at all (a getter that throws, a revoked proxy). */
  | 'unreadable_input'
  /** Two records of one kind share an id. */
  | 'duplicate_id'
  /** A `<kind>Id(s)` field names a record that is not in the dataset. */
  | 'unresolved_reference'
  /** Two service items offered by one centre share a code. */
  | 'duplicate_service_item_code';

/**
 * The shape every issue of the library shares — validation, calculators, geo, time — with its own `code` union:
 * a code, a path, a localized message and the machine-readable requirement.
 *
 * @typeParam C - the codes of this kind of issue
 * @example
 * ```ts
 * type MyIssue = Issue<'too_far'>;
 * const issue: MyIssue = { code: 'too_far', path: ['residences', 3], message: '…' };
 * ```
 */
export interface Issue<C extends string = string> {
  /** Machine-readable code. */
  readonly code: C;
  /** Where: keys and indexes from the input's root. */
  readonly path: readonly PathSegment[];
  /** The message, in the locale asked for, naming the field. */
  readonly message: string;
  /** The requirement, machine-readable (e.g. `'>= 0'`, `'integer'`, `'date'`, a list of allowed values). */
  readonly expected?: string;
  /** What was received, described briefly (a type, or a short rendering of the value). */
  readonly received?: string;
  /** Further machine-readable details (unknown keys, the duplicate id, the referenced kind…). */
  readonly params?: Readonly<Record<string, unknown>>;
}

/**
 * One problem found in a record or dataset.
 *
 * @example
 * ```ts
 * const result = validateRecord('community', { ...yanwu, households: { registered: -1 } });
 * if (!result.ok) result.issues[0];
 * //=> { code: 'too_small', path: ['households', 'registered'], expected: '>= 0', received: '-1', message: '…' }
 * ```
 */
export type ValidationIssue = Issue<ValidationIssueCode>;

/**
 * The result of a validation: the parsed value, or the issues. Never throws on data.
 *
 * @typeParam T - the parsed value's type
 */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly [] }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/**
 * Renders a path as `households.registered` or `communities[3].id`.
 *
 * @param path - the path
 * @returns the path as text; `(root)` for the empty path
 * @example
 * ```ts
 * formatPath(['communities', 3, 'id']); //=> 'communities[3].id'
 * ```
 */
export function formatPath(path: readonly PathSegment[]): string {
  listArgument(path, 'path');
  if (path.length === 0) return '(root)';
  let out = '';
  for (const segment of path) {
    if (typeof segment !== 'number' && typeof segment !== 'string') throw new InvalidOptionError('path', 'expected keys (strings) and indexes (numbers)', segment);
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}
