/**
 * `check FILE...`: the rules over the whole dataset, summarised by rule and severity, failures located in the
 * files.
 *
 * @module
 */
import { check } from '../../engine/check.js';
import type { Finding, Severity } from '../../engine/types.js';
import { toIsoDate } from '../../profiles/as-of.js';
import type { Profile } from '../../profiles/types.js';
import { formatPath } from '../../validation/issue.js';
import { rules as registry } from '../../standards/index.js';
import type { CliArgs } from '../args.js';
import { ExitCode } from '../exit-code.js';
import type { CliIo } from '../io.js';
import { OUTPUT_VERSION, type CheckOutput, type FailureOutput, type RuleSummaryOutput } from '../output.js';
import { loadProfile } from '../profile-file.js';
import { readDataset, type DatasetInput } from '../read-dataset.js';
import { UsageFailure } from '../usage.js';
import { defaultLimit } from './validate.js';

/**
 * Severities from the most serious.
 *
 * @example
 * ```ts
 * SEVERITY_RANK.error < SEVERITY_RANK.warning; //=> true
 * ```
 */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** What `check` produces: the output, and the input it read (for the HTML page's statistics). */
export interface CheckResult {
  /** The output. */
  readonly output: CheckOutput;
  /** The input read. */
  readonly input: DatasetInput;
  /** The profile used. */
  readonly profile: Profile;
}

/**
 * Reads the files into one dataset and checks it (`check` of the engine): every rule on every subject, with the
 * profile and date given (`--as-of`, else the dataset's `meta.asOf`). Records that fail validation are reported
 * as problems and left out of the check.
 *
 * @param args - the parsed command line
 * @param io - the surroundings
 * @returns the output and the input; exit code 1 when a failure is at least as serious as `--fail-on` (default
 *   `error`) or a record is invalid or a line malformed, 2 when a file could not be read
 * @throws {@link UsageFailure} for a bad profile, an unknown format, or no date to check as of
 * @example
 * ```ts
 * const { output } = await checkCommand(args, io);
 * output.summary.bySeverity; //=> { error: 36, warning: 409, info: 139 }
 * ```
 */
export async function checkCommand(args: CliArgs, io: CliIo): Promise<CheckResult> {
  const { locale } = args;
  const profile = await loadProfile(args.profile, io.cwd);
  const input = await readDataset(args, io);
  const asOf = args.asOf ?? metaAsOf(input.dataset);
  // A file that cannot be read stops the check: its problem is the answer (exit code 2), not a missing date or an
  // empty report.
  if (input.log.fatal) return { input, profile, output: unreadOutput(args, input, profile, asOf ?? null) };
  if (asOf === undefined) throw new UsageFailure('missing_as_of', {});
  const report = check(input.dataset, { profile, asOf, locale });
  for (const issue of report.issues) input.log.add(input.issueProblem(issue));

  const byRule: RuleSummaryOutput[] = report.rules.map((id) => {
    const rule = registry.find((r) => r.id === id);
    const counts = report.summary.byRule[id] ?? { pass: 0, fail: 0, notApplicable: 0 };
    const basis = report.summary.failures.byRule[id] ?? { onFigures: 0, onReadings: 0 };
    return {
      rule: id,
      title: rule?.title[locale] ?? id,
      severity: rule?.severity ?? 'info',
      subject: rule?.subject ?? 'community',
      ...counts,
      failOnFigures: basis.onFigures,
      failOnReadings: basis.onReadings,
      notApplicableReasons: report.summary.notApplicable[id] ?? [],
    };
  });
  const failed = report.findings.filter((f) => f.outcome === 'fail');
  const limit = defaultLimit(args);
  const listed = failed
    .map((f, order) => ({ f, order }))
    .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.order - b.order)
    .slice(0, limit)
    .map(({ f }) => failure(f, input));

  const failing = failed.some((f) => SEVERITY_RANK[f.severity] <= SEVERITY_RANK[args.failOn]);
  const exitCode = input.log.fatal ? ExitCode.usage : failing || input.log.errors > 0 ? ExitCode.problems : ExitCode.ok;
  return {
    input,
    profile,
    output: {
      version: OUTPUT_VERSION,
      command: 'check',
      exitCode,
      ok: exitCode === ExitCode.ok,
      locale,
      asOf: report.asOf,
      profile: { id: profile.id, name: profile.name[locale] },
      failOn: args.failOn,
      files: input.files,
      records: input.records,
      summary: { total: report.summary.total, bySeverity: report.summary.bySeverity, byRule, failuresByBasis: report.summary.failures.total },
      failures: { total: failed.length, items: listed },
      problems: input.log.output(),
    },
  };
}

/** The output of a check that did not run because an input file could not be read: no counts, the problems. */
function unreadOutput(args: CliArgs, input: DatasetInput, profile: Profile, asOf: string | null): CheckOutput {
  const zero = { pass: 0, fail: 0, notApplicable: 0 };
  return {
    version: OUTPUT_VERSION,
    command: 'check',
    exitCode: ExitCode.usage,
    ok: false,
    locale: args.locale,
    asOf,
    profile: { id: profile.id, name: profile.name[args.locale] },
    failOn: args.failOn,
    files: input.files,
    records: input.records,
    summary: { total: zero, bySeverity: { error: 0, warning: 0, info: 0 }, byRule: [], failuresByBasis: { onFigures: 0, onReadings: 0 } },
    failures: { total: 0, items: [] },
    problems: input.log.output(),
  };
}

/**
 * The `meta.asOf` of a dataset read from files, if it is a well-formed date.
 *
 * @param dataset - the dataset as read
 * @returns the date, or `undefined`
 * @example
 * ```ts
 * metaAsOf({ meta: { asOf: '2013-06-30' } }); //=> '2013-06-30'
 * ```
 */
export function metaAsOf(dataset: Readonly<Record<string, unknown>>): string | undefined {
  const meta = dataset['meta'];
  if (typeof meta !== 'object' || meta === null) return undefined;
  const asOf = (meta as { asOf?: unknown }).asOf;
  if (typeof asOf !== 'string') return undefined;
  try {
    return toIsoDate(asOf);
  } catch {
    return undefined; // validation reports the malformed date
  }
}

function failure(f: Finding, input: DatasetInput): FailureOutput {
  const at = input.locateSubject(f.subject.kind, f.subject.id);
  return {
    rule: f.rule,
    severity: f.severity,
    subject: f.subject,
    ...(f.item !== undefined && { item: f.item }),
    path: f.path.length === 0 ? '' : formatPath(f.path),
    code: f.code,
    message: f.message,
    ...(f.expected !== undefined && { expected: f.expected }),
    ...(f.actual !== undefined && { actual: f.actual }),
    restsOnAssumption: f.restsOnAssumption,
    assumptions: f.assumptions,
    ...(at !== undefined && { file: at.file }),
    ...(at?.line !== undefined && { line: at.line }),
    ...(at?.pointer !== undefined && { pointer: at.pointer }),
  };
}
