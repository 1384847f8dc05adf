/**
 * Statistics and report figures as text, in zh-CN or en.
 *
 * @module
 */
import { resolveLocale, type Locale, type LocaleOptions } from '../locale.js';
import { optionBag } from '../options.js';
import { statisticMessages } from './messages.js';
import type { ReportFigure, Statistic } from './types.js';
import type { InvalidOptionError } from '../errors.js';

/** A ratio as a percentage with at most one decimal (`85.1%`). */
function percentText(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10}%`;
}

/**
 * Writes a computed statistic: a count with thousands separators, a share as a percentage with its counts, an
 * average area with at most two decimals and its unit.
 *
 * @param statistic - the statistic
 * @param options - `locale`: `zh-CN` (default) or `en`
 * @returns the text
 * @throws {@link index!InvalidOptionError} for an unknown locale
 * @example
 * ```ts
 * formatStatistic(stats.figures['staff.urban']); //=> '1,558'
 * formatStatistic(stats.figures['hall.minItems']); //=> '85.1%(262/308)'
 * formatStatistic(stats.figures['area.urbanAverage'], { locale: 'en' }); //=> '1,315.5 m²'
 * ```
 */
export function formatStatistic(statistic: Statistic, options: LocaleOptions = {}): string {
  const locale = resolveLocale(optionBag(options).locale);
  const m = statisticMessages[locale];
  if (statistic.value === null) return m.none;
  switch (statistic.unit) {
    case 'count':
      return m.count(statistic.value);
    case 'share':
      return statistic.share === undefined
        ? percentText(statistic.value)
        : m.share(percentText(statistic.value), statistic.share.numerator, statistic.share.denominator);
    case 'square-metres':
      return m.area(m.count(statistic.value));
  }
}

/**
 * Writes a report figure as the report does: a count, a whole percentage, or "超过" / "over" an area.
 *
 * @param figure - the report's figure
 * @param unit - the unit of the statistic it belongs to
 * @param options - `locale`: `zh-CN` (default) or `en`
 * @returns the text
 * @throws {@link index!InvalidOptionError} for an unknown locale
 * @example
 * ```ts
 * formatReportFigure(kunshan2013ReportFigures['hall.minItems']!, 'share'); //=> '85%'
 * formatReportFigure(kunshan2013ReportFigures['area.urbanAverage']!, 'square-metres'); //=> '超过1,315平方米'
 * formatReportFigure(kunshan2013ReportFigures['staff.urban']!, 'count', { locale: 'en' }); //=> '1,558'
 * ```
 */
export function formatReportFigure(figure: ReportFigure, unit: Statistic['unit'], options: LocaleOptions = {}): string {
  const locale = resolveLocale(optionBag(options).locale);
  const m = statisticMessages[locale];
  const value = figure.reading === 'whole-percent' ? `${figure.value}%` : unit === 'square-metres' ? m.area(m.count(figure.value)) : m.count(figure.value);
  return figure.reading === 'over' ? m.over(value) : value;
}
