/**
 * A report as one self-contained HTML page — inline CSS and SVG charts, no script, nothing loaded from elsewhere (a
 * Content-Security-Policy says so), every text of the report escaped.
 *
 * @module
 */
import type { Severity } from '../engine/types.js';
import type { Locale } from '../locale.js';
import { recordKindLabels } from '../models/kinds.js';
import { statisticMessages } from '../statistics/messages.js';
import type { ProblemsJSON, StatisticJSON } from './json.js';
import { reportMessages } from './messages.js';
import { escapeHtml as e } from './html-escape.js';
import { HTML_STYLE } from './html-style.js';
import { barChart, COLOURS, stackedBar } from './svg-charts.js';
import { grouped, whereText } from './text-common.js';
import { reportView, viewOptions, type ReportInput, type ReportView } from './view.js';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** Options of {@link renderHtml}. */
export interface RenderHtmlOptions {
  /** The locale of the page's own words (default: the report's; the findings' messages stay in theirs). */
  readonly locale?: Locale;
  /** How many failures to list, the most severe first (default 1000). */
  readonly maxFailures?: number;
  /** The severity from which a failure fails the check, when the document has no `run` (default `error`). */
  readonly failOn?: Severity;
}

/**
 * Renders a report as one self-contained HTML page: the verdict; the failures by severity (an inline SVG bar
 * chart) and by basis (the report's figures, or our readings); a table by rule with a bar of pass / fail / not
 * applicable for each; why findings were not applicable (per rule, with counts); the city statistics beside the
 * survey report's figures, when the document has them; the first failures and the input problems. Every text that
 * comes from the data is escaped. Runs anywhere (no Node built-ins, no DOM): write the string to a file, or serve it.
 *
 * @param report - the engine's report, or its JSON form (`toReportJSON`, or the command line's `--output json`)
 * @param options - locale, how many failures, failOn
 * @returns the page, starting with `<!doctype html>`
 * @throws {@link index!InvalidOptionError} when the report is neither a `Report` nor a report JSON document, or for a bad
 *   option
 * @example
 * ```ts
 * const page = renderHtml(check(dataset, { asOf: '2013-06-30' }));
 * page.startsWith('<!doctype html>'); //=> true
 * ```
 */
export function renderHtml(report: ReportInput, options: RenderHtmlOptions = {}): string {
  const view = reportView(report, viewOptions(options, 1000));
  const { locale, doc } = view;
  const m = reportMessages[locale];
  const statistics = doc.statistics ?? doc.statisticsUnavailable;
  const body = [
    `<h1>${e(m.html.title('check'))}</h1>`,
    ...(view.report === undefined ? [] : [`<p class="meta">${e(view.heading)}</p>`]),
    `<p class="verdict ${view.ok ? 'ok' : 'fail'}">${e(view.verdict)}</p>`,
    ...checkSections(view),
    ...(statistics === undefined ? [] : [`<h2>${e(m.html.statistics)}</h2>`, statisticsSection(statistics, locale)]),
    ...failureSection(view),
    ...problemSection(view.problems, locale),
  ];
  return renderPage(m.html.title('check'), body, locale);
}

/**
 * The page around the sections: the document, its head (charset, Content-Security-Policy, title, style) and the
 * footer. For the command line's statistics page, which is drawn with the same pieces.
 *
 * @param title - the page's title (text)
 * @param body - the sections, as HTML
 * @param locale - the page's language
 * @returns the page
 * @example
 * ```ts
 * renderPage('T', ['<h1>T</h1>'], 'en').startsWith('<!doctype html>'); //=> true
 * ```
 */
