/**
 * `stats` as text: each statistic beside the report's figure, the welfare projects, the problems and a verdict.
 *
 * @module
 */
import { fenToYuanText } from '../../engine/format-parameter.js';
import { cliMessages } from '../messages.js';
import { statisticMessages } from '../../statistics/messages.js';
import type { StatsOutput } from '../output.js';
import { reportMessages } from '../../report/messages.js';
import { renderTable } from '../../report/table.js';
import { grouped, problemLines } from '../../report/text-common.js';

/**
 * Renders the output of `stats` for a terminal: a table of the statistics (computed, the report's figure, ✓ when
 * they agree the way the report writes it, ✗ when not), the welfare projects by year and programme, the input
 * problems, and the verdict.
 *
 * @param output - the output of `stats`
 * @returns the text, ending with a line break
 * @example
 * ```ts
 * renderStatsText(output).includes('85.1%(262/308)'); //=> true for examples/data/kunshan-2013.ndjson
 * ```
 */
export function renderStatsText(output: StatsOutput): string {
  const { locale } = output;
  const m = cliMessages[locale];
  const w = { ...reportMessages[locale].words, ...m.words };
  const files = output.files.map((f) => f.file).join(', ');
  const lines = [
    reportMessages[locale].text.heading({ command: 'stats', files, records: grouped(output.records), asOf: output.asOf, profile: `${output.profile.name} (${output.profile.id})` }),
    '',
    ...renderTable(
      [w.figure, w.computed, w.report, w.agrees],
      output.statistics.map((s) => [s.label, s.text, s.report?.text ?? '', s.matches === undefined ? '' : s.matches ? '✓' : '✗']),
      ['left', 'right', 'right', 'center'],
    ),
  ];
  if (output.welfareProjects.length > 0) {
    const programmes = statisticMessages[locale].programmes;
    lines.push(
      '',
      m.text.welfare,
      ...renderTable(
        [w.year, w.programme, w.projects, w.funded, w.granted],
        output.welfareProjects.map((t) => [String(t.year), programmes[t.programme], grouped(t.projects), grouped(t.funded), fenToYuanText(t.fundedFen)]),
        ['left', 'left', 'right', 'right', 'right'],
      ),
    );
  }
  const problems = problemLines(output.problems, locale, m.text.more);
  if (problems.length > 0) lines.push('', ...problems);
  lines.push('', statsVerdictText(output));
  return `${lines.join('\n')}\n`;
}

/**
 * The verdict line of `stats`: how many of the report's figures agree, the input problems, and the exit code.
 *
 * @param output - the output of `stats`
 * @returns the line
 * @example
 * ```ts
 * statsVerdictText(output); //=> '✓ 22 of the report's 22 figures match (exit code 0)'
 * ```
 */
export function statsVerdictText(output: StatsOutput): string {
  const compared = output.statistics.filter((s) => s.matches !== undefined);
  return cliMessages[output.locale].text.statsVerdict({
    records: grouped(output.records),
    invalid: 0,
    errors: output.problems.errors,
    failing: 0,
    fatal: output.exitCode === 2,
    exitCode: output.exitCode,
    matched: compared.filter((s) => s.matches === true).length,
    compared: compared.length,
  });
}
