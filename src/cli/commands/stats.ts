/**
 * `stats FILE...`: the report's table computed from the records, beside the report's figures.
 *
 * @module
 */
import { isCommunityStandardsError } from '../../errors.js';
import type { Locale } from '../../locale.js';
import type { Dataset } from '../../models/dataset.js';
import type { Profile } from '../../profiles/types.js';
import { cityStatistics } from '../../statistics/city-statistics.js';
import { readAsReport } from '../../statistics/compare.js';
import { formatReportFigure, formatStatistic } from '../../statistics/format.js';
import type { WelfareTally } from '../../statistics/types.js';
import { validateDataset } from '../../validation/validate-dataset.js';
import type { CliArgs } from '../args.js';
import { ExitCode } from '../exit-code.js';
import type { CliIo } from '../io.js';
import { OUTPUT_VERSION, type StatisticOutput, type StatsOutput } from '../output.js';
import { loadProfile } from '../profile-file.js';
import { readDataset, type DatasetInput } from '../read-dataset.js';
import { UsageFailure } from '../usage.js';
import { metaAsOf } from './check.js';

/**
 * Computes the city statistics of a dataset read from files, each beside the report's figure where the report
 * gives one. Validation issues are added to the input's problems; invalid records are left out.
 *
 * @param input - the dataset read
 * @param options - date, profile and locale
 * @returns the statistics and the welfare tallies
 * @throws {@link UsageFailure} `cannot_compute` when a parameter the statistics read has no value in force
 * @example
 * ```ts
 * const { statistics } = computeStatistics(input, { asOf: '2013-06-30', profile: kunshan, locale: 'en' });
 * statistics.find((s) => s.id === 'hall.minItems')?.text; //=> '85.1% (262/308)'
 * ```
 */
export function computeStatistics(
  input: DatasetInput,
  options: { readonly asOf: string; readonly profile: Profile; readonly locale: Locale; readonly report?: boolean },
): { statistics: StatisticOutput[]; welfareProjects: WelfareTally[] } {
  const { locale } = options;
  const validation = validateDataset(input.dataset, { locale });
  if (options.report === true) for (const issue of validation.issues) input.log.add(input.issueProblem(issue));
  const dataset: Dataset = validation.ok ? validation.value : (validation.partial ?? {});
  let stats;
  try {
    stats = cityStatistics(dataset, { asOf: options.asOf, profile: options.profile });
  } catch (error) {
    if (!isCommunityStandardsError(error)) throw error;
    throw new UsageFailure('cannot_compute', { detail: error.message });
  }
  const statistics = Object.values(stats.figures).map((s): StatisticOutput => {
    const compared = s.report === undefined ? undefined : readAsReport(s, s.report);
    return {
      id: s.id,
      label: s.label[locale],
      unit: s.unit,
      value: s.value,
      text: formatStatistic(s, { locale }),
      ...(s.share !== undefined && { share: { numerator: s.share.numerator, denominator: s.share.denominator } }),
      ...(s.notReported !== undefined && { notReported: s.notReported }),
      ...(s.report !== undefined && {
        report: { value: s.report.value, reading: s.report.reading, text: formatReportFigure(s.report, s.unit, { locale }), citation: s.report.citation },
      }),
      ...(compared !== undefined && { reading: compared.reading, matches: compared.matches }),
    };
  });
  return { statistics, welfareProjects: [...stats.welfareProjects] };
}

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
