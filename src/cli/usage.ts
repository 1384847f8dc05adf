/**
 * Usage errors: what is wrong with the command line (or with what it names: a profile file, a rule), as codes;
 * the text lives in `src/cli/messages.ts`. They end the run with exit code 2.
 *
 * @module
 */

/** The codes of usage errors. */
export type UsageErrorCode =
  | 'unknown_command'
  | 'unknown_option'
  | 'option_needs_value'
  | 'option_not_for_command'
  | 'missing_operand'
  | 'too_many_operands'
  | 'bad_value'
  | 'output_not_for_command'
  | 'html_needs_file'
  | 'xlsx_needs_file'
  | 'unknown_kind'
  | 'unknown_rule'
  | 'unknown_format'
  | 'missing_as_of'
  | 'profile_unreadable'
  | 'profile_invalid'
  | 'profile_value_invalid'
  | 'cannot_compute'
  | 'cannot_write'
  | 'option_repeated'
  | 'output_is_input'
  | 'output_exists';

/**
 * Thrown inside the CLI for a usage error; `run` catches it, prints its message on standard error and returns
 * exit code 2. Internal to the CLI.
 *
 * @example
 * ```ts
 * throw new UsageFailure('unknown_rule', { rule: 'hall.min-itemz' });
 * ```
 */
export class UsageFailure extends Error {
  override name = 'UsageFailure';
  /** The code. */
  readonly code: UsageErrorCode;
  /** Values for the message. */
  readonly params: Readonly<Record<string, unknown>>;

  /**
   * @param code - the code
   * @param params - values for the message
   */
  constructor(code: UsageErrorCode, params: Readonly<Record<string, unknown>> = {}) {
    super(code);
    this.code = code;
    this.params = params;
  }
}
