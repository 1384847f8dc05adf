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
  | 'INVALID_PARAMETER_VALUE'
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
 * A parameter value that does not fit its parameter's schema (`'twenty'` or `-1` for a count, `1.2` for a ratio,
 * `'25:00'` for a time of day, a record without its fields…): `defineProfile` refuses the profile. The message
 * names the parameter, the value's dates and the value; `details` holds `{ parameter, profile, index, from?, to?,
 * value, issues }` and `details.messages` the same sentence in every locale. A subclass of
 * {@link ProfileDefinitionError}, with its own code.
 *
 * @example
 * ```ts
 * defineProfile({ extends: kunshan, id: 'x', name, parameters: { 'hall.minServiceItems': { values: [{ from: '2014-01-01', value: 'twenty', assumption }] } } });
 * // throws InvalidParameterValueError: Parameter "hall.minServiceItems" of profile "x": the value "twenty" from 2014-01-01 is invalid (value: expected number, received "twenty").
 * ```
 */
export class InvalidParameterValueError extends ProfileDefinitionError {
  override name = 'InvalidParameterValueError';
  override readonly code: ErrorCode = 'INVALID_PARAMETER_VALUE';
  /**
   * Creates the error.
   *
   * @param parameter - the parameter id
   * @param place - the profile being defined, the value's position among those given (0-based) and its dates
   * @param value - the value refused
   * @param issues - why, at least one: a code (`invalid_type`, `too_small`…), the path inside the value, and the
   *   reason in Chinese and in English
   */
  constructor(
    parameter: string,
    place: { readonly profile: string; readonly index: number; readonly from?: string; readonly to?: string },
    value: unknown,
    issues: readonly { readonly code: string; readonly path: readonly (string | number)[]; readonly message: { readonly 'zh-CN': string; readonly en: string } }[],
  ) {
    const shown = showValue(value);
    const dates = {
      en: place.from !== undefined && place.to !== undefined ? `from ${place.from} to ${place.to}` : place.from !== undefined ? `from ${place.from}` : place.to !== undefined ? `until ${place.to}` : 'with no dates (in force at any date)',
      zh: place.from !== undefined && place.to !== undefined ? `${place.from} 至 ${place.to} 的` : place.from !== undefined ? `自 ${place.from} 起的` : place.to !== undefined ? `至 ${place.to} 止的` : '不限日期的',
    };
    const en = `Parameter "${parameter}" of profile "${place.profile}": the value ${shown} ${dates.en} is invalid (${issues.map((i) => i.message.en).join('; ')}).`;
    const zh = `标准 "${place.profile}" 的参数 ${parameter}:${dates.zh}值 ${shown} 无效(${issues.map((i) => i.message['zh-CN']).join(';')})。`;
    super(en, {
      parameter,
      profile: place.profile,
      index: place.index,
      ...(place.from !== undefined && { from: place.from }),
      ...(place.to !== undefined && { to: place.to }),
      value: shown,
      issues: Object.freeze(issues.map((i) => Object.freeze({ code: i.code, path: Object.freeze([...i.path]), message: Object.freeze({ ...i.message }) }))),
      messages: Object.freeze({ 'zh-CN': zh, en }),
    });
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
  'InvalidParameterValueError',
  'MoneyError',
  'UnknownRuleError',
  'OutOfRangeError',
]);

function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  return typeof value;
}

/** A value shown in a message: as {@link describeValue}, and a list or an object as JSON, cut at 80 characters. */
function showValue(value: unknown): string {
  if (typeof value !== 'object' || value === null) return describeValue(value);
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  if (json === undefined) return Array.isArray(value) ? 'a list' : 'an object';
  return json.length > 80 ? `${json.slice(0, 80)}…` : json;
}
