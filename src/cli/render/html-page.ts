/**
 * The HTML report of `check` and `stats`: one self-contained page — inline CSS and SVG, no script, nothing
 * loaded from elsewhere (a Content-Security-Policy says so).
 *
 * @module
 */
import { cliMessages } from '../messages.js';
import { statisticMessages } from '../../statistics/messages.js';
import { recordKindLabels } from '../../models/kinds.js';
import type { CheckOutput, ProblemsOutput, StatisticOutput, StatsOutput } from '../output.js';
import { checkVerdictText } from './check-text.js';
import { escapeHtml as e } from './html-escape.js';
import { HTML_STYLE } from './html-style.js';
import { statsVerdictText } from './stats-text.js';
import { barChart, COLOURS, stackedBar } from './svg-charts.js';
import { grouped, whereText } from './text-common.js';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * Renders the HTML report: the verdict; for `check`, the failures by severity and by basis (the report's figures,
 * or our readings), a table by rule with a bar of pass / fail / not applicable for each and the failures split by
 * basis, and why findings were not applicable (per rule, with counts); the statistics beside the report's figures, each as a pair of bars; the
 * first failures and the input problems.
 *
 * @param output - the output of `check` or `stats`
 * @param statistics - the statistics to show, or why they could not be computed
 * @returns the page
 * @example
 * ```ts
 * const page = renderHtml(output, statistics);
 * page.startsWith('<!doctype html>'); //=> true
 * ```
 */
