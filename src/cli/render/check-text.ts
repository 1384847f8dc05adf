/**
 * `check` as text: a table by rule, failures by severity, the first failures, the input problems and a verdict.
 *
 * @module
 */
import { cliMessages } from '../messages.js';
import { SEVERITY_RANK } from '../commands/check.js';
import { ExitCode } from '../exit-code.js';
import type { CheckOutput } from '../output.js';
import { renderTable } from '../table.js';
import { grouped, problemLines, subjectText, whereText } from './text-common.js';

/**
 * Renders the output of `check` for a terminal, short enough to read: one line per rule that had something to
 * check (severity, ✓ pass, ✗ fail — split into those on the report's figures and those on our readings — and
 * · not applicable), the rules with nothing to check on one line, why findings were not applicable (per rule, with
 * counts), the failures by severity and by basis, the first failures (most severe first) with their basis, the
 * record, where it is and the message, the input problems, and the verdict.
 *
 * @param output - the output of `check`
 * @returns the text, ending with a line break
 * @example
 * ```ts
 * renderCheckText(output).split('\n')[0];
 * //=> 'Check of examples/data/kunshan-2013.ndjson: 11,032 records, as of 2013-06-30, profile Kunshan (kunshan)'
 * ```
 */
export function renderCheckText(output: CheckOutput): string {
  const { locale } = output;
  const m = cliMessages[locale];
  const w = m.words;
  // An input that could not be read: nothing was checked; what to say is the problem.
  if (output.asOf === null || output.exitCode === ExitCode.usage) return unreadText(output);
  const lines = [heading(output), ''];
  const checked = output.summary.byRule.filter((r) => r.pass + r.fail + r.notApplicable > 0);
  const idle = output.summary.byRule.filter((r) => r.pass + r.fail + r.notApplicable === 0);
  const t = output.summary.total;
  const b = output.summary.failuresByBasis;
  lines.push(
    ...renderTable(
      [w.rule, w.title, w.severity, `✓ ${w.pass}`, `✗ ${w.fail}`, `✗ ${w.onFigures}`, `✗ ${w.onReadings}`, `· ${w.notApplicable}`],
      [
        ...checked.map((r) => [
          r.rule,
          r.title,
          m.severity[r.severity],
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
  const s = output.summary.bySeverity;
  lines.push('', m.text.bySeverity(`${m.severity.error} ${grouped(s.error)} · ${m.severity.warning} ${grouped(s.warning)} · ${m.severity.info} ${grouped(s.info)}`));
  lines.push(m.text.failureBasis(grouped(b.onFigures), grouped(b.onReadings)));

  const failures = output.failures;
  if (failures.total > 0) {
    lines.push('', m.text.failures(failures.items.length, failures.total));
    const rows = failures.items.map((f) => [
      `✗ ${m.severity[f.severity]}`,
      f.rule,
      f.restsOnAssumption ? w.onReadings : w.onFigures,
      subjectText(f.subject.kind, f.subject.id, locale), // the message names the item
      whereText(f),
      f.message,
    ]);
    lines.push(...renderTable(['', '', '', '', '', ''], rows).slice(2));
    if (failures.total > failures.items.length) lines.push(m.text.more(failures.total - failures.items.length));
  }
  const problems = problemLines(output.problems, locale);
  if (problems.length > 0) lines.push('', ...problems);
  lines.push('', checkVerdictText(output));
  return `${lines.join('\n')}\n`;
}

/**
 * `check` in brief, for when the report goes to a file (`--output html FILE`): the heading, the failures by
 * severity, the input problems (the first few), and the verdict — not the failures, which the page lists.
 *
 * @param output - the output of `check`
 * @returns the text, ending with a line break
 * @example
 * ```ts
 * renderCheckBrief(output).split('\n').at(-2);
 * //=> '✗ 36 failures of severity error or worse (exit code 1)'
 * ```
 */
export function renderCheckBrief(output: CheckOutput): string {
  if (output.asOf === null || output.exitCode === ExitCode.usage) return unreadText(output);
  const m = cliMessages[output.locale];
  const s = output.summary.bySeverity;
  const lines = [heading(output), m.text.bySeverity(`${m.severity.error} ${grouped(s.error)} · ${m.severity.warning} ${grouped(s.warning)} · ${m.severity.info} ${grouped(s.info)}`)];
  const problems = problemLines(output.problems, output.locale);
  if (problems.length > 0) lines.push('', ...problems);
  lines.push('', checkVerdictText(output));
  return `${lines.join('\n')}\n`;
}

function heading(output: CheckOutput): string {
  const m = cliMessages[output.locale];
  const files = output.files.map((f) => f.file).join(', ');
  return m.text.heading({ command: 'check', files, records: grouped(output.records), asOf: output.asOf ?? '', profile: `${output.profile.name} (${output.profile.id})` });
}

/** Nothing was checked: the input problems and the verdict. */
function unreadText(output: CheckOutput): string {
  return `${[...problemLines(output.problems, output.locale), '', checkVerdictText(output)].join('\n')}\n`;
}

/**
 * The verdict line of `check`: what makes the exit code, and the code.
 *
 * @param output - the output of `check`
 * @returns the line
 * @example
 * ```ts
 * checkVerdictText(output); //=> '✗ 36 failures of severity error or worse (exit code 1)'
 * ```
 */
export function checkVerdictText(output: CheckOutput): string {
  const m = cliMessages[output.locale];
  return m.text.checkVerdict({
    records: grouped(output.records),
    invalid: 0,
    errors: output.problems.errors,
    // By the findings' own severity, which a rule may set per finding (a pilot target made binding, say).
    failing: (['error', 'warning', 'info'] as const)
      .filter((k) => SEVERITY_RANK[k] <= SEVERITY_RANK[output.failOn])
      .reduce((n, k) => n + output.summary.bySeverity[k], 0),
    fatal: output.exitCode === 2,
    exitCode: output.exitCode,
    failOn: m.severity[output.failOn],
    orWorse: output.failOn !== 'error',
  });
}
