/**
 * Reading the files of `check` and `stats` from disk into one dataset (see `collectDataset`).
 *
 * @module
 */
import type { CliArgs } from './args.js';
import { pick } from './commands/validate.js';
import { defaultLimit } from './problem-limit.js';
import { collectDataset, type DatasetInput } from './dataset-input.js';
import type { CliIo } from './io.js';
import { createProblemLog } from './problem-log.js';
import { createProgress, progressEnabled } from './progress.js';
import { openInput } from './read-input.js';

export type { DatasetInput } from './dataset-input.js';

/**
 * Reads every file named on the command line into one dataset (see `collectDataset`), with the progress bar on a
 * terminal.
 *
 * @param args - the parsed command line (files, `--format`, `--kind`, `--encoding`, locale, limits)
 * @param io - the surroundings
 * @returns the dataset, the files read and the problems, with ways to locate records
 * @throws {@link UsageFailure} when a file's format cannot be told
 * @example
 * ```ts
 * const input = await readDataset(args, io);
 * check(input.dataset, { asOf: '2013-06-30' });
 * ```
 */
export async function readDataset(args: CliArgs, io: CliIo): Promise<DatasetInput> {
  const { locale } = args;
  const { encoding, ...how } = pick(args);
  const log = createProblemLog(defaultLimit(args));
  const progress = createProgress(io, args.progress && progressEnabled(io), locale);
  return collectDataset({ files: args.operands, ...how, locale, log, progress }, openInput(io, encoding));
}
