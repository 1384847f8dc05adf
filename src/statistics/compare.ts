/**
 * Each computed statistic side by side with the report's figure, compared the way the report writes it.
 *
 * @module
 */
import type { LocalizedText } from '../locale.js';
import { wholePercent } from './fractions.js';
import type { CityStatistics, ReportFigure, Statistic, StatisticId } from './types.js';

/** One statistic beside the report's figure. */
export interface ReportComparison {
  /** The statistic's id. */
  readonly id: StatisticId;
  /** Its label in every locale. */
  readonly label: LocalizedText;
  /** The computed statistic. */
  readonly statistic: Statistic;
  /** The report's figure. */
  readonly report: ReportFigure;
  /**
   * The computed value read the report's way: the count for `exact`, the whole percentage (rounded half up) for
   * `whole-percent`, the value itself for `over`; `null` when it cannot be computed.
   */
  readonly reading: number | null;
  /** Whether the computed value agrees with the report's figure under the report's reading. */
  readonly matches: boolean;
}

/**
 * Reads a statistic the way the report writes a figure, and says whether it agrees: an `exact` count must be
 * equal; a `whole-percent` share, rounded half up to a whole percentage from its exact counts, must be equal; an
 * `over` value must be strictly greater.
 *
 * @param statistic - the computed statistic
 * @param figure - the report's figure
 * @returns the reading and whether it matches
 * @example
 * ```ts
 * readAsReport(stats.figures['hall.minItems'], { value: 85, reading: 'whole-percent', citation }); //=> { reading: 85, matches: true }
 * readAsReport({ ...stat, value: 1315 }, { value: 1315, reading: 'over', citation }); //=> { reading: 1315, matches: false }
 * ```
 */
export function readAsReport(statistic: Statistic, figure: ReportFigure): { reading: number | null; matches: boolean } {
  switch (figure.reading) {
    case 'exact':
      return { reading: statistic.value, matches: statistic.value === figure.value };
    case 'whole-percent': {
      const reading = statistic.share === undefined ? null : wholePercent(statistic.share);
      return { reading, matches: reading === figure.value };
    }
    case 'over':
      return { reading: statistic.value, matches: statistic.value !== null && statistic.value > figure.value };
  }
}

/**
 * Puts every statistic that carries a report figure beside it, in the order of the report's table, and says
 * whether each agrees under the report's reading.
 *
 * @param stats - the result of `cityStatistics`
 * @returns one row per statistic with a report figure
 * @example
 * ```ts
 * const rows = compareWithReport(cityStatistics(kunshan2013(), { asOf: '2013-06-30' }));
 * rows.length; //=> 22
 * rows.every((row) => row.matches); //=> true
 * rows.find((row) => row.id === 'staff.urbanProfessionalised')?.reading; //=> 86
 * ```
 */
export function compareWithReport(stats: CityStatistics): ReportComparison[] {
  const rows: ReportComparison[] = [];
  for (const statistic of Object.values(stats.figures)) {
    if (statistic.report === undefined) continue;
    rows.push({ id: statistic.id, label: statistic.label, statistic, report: statistic.report, ...readAsReport(statistic, statistic.report) });
  }
  return rows;
}
