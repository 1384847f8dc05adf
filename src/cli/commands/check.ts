/**
 * `check FILE...`: the rules over the whole dataset, summarised by rule and severity, failures located in the
 * files.
 *
 * @module
 */
import { check } from '../../standards/check.js';
import type { Finding, Report } from '../../engine/types.js';
import { toIsoDate } from '../../profiles/as-of.js';
import type { Profile } from '../../profiles/types.js';
import { toReportJSON, type ReportJSON } from '../../report/json.js';
import { REPORT_FORMAT, REPORT_FORMAT_VERSION } from '../../report/schema.js';
import { SEVERITY_RANK } from '../../report/view.js';
import { rules as registry } from '../../standards/index.js';
import type { CliArgs } from '../args.js';
import { ExitCode } from '../exit-code.js';
import type { CliIo } from '../io.js';
import { loadProfile } from '../profile-file.js';
import { readDataset, type DatasetInput } from '../read-dataset.js';
import { UsageFailure } from '../usage.js';
import { defaultLimit } from './validate.js';

/** What `check` produces: the report in its JSON form, and the input it read (for the statistics). */
export interface CheckResult {
  /** The report JSON form of the run (`--output json` prints it as it is). */
  readonly output: ReportJSON;
  /** The input read. */
  readonly input: DatasetInput;
  /** The profile used. */
  readonly profile: Profile;
}

/**
 * Reads the files into one dataset and checks it (`check` of the engine): every rule on every subject, with the
 * profile and date given (`--as-of`, else the dataset's `meta.asOf`). Records that fail validation are reported
 * as problems and left out of the check. The output is the report JSON form: the engine's report, keeping of its
 * findings the failures only (the most severe first, up to `--max-problems`), with the rules' titles, the
 * profile's name, the files and problems, where each failing subject is, and the exit code.
 *
 * @param args - the parsed command line
 * @param io - the surroundings
 * @returns the output and the input; exit code 1 when a failure is at least as serious as `--fail-on` (default
 *   `error`) or a record is invalid or a line malformed, 2 when a file could not be read
 * @throws {@link UsageFailure} for a bad profile, an unknown format, or no date to check as of
 * @example
 * ```ts
 * const { output } = await checkCommand(args, io);
 * output.report?.summary.bySeverity; //=> { error: 36, warning: 409, info: 139 }
 * ```
 */
export async function checkCommand(args: CliArgs, io: CliIo): Promise<CheckResult> {
  const { locale } = args;
  const profile = await loadProfile(args.profile, io.cwd);
  const input = await readDataset(args, io);
  const asOf = args.asOf ?? metaAsOf(input.dataset);
  const profileJSON = { id: profile.id, name: profile.name[locale] };
  // A file that cannot be read stops the check: its problem is the answer (exit code 2), not a missing date or an
  // empty report. The document then has no report.
  if (input.log.fatal) {
    const output: ReportJSON = {
      format: REPORT_FORMAT,
      version: REPORT_FORMAT_VERSION,
      locale,
      profile: profileJSON,
      input: { files: input.files, records: input.records, problems: input.log.output() },
      run: { exitCode: ExitCode.usage, ok: false, failOn: args.failOn },
    };
    return { input, profile, output };
  }
  if (asOf === undefined) throw new UsageFailure('missing_as_of', {});
  const report = check(input.dataset, { profile, asOf, locale });
  for (const issue of report.issues) input.log.add(input.issueProblem(issue));

  const failed = report.findings.filter((f) => f.outcome === 'fail');
  const kept = new Set(
    failed
      .map((f, order) => ({ f, order }))
      .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.order - b.order)
      .slice(0, defaultLimit(args))
      .map(({ f }) => f),
  );
  const findings = failed.filter((f) => kept.has(f));
  const failing = failed.some((f) => SEVERITY_RANK[f.severity] <= SEVERITY_RANK[args.failOn]);
  const exitCode = failing || input.log.errors > 0 ? ExitCode.problems : ExitCode.ok;
  const trimmed: Report = { ...report, findings };
  const output = toReportJSON(trimmed, {
    omitted: { findings: report.findings.length - findings.length },
    profile: profileJSON,
    rules: report.rules.map((id) => {
      const rule = registry.find((r) => r.id === id);
      return { id, title: rule?.title[locale] ?? id, severity: rule?.severity ?? 'info', subject: rule?.subject ?? 'community' };
    }),
    input: { files: input.files, records: input.records, problems: input.log.output(), locations: locations(findings, input) },
    run: { exitCode, ok: exitCode === ExitCode.ok, failOn: args.failOn },
  });
  return { input, profile, output };
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

/** Where the subjects of the findings are in the files, keyed `kind:id`. */
function locations(findings: readonly Finding[], input: DatasetInput): Record<string, { file: string; line?: number; pointer?: string }> {
  const out: Record<string, { file: string; line?: number; pointer?: string }> = {};
  for (const f of findings) {
    const key = `${f.subject.kind}:${f.subject.id}`;
    if (key in out) continue;
    const at = input.locateSubject(f.subject.kind, f.subject.id);
    if (at !== undefined) out[key] = { file: at.file, ...(at.line !== undefined && { line: at.line }), ...(at.pointer !== undefined && { pointer: at.pointer }) };
  }
  return out;
}
