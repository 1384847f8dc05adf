/**
 * The city statistics of a dataset read from files, as `stats` and `check --output json|html` give them.
 * Platform-neutral (the documentation site's checker computes them too).
 *
 * @module
 */
import { isCommunityStandardsError } from '../errors.js';
import type { Locale } from '../locale.js';
import type { Dataset } from '../models/dataset.js';
import type { Profile } from '../profiles/types.js';
import type { ReportJSON } from '../report/json.js';
import { cityStatistics } from '../statistics/city-statistics.js';
import { readAsReport } from '../statistics/compare.js';
import { formatReportFigure, formatStatistic } from '../statistics/format.js';
import type { WelfareTally } from '../statistics/types.js';
import { validateDataset } from '../validation/validate-dataset.js';
import type { DatasetInput } from './dataset-input.js';
import type { StatisticOutput } from './output.js';
import { UsageFailure } from './usage.js';

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
 * The statistics of the records checked for the report's JSON form and page, or why they cannot be computed.
 *
 * @param input - the dataset read
 * @param options - the date, the profile and the locale of the check
 * @returns `statistics`, or `statisticsUnavailable` with the reason
 * @example
 * ```ts
 * const output = { ...checkInput(input, options), ...statisticsOf(input, { asOf: '2013-06-30', profile: kunshan, locale: 'en' }) };
 * ```
 */
export function statisticsOf(input: DatasetInput, options: { readonly asOf: string; readonly profile: Profile; readonly locale: Locale }): Pick<ReportJSON, 'statistics' | 'statisticsUnavailable'> {
  try {
    return { statistics: computeStatistics(input, options).statistics };
  } catch (error) {
    if (!(error instanceof UsageFailure)) throw error;
    return { statisticsUnavailable: String(error.params['detail'] ?? error.code) };
  }
}
