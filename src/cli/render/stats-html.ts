/**
 * `stats --output html`: the statistics page, drawn with the report's pieces (page, statistics, problems).
 *
 * @module
 */
import { escapeHtml as e } from '../../report/html-escape.js';
import { problemSection, renderPage, statisticsSection } from '../../report/html.js';
import { reportMessages } from '../../report/messages.js';
import { grouped } from '../../report/text-common.js';
import type { StatsOutput } from '../output.js';
import { statsVerdictText } from './stats-text.js';

/**
 * Renders the statistics page: the verdict, each statistic beside the survey report's figure as a pair of bars,
 * and the input problems. One self-contained page, as `renderHtml` of a report.
 *
 * @param output - the output of `stats`
 * @returns the page
 * @example
 * ```ts
 * renderStatsHtml(await statsCommand(args, io)).startsWith('<!doctype html>'); //=> true
 * ```
 */
export function renderStatsHtml(output: StatsOutput): string {
  const { locale } = output;
  const m = reportMessages[locale];
  const heading = m.text.heading({
    command: 'stats',
    files: output.files.map((f) => f.file).join(', '),
    records: grouped(output.records),
    asOf: output.asOf,
    profile: `${output.profile.name} (${output.profile.id})`,
  });
  return renderPage(
    m.html.title('stats'),
    [
      `<h1>${e(m.html.title('stats'))}</h1>`,
      `<p class="meta">${e(heading)}</p>`,
      `<p class="verdict ${output.ok ? 'ok' : 'fail'}">${e(statsVerdictText(output))}</p>`,
      `<h2>${e(m.html.statistics)}</h2>`,
      statisticsSection(output.statistics, locale),
      ...problemSection(output.problems, locale),
    ],
    locale,
  );
}
