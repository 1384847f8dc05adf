/**
 * How many problems and failures a command lists. Platform-neutral: the documentation site's checker lists as many
 * as `check --output json`.
 *
 * @module
 */
import type { CliArgs } from './args.js';

/**
 * How many problems (and failures) are listed: `--max-problems`, else a screenful in text and many more for
 * machines.
 *
 * @param args - `--max-problems` and `--output`
 * @returns the limit
 * @example
 * ```ts
 * defaultLimit({ output: 'text' }); //=> 10
 * defaultLimit({ output: 'json' }); //=> 1000
 * ```
 */
export function defaultLimit(args: Pick<CliArgs, 'maxProblems' | 'output'>): number {
  return args.maxProblems ?? (args.output === 'text' ? 10 : 1000);
}
