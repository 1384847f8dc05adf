/**
 * A report as text: a table by rule, failures by severity and by basis, the first failures, the input problems
 * and a verdict.
 *
 * @module
 */
import type { Severity } from '../engine/types.js';
import type { Locale } from '../locale.js';
import { reportMessages } from './messages.js';
import { renderTable } from './table.js';
import { grouped, problemLines, subjectText, whereText } from './text-common.js';
import { InvalidOptionError } from '../errors.js';
import { optionBag } from '../options.js';
import { reportView, viewOptions, type ReportInput, type ReportView } from './view.js';

/** Options of {@link renderText}. */
export interface RenderTextOptions {
  /** The locale of the renderer's own words (default: the report's; the findings' messages stay in theirs). */
  readonly locale?: Locale;
  /** How many failures to list, the most severe first (default 10). */
  readonly maxFailures?: number;
  /**
   * Only the heading, the failures by severity, the input problems and the verdict — for when the whole report
   * goes elsewhere (the command line's `--output html FILE`). Default `false`.
   */
  readonly brief?: boolean;
  /** The severity from which a failure fails the check, when the document has no `run` (default `error`). */
  readonly failOn?: Severity;
  /**
   * The line after a truncated list of failures or problems (default: how many more, in the locale); the command
   * line names its options there.
   */
  readonly more?: (n: number) => string;
}

/**
 * Renders a report for a terminal, short enough to read: a heading, one line per rule that had something to check
 * (severity, ✓ pass, ✗ fail — split into those on the report's figures and those on our readings — and
 * · not applicable), the rules with nothing to check on one line, why findings were not applicable (per rule, with
 * counts), the failures by severity and by basis, the first failures (most severe first) with their basis, the
 * record, where it is and the message, the input problems, and the verdict. Runs anywhere (no Node built-ins).
 *
 * @param report - the engine's report, or its JSON form (`toReportJSON`, or the command line's `--output json`)
 * @param options - locale, how many failures, brief, failOn
 * @returns the text, ending with a line break
 * @throws {@link index!InvalidOptionError} when the report is neither a `Report` nor a report JSON document, or for a bad
 *   option
 * @example
 * ```ts
 * const text = renderText(check(dataset, { asOf: '2013-06-30', locale: 'en' }));
 * text.split('\n')[0]; //=> 'Check as of 2013-06-30, profile kunshan'
 * text.trimEnd().split('\n').at(-1); //=> '✗ 36 failures of severity error'
 * ```
 */
export function renderText(report: ReportInput, options: RenderTextOptions = {}): string {
  const bag = optionBag(options);
  const view = reportView(report, viewOptions(bag, 10));
  const { locale } = view;
  if (bag.more !== undefined && typeof bag.more !== 'function') throw new InvalidOptionError('more', 'expected a function', bag.more);
  if (bag.brief !== undefined && typeof bag.brief !== 'boolean') throw new InvalidOptionError('brief', 'expected true or false', bag.brief);
  const more = bag.more ?? reportMessages[locale].text.more;
  // Nothing was checked (an input could not be read): what to say is the problem.
  if (view.report === undefined) return `${[...problemLines(view.problems, locale, more), '', view.verdict].join('\n')}\n`;
  if (bag.brief === true) {
    const lines = [view.heading, severityLine(view)];
    const problems = problemLines(view.problems, locale, more);
    if (problems.length > 0) lines.push('', ...problems);
    lines.push('', view.verdict);
    return `${lines.join('\n')}\n`;
  }
  const m = reportMessages[locale];
  const w = m.words;
  const lines = [view.heading, ''];
  const checked = view.rules.filter((r) => r.pass + r.fail + r.notApplicable > 0);
  const idle = view.rules.filter((r) => r.pass + r.fail + r.notApplicable === 0);
  const t = view.report.summary.total;
  const b = view.report.summary.failures.total;
  lines.push(
    ...renderTable(
      [w.rule, w.title, w.severity, `✓ ${w.pass}`, `✗ ${w.fail}`, `✗ ${w.onFigures}`, `✗ ${w.onReadings}`, `· ${w.notApplicable}`],
      [
        ...checked.map((r) => [
          r.rule,
          r.title,
          r.severity === undefined ? '' : m.severity[r.severity],
          grouped(r.pass),
          grouped(r.fail),
          grouped(r.failOnFigures),
          grouped(r.failOnReadings),
          grouped(r.notApplicable),
        ]),
        [w.total, '', '', grouped(t.pass), grouped(t.fail), grouped(b.onFigures), grouped(b.onReadings), grouped(t.notApplicable)],
      ],
      ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'right'],
    ),
  );
  if (idle.length > 0) lines.push(m.text.noSubjects(idle.map((r) => r.rule).join(', ')));
  const reasons = checked.flatMap((r) => r.notApplicableReasons.map((n) => [r.rule, grouped(n.count), n.message]));
  if (reasons.length > 0) {
    lines.push('', m.text.notApplicableReasons, ...renderTable(['', '', ''], reasons, ['left', 'right', 'left']).slice(2));
  }
  lines.push('', severityLine(view));
  lines.push(m.text.failureBasis(grouped(b.onFigures), grouped(b.onReadings)));

  if (view.failureTotal > 0) {
    lines.push('', m.text.failures(view.failures.length, view.failureTotal));
    const rows = view.failures.map(({ finding: f, ...at }) => [
      `✗ ${m.severity[f.severity]}`,
      f.rule,
      f.restsOnAssumption ? w.onReadings : w.onFigures,
      subjectText(f.subject.kind, f.subject.id, locale), // the message names the item
      whereText(at),
      f.message,
    ]);
    lines.push(...renderTable(['', '', '', '', '', ''], rows).slice(2));
    if (view.failureTotal > view.failures.length) lines.push(more(view.failureTotal - view.failures.length));
  }
  const problems = problemLines(view.problems, locale, more);
  if (problems.length > 0) lines.push('', ...problems);
  lines.push('', view.verdict);
  return `${lines.join('\n')}\n`;
}

function severityLine(view: ReportView): string {
  const m = reportMessages[view.locale];
  const s = view.report?.summary.bySeverity ?? { error: 0, warning: 0, info: 0 };
  return m.text.bySeverity(`${m.severity.error} ${grouped(s.error)} · ${m.severity.warning} ${grouped(s.warning)} · ${m.severity.info} ${grouped(s.info)}`);
}
