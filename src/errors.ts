/**
 * The one error base class of the library, and its subclasses.
 *
 * Only programmer misuse throws (an unknown parameter id, no value in force at a date, an invalid option);
 * bad *data* never throws — validators and rules return issues and findings instead.
 *
 * @module
 */

/** Machine-readable codes carried by every {@link CommunityStandardsError}. */
export type ErrorCode =
  | 'UNKNOWN_PARAMETER'
  | 'NO_VALUE_IN_FORCE'
  | 'INVALID_OPTION'
  | 'UNKNOWN_RECORD_KIND'
  | 'INVALID_PROFILE'
  | 'INVALID_MONEY'
  | 'UNKNOWN_RULE'
  | 'OUT_OF_RANGE';

/**
 * Base class of every error this library throws on purpose. Catch it to tell the library's errors from
 * anything else; switch on `code` to tell them apart.
 *
 * @example
 * ```ts
 * try {
 *   parameter(kunshan, 'funding.communityWork', '1999-01-01');
 * } catch (error) {
 *   if (isCommunityStandardsError(error)) console.log(error.code); //=> 'NO_VALUE_IN_FORCE'
 * }
 * ```
 */
export class CommunityStandardsError extends Error {
  override name = 'CommunityStandardsError';
  /** Machine-readable code, stable across versions. */
  readonly code: ErrorCode;
  /** Structured details (the offending id, date, option…), safe to log. */
  readonly details: Readonly<Record<string, unknown>>;

  /**
   * Creates the error.
   *
   * @param code - the machine-readable code
   * @param message - a readable English message
   * @param details - structured details
   */
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.code = code;
    this.details = Object.freeze({ ...details });
  }
}

/**
 * A parameter id that the profile does not define. Exists so that a typo in a parameter id fails loudly
 * instead of silently falling back to a default.
 *
 * @example
 * ```ts
 * parameter(kunshan, 'hall.minItems', '2013-06-30'); // throws UnknownParameterError (code 'UNKNOWN_PARAMETER')
 * ```
 */
export class UnknownParameterError extends CommunityStandardsError {
  override name = 'UnknownParameterError';
  /**
   * Creates the error.
   *
   * @param id - the parameter id asked for
   * @param profileId - the profile it was looked up in
   */
  constructor(id: string, profileId: string) {
    super('UNKNOWN_PARAMETER', `Profile "${profileId}" has no parameter "${id}".`, { id, profile: profileId });
  }
}

/**
 * A parameter that exists but has no value in force at the requested date. Exists because a standard that
 * did not yet apply must never be read as zero.
 *
 * @example
 * ```ts
 * parameter(kunshan, 'funding.communityWork', '1990-01-01'); // throws NoValueInForceError
 * ```
 */
export class NoValueInForceError extends CommunityStandardsError {
  override name = 'NoValueInForceError';
  /**
   * Creates the error.
   *
   * @param id - the parameter id
   * @param profileId - the profile it was looked up in
   * @param asOf - the date asked for (YYYY-MM-DD)
   * @param around - when the nearest later value starts (`from`), or else when the latest earlier one ended (`to`)
   */
  constructor(id: string, profileId: string, asOf: string, around: { readonly from?: string; readonly to?: string } = {}) {
    super('NO_VALUE_IN_FORCE', `Parameter "${id}" of profile "${profileId}" has no value in force on ${asOf}.`, {
      id,
      profile: profileId,
      asOf,
      ...(around.from !== undefined && { from: around.from }),
      ...(around.from === undefined && around.to !== undefined && { to: around.to }),
    });
  }
}

/**
 * An option passed to a function is invalid (an unknown locale, a malformed `asOf` date, a negative budget…).
 *
 * @example
 * ```ts
 * validateRecord('community', {}, { locale: 'fr' as never }); // throws InvalidOptionError
 * ```
 */
export class InvalidOptionError extends CommunityStandardsError {
  override name = 'InvalidOptionError';
  /**
   * Creates the error.
   *
   * @param option - the option's name
   * @param message - what is wrong with it
   * @param value - the value received
   */
  constructor(option: string, message: string, value?: unknown) {
    super('INVALID_OPTION', `Invalid option "${option}": ${message}`, { option, value: describeValue(value) });
  }
}

