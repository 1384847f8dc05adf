/**
 * `stats FILE...`: the report's table computed from the records, beside the report's figures.
 *
 * @module
 */
import type { CliArgs } from '../args.js';
import { ExitCode } from '../exit-code.js';
import type { CliIo } from '../io.js';
import { OUTPUT_VERSION, type StatsOutput } from '../output.js';
import { computeStatistics } from '../compute-statistics.js';
import { loadProfile } from '../profile-file.js';
import { readDataset } from '../read-dataset.js';
import { UsageFailure } from '../usage.js';
import { metaAsOf } from './check.js';

/**
 * Reads the files into one dataset and computes the city statistics as of `--as-of` (else the dataset's
 * `meta.asOf`) with the profile's parameters.
 *
 * @param args - the parsed command line
 * @param io - the surroundings
 * @returns the output; exit code 1 when records are invalid or lines malformed (they are left out), 2 when a
 *   file could not be read
 * @throws {@link UsageFailure} for a bad profile, an unknown format, no date, or a parameter not in force
 * @example
 * ```ts
 * const output = await statsCommand(args, io);
 * output.statistics.every((s) => s.matches !== false); //=> true for examples/data/kunshan-2013.ndjson
 * ```
 */
export async function statsCommand(args: CliArgs, io: CliIo): Promise<StatsOutput> {
  const { locale } = args;
  const profile = await loadProfile(args.profile, io.cwd);
  const input = await readDataset(args, io);
  const asOf = args.asOf ?? metaAsOf(input.dataset);
  if (asOf === undefined) throw new UsageFailure('missing_as_of', {});
  const { statistics, welfareProjects } = computeStatistics(input, { asOf, profile, locale, report: true });
  const exitCode = input.log.fatal ? ExitCode.usage : input.log.errors > 0 ? ExitCode.problems : ExitCode.ok;
  return {
    version: OUTPUT_VERSION,
    command: 'stats',
    exitCode,
    ok: exitCode === ExitCode.ok,
    locale,
    asOf,
    profile: { id: profile.id, name: profile.name[locale] },
    files: input.files,
    records: input.records,
    statistics,
    welfareProjects,
    problems: input.log.output(),
  };
}