export function renderHtml(output: CheckOutput | StatsOutput, statistics: readonly StatisticOutput[] | string): string {
  const { locale } = output;
  const m = cliMessages[locale];
  const files = output.files.map((f) => f.file).join(', ');
  const heading = m.text.heading({
    command: output.command,
    files,
    records: grouped(output.records),
    asOf: output.asOf ?? '',
    profile: `${output.profile.name} (${output.profile.id})`,
  });
  const verdict = output.command === 'check' ? checkVerdictText(output) : statsVerdictText(output);
  const body = [
    `<h1>${e(m.html.title(output.command))}</h1>`,
    `<p class="meta">${e(heading)}</p>`,
    `<p class="verdict ${output.ok ? 'ok' : 'fail'}">${e(verdict)}</p>`,
    ...(output.command === 'check' ? checkSections(output) : []),
    `<h2>${e(m.html.statistics)}</h2>`,
    typeof statistics === 'string' ? `<p class="note">${e(m.html.noStatistics(statistics))}</p>` : statisticsSection(statistics, locale),
    ...(output.command === 'check' ? failureSection(output) : []),
    ...problemSection(output.problems, locale),
    `<footer><p>${e(m.html.generatedBy)}</p></footer>`,
  ];
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(m.html.title(output.command))}</title>
<style>${HTML_STYLE}</style>
</head>
<body><main>
${body.join('\n')}
</main></body>
</html>
`;
}

function legend(items: readonly [string, string][]): string {
  return `<p class="legend">${items.map(([colour, label]) => `<span><i style="background:${colour}"></i>${e(label)}</span>`).join('')}</p>`;
}

function checkSections(output: CheckOutput): string[] {
  const m = cliMessages[output.locale];
  const w = m.words;
  const s = output.summary.bySeverity;
  const severities = (['error', 'warning', 'info'] as const).map((k) => ({ value: s[k], colour: COLOURS[k], label: `${m.severity[k]} ${s[k]}`, text: `${m.severity[k]} ${grouped(s[k])}` }));
  const rows = output.summary.byRule.map((r) => {
    const bar = stackedBar(
      [
        { value: r.pass, colour: COLOURS.pass, label: `${w.pass} ${r.pass}` },
        { value: r.fail, colour: COLOURS.fail, label: `${w.fail} ${r.fail}` },
        { value: r.notApplicable, colour: COLOURS.notApplicable, label: `${w.notApplicable} ${r.notApplicable}` },
      ],
      { width: 220, height: 14, title: r.rule, className: 'chart-rule' },
    );
    const idle = r.pass + r.fail + r.notApplicable === 0;
    return `<tr${idle ? ' class="idle"' : ''} data-rule="${e(r.rule)}"><td class="code">${e(r.rule)}</td><td>${e(r.title)}</td><td><span class="badge ${r.severity}">${e(m.severity[r.severity])}</span></td><td>${bar}</td><td class="n">${grouped(r.pass)}</td><td class="n">${grouped(r.fail)}</td><td class="n">${grouped(r.failOnFigures)}</td><td class="n">${grouped(r.failOnReadings)}</td><td class="n">${grouped(r.notApplicable)}</td></tr>`;
  });
  const b = output.summary.failuresByBasis;
  const reasons = output.summary.byRule.flatMap((r) =>
    r.notApplicableReasons.map(
      (n) => `<tr data-rule="${e(r.rule)}" data-code="${e(n.code)}"><td class="code">${e(r.rule)}</td><td class="n">${grouped(n.count)}</td><td>${e(n.message)}</td></tr>`,
    ),
  );
  return [
    `<h2>${e(m.html.bySeverity)}</h2>`,
    barChart(severities, { width: 420, title: m.html.bySeverity, className: 'chart-severity' }),
    `<h2>${e(m.html.byRule)}</h2>`,
    legend([[COLOURS.pass, w.pass], [COLOURS.fail, w.fail], [COLOURS.notApplicable, w.notApplicable]]),
    `<p class="basis">${e(m.text.failureBasis(grouped(b.onFigures), grouped(b.onReadings)))}</p>`,
    `<p class="note">${e(m.html.basisNote)}</p>`,
    `<table class="rules"><thead><tr><th>${e(w.rule)}</th><th>${e(w.title)}</th><th>${e(w.severity)}</th><th></th><th class="n">✓ ${e(w.pass)}</th><th class="n">✗ ${e(w.fail)}</th><th class="n">✗ ${e(w.onFigures)}</th><th class="n">✗ ${e(w.onReadings)}</th><th class="n">· ${e(w.notApplicable)}</th></tr></thead><tbody>`,
    ...rows,
    '</tbody></table>',
    ...(reasons.length === 0
      ? []
      : [
          `<h2>${e(m.html.notApplicable)}</h2>`,
          `<table class="reasons"><thead><tr><th>${e(w.rule)}</th><th class="n">${e(w.count)}</th><th>${e(w.reason)}</th></tr></thead><tbody>`,
          ...reasons,
          '</tbody></table>',
        ]),
  ];
}

function statisticsSection(statistics: readonly StatisticOutput[], locale: CheckOutput['locale']): string {
  const m = cliMessages[locale];
  const none = statisticMessages[locale].none;
  const rows = statistics.map((s) => {
    const share = s.unit === 'share';
    const computed = s.value === null ? 0 : share ? s.value * 100 : s.value;
    const bars: { value: number; colour: string; label: string; text: string }[] = [{ value: computed, colour: COLOURS.computed, label: `${m.words.computed} ${s.text}`, text: s.value === null ? none : s.text }];
    if (s.report !== undefined) bars.push({ value: s.report.value, colour: COLOURS.report, label: `${m.words.report} ${s.report.text}`, text: s.report.text });
    const chart = barChart(bars, { width: 330, ...(share && { max: 100 }), title: s.label, className: 'chart-figure', data: { id: s.id } });
    const mark = s.matches === undefined ? '<td class="mark"></td>' : `<td class="mark ${s.matches ? 'yes' : 'no'}">${s.matches ? '✓' : '✗'}</td>`;
    return `<tr data-statistic="${e(s.id)}"><td>${e(s.label)}</td><td>${chart}</td>${mark}</tr>`;
  });
  return [
    `<p class="note">${e(m.html.statisticsNote)}</p>`,
    legend([[COLOURS.computed, m.words.computed], [COLOURS.report, m.words.report]]),
    `<table class="statistics"><thead><tr><th>${e(m.words.figure)}</th><th>${e(m.words.computed)} / ${e(m.words.report)}</th><th></th></tr></thead><tbody>`,
    ...rows,
    '</tbody></table>',
  ].join('\n');
}

function failureSection(output: CheckOutput): string[] {
  const { locale } = output;
  const m = cliMessages[locale];
  const w = m.words;
  if (output.failures.total === 0) return [];
  const rows = output.failures.items.map(
    (f) =>
      `<tr data-basis="${f.restsOnAssumption ? 'readings' : 'figures'}"><td><span class="badge ${f.severity}">${e(m.severity[f.severity])}</span></td><td class="code">${e(f.rule)}</td><td>${e(f.restsOnAssumption ? w.onReadings : w.onFigures)}</td><td>${e(recordKindLabels[f.subject.kind][locale])} <span class="code">${e(f.subject.id)}</span>${f.item === undefined ? '' : ` / ${e(f.item)}`}</td><td class="code">${e(whereText(f))}</td><td>${e(f.message)}</td></tr>`,
  );
  return [
    `<h2>${e(m.html.failures)}</h2>`,
    `<details${output.failures.items.length <= 50 ? ' open' : ''}><summary>${e(m.text.failures(output.failures.items.length, output.failures.total))}</summary>`,
    `<table class="failures"><thead><tr><th>${e(w.severity)}</th><th>${e(w.rule)}</th><th>${e(w.source)}</th><th>${e(w.subject)}</th><th>${e(w.location)}</th><th>${e(w.message)}</th></tr></thead><tbody>`,
    ...rows,
    '</tbody></table></details>',
  ];
}

function problemSection(problems: ProblemsOutput, locale: CheckOutput['locale']): string[] {
  if (problems.total === 0) return [];
  const m = cliMessages[locale];
  const w = m.words;
  const rows = problems.items.map(
    (p) =>
      `<tr><td><span class="badge ${p.severity === 'error' ? 'error' : 'warning'}">${e(p.severity === 'error' ? m.severity.error : m.severity.warning)}</span></td><td class="code">${e(whereText(p))}</td><td>${p.kind === undefined ? '' : `${e(recordKindLabels[p.kind][locale])} <span class="code">${e(p.id ?? '')}</span>`}</td><td>${e(p.message)}</td></tr>`,
  );
  return [
    `<h2>${e(m.html.problems)}</h2>`,
    `<details open><summary>${e(m.text.problems(problems.items.length, problems.total))}</summary>`,
    `<table class="problems"><thead><tr><th>${e(w.severity)}</th><th>${e(w.location)}</th><th>${e(w.subject)}</th><th>${e(w.message)}</th></tr></thead><tbody>`,
    ...rows,
    '</tbody></table></details>',
  ];
}