/**
 * A record kind that the library does not know. Exists so that `validateRecord('comunity', …)` fails loudly.
 *
 * @example
 * ```ts
 * validateRecord('comunity' as never, {}); // throws UnknownRecordKindError
 * ```
 */
export class UnknownRecordKindError extends CommunityStandardsError {
  override name = 'UnknownRecordKindError';
  /**
   * Creates the error.
   *
   * @param kind - the kind asked for
   */
  constructor(kind: unknown) {
    super('UNKNOWN_RECORD_KIND', `Unknown record kind ${describeValue(kind)}.`, { kind: describeValue(kind) });
  }
}

/**
 * A profile definition that is inconsistent (an unknown parameter replaced, a unit that does not match, a value
 * without a citation or assumption note, overlapping date ranges).
 *
 * @example
 * ```ts
 * defineProfile({ extends: kunshan, id: 'x', name: { 'zh-CN': 'x', en: 'x' }, parameters: { 'no.such': … } });
 * // throws ProfileDefinitionError
 * ```
 */
export class ProfileDefinitionError extends CommunityStandardsError {
  override name = 'ProfileDefinitionError';
  /**
   * Creates the error.
   *
   * @param message - what is wrong
   * @param details - structured details
   */
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('INVALID_PROFILE', message, details);
  }
}

/**
 * A money amount that cannot be represented exactly (not an integer number of fen, beyond 2^53 fen) or a money
 * string that cannot be parsed.
 *
 * @example
 * ```ts
 * parseMoney('about 3 million'); // throws MoneyError
 * ```
 */
export class MoneyError extends CommunityStandardsError {
  override name = 'MoneyError';
  /**
   * Creates the error.
   *
   * @param message - what is wrong
   * @param details - structured details
   */
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('INVALID_MONEY', message, details);
  }
}

/**
 * A rule id that the registry does not know.
 *
 * @example
 * ```ts
 * check(dataset, { rules: ['hall.min-itemz'] }); // throws UnknownRuleError
 * ```
 */
export class UnknownRuleError extends CommunityStandardsError {
  override name = 'UnknownRuleError';
  /**
   * Creates the error.
   *
   * @param id - the rule id asked for
   */
  constructor(id: string) {
    super('UNKNOWN_RULE', `Unknown rule "${id}".`, { id });
  }
}

/**
 * A request outside the data the library ships (e.g. holidays for a year the calendar does not cover).
 * Exists so that the library never guesses.
 *
 * @example
 * ```ts
 * holidaysOf(1999); // throws OutOfRangeError
 * ```
 */
export class OutOfRangeError extends CommunityStandardsError {
  override name = 'OutOfRangeError';
  /**
   * Creates the error.
   *
   * @param message - what was out of range
   * @param details - structured details
   */
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('OUT_OF_RANGE', message, details);
  }
}

/**
 * Type guard for {@link CommunityStandardsError}: checks `instanceof` and also `name`, so that it works across
 * two copies of the library (ESM and CJS loaded side by side).
 *
 * @param error - anything caught
 * @returns whether it is one of this library's errors
 * @example
 * ```ts
 * isCommunityStandardsError(new UnknownRuleError('x')); //=> true
 * isCommunityStandardsError(new Error('x')); //=> false
 * ```
 */
export function isCommunityStandardsError(error: unknown): error is CommunityStandardsError {
  return (
    error instanceof CommunityStandardsError ||
    (error instanceof Error && ERROR_NAMES.has(error.name) && typeof (error as { code?: unknown }).code === 'string')
  );
}

const ERROR_NAMES = new Set([
  'CommunityStandardsError',
  'UnknownParameterError',
  'NoValueInForceError',
  'InvalidOptionError',
  'UnknownRecordKindError',
  'ProfileDefinitionError',
  'MoneyError',
  'UnknownRuleError',
  'OutOfRangeError',
]);

function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  return typeof value;
}
