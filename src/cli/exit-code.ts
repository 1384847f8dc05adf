/**
 * The CLI's exit codes.
 *
 * @module
 */

/**
 * Exit codes: `0` clean; `1` the data has problems (invalid records, malformed lines or columns, or — for
 * `check` — failed findings of the `--fail-on` severity or worse, `error` by default); `2` a usage error or an
 * input that cannot be read at all (missing file, not UTF-8, a `.json` file that does not parse, a bad profile).
 *
 * @example
 * ```ts
 * ExitCode.usage; //=> 2
 * ```
 */
export const ExitCode = { ok: 0, problems: 1, usage: 2 } as const;

/** One of {@link ExitCode}'s values. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * The worse of two exit codes (2 over 1 over 0).
 *
 * @param a - one code
 * @param b - another
 * @returns the larger
 * @example
 * ```ts
 * worse(ExitCode.problems, ExitCode.ok); //=> 1
 * ```
 */
export function worse(a: ExitCode, b: ExitCode): ExitCode {
  return a > b ? a : b;
}