export function renderPage(title: string, body: readonly string[], locale: Locale): string {
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${HTML_STYLE}</style>
</head>
<body><main>
${[...body, `<footer><p>${e(reportMessages[locale].html.generatedBy)}</p></footer>`].join('\n')}
</main></body>
</html>
`;
}

function legend(items: readonly [string, string][]): string {
  return `<p class="legend">${items.map(([colour, label]) => `<span><i style="background:${colour}"></i>${e(label)}</span>`).join('')}</p>`;
}

function checkSections(view: ReportView): string[] {
  if (view.report === undefined) return [];
  const m = reportMessages[view.locale];
  const w = m.words;
  const s = view.report.summary.bySeverity;
  const severities = (['error', 'warning', 'info'] as const).map((k) => ({ value: s[k], colour: COLOURS[k], label: `${m.severity[k]} ${s[k]}`, text: `${m.severity[k]} ${grouped(s[k])}` }));
  const rows = view.rules.map((r) => {
    const bar = stackedBar(
      [
        { value: r.pass, colour: COLOURS.pass, label: `${w.pass} ${r.pass}` },
        { value: r.fail, colour: COLOURS.fail, label: `${w.fail} ${r.fail}` },
        { value: r.notApplicable, colour: COLOURS.notApplicable, label: `${w.notApplicable} ${r.notApplicable}` },
      ],
      { width: 220, height: 14, title: r.rule, className: 'chart-rule' },
    );
    const idle = r.pass + r.fail + r.notApplicable === 0;
    return `<tr${idle ? ' class="idle"' : ''} data-rule="${e(r.rule)}"><td class="code">${e(r.rule)}</td><td>${e(r.title)}</td><td>${r.severity === undefined ? '' : `<span class="badge ${r.severity}">${e(m.severity[r.severity])}</span>`}</td><td>${bar}</td><td class="n">${grouped(r.pass)}</td><td class="n">${grouped(r.fail)}</td><td class="n">${grouped(r.failOnFigures)}</td><td class="n">${grouped(r.failOnReadings)}</td><td class="n">${grouped(r.notApplicable)}</td></tr>`;
  });
  const b = view.report.summary.failures.total;
  const reasons = view.rules.flatMap((r) =>
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

/**
 * The statistics beside the survey report's figures, each as a pair of bars (or why they could not be computed).
 *
 * @param statistics - the statistics, or why there are none
 * @param locale - the locale of the words
 * @returns the section's HTML
 * @example
 * ```ts
 * statisticsSection('no date', 'en'); //=> '<p class="note">The statistics cannot be computed: no date</p>'
 * ```
 */
export function statisticsSection(statistics: readonly StatisticJSON[] | string, locale: Locale): string {
  const m = reportMessages[locale];
  if (typeof statistics === 'string') return `<p class="note">${e(m.html.noStatistics(statistics))}</p>`;
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

function failureSection(view: ReportView): string[] {
  const { locale } = view;
  const m = reportMessages[locale];
  const w = m.words;
  if (view.failureTotal === 0) return [];
  const rows = view.failures.map(
    ({ finding: f, ...at }) =>
      `<tr data-basis="${f.restsOnAssumption ? 'readings' : 'figures'}"><td><span class="badge ${f.severity}">${e(m.severity[f.severity])}</span></td><td class="code">${e(f.rule)}</td><td>${e(f.restsOnAssumption ? w.onReadings : w.onFigures)}</td><td>${e(recordKindLabels[f.subject.kind][locale])} <span class="code">${e(f.subject.id)}</span>${f.item === undefined ? '' : ` / ${e(f.item)}`}</td><td class="code">${e(whereText(at))}</td><td>${e(f.message)}</td></tr>`,
  );
  return [
    `<h2>${e(m.html.failures)}</h2>`,
    `<details${view.failures.length <= 50 ? ' open' : ''}><summary>${e(m.text.failures(view.failures.length, view.failureTotal))}</summary>`,
    `<table class="failures"><thead><tr><th>${e(w.severity)}</th><th>${e(w.rule)}</th><th>${e(w.source)}</th><th>${e(w.subject)}</th><th>${e(w.location)}</th><th>${e(w.message)}</th></tr></thead><tbody>`,
    ...rows,
    '</tbody></table></details>',
  ];
}

/**
 * The input problems as a table (none when there is no problem).
 *
 * @param problems - the problems
 * @param locale - the locale of the words
 * @returns the section's HTML, in pieces
 * @example
 * ```ts
 * problemSection({ total: 0, errors: 0, warnings: 0, byCode: {}, items: [] }, 'en'); //=> []
 * ```
 */
export function problemSection(problems: ProblemsJSON, locale: Locale): string[] {
  if (problems.total === 0) return [];
  const m = reportMessages[locale];
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
