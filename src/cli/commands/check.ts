/**
 * `check FILE...`: the rules over the whole dataset, summarised by rule and severity, failures located in the
 * files.
 *
 * @module
 */
import type { Finding } from '../../engine/types.js';
import type { Profile } from '../../profiles/types.js';
import { toReportJSON, type ReportJSON } from '../../report/json.js';
import { REPORT_FORMAT, REPORT_FORMAT_VERSION } from '../../report/schema.js';
import type { CliArgs } from '../args.js';
import { checkInput, ruleRows } from '../check-input.js';
import { ExitCode } from '../exit-code.js';
import type { CliIo } from '../io.js';
import { loadProfile } from '../profile-file.js';
import { readDataset, type DatasetInput } from '../read-dataset.js';
import { defaultLimit } from '../problem-limit.js';
import { formatOf } from '../format.js';
import { cliMessages } from '../messages.js';
import { checkStreamed } from './check-stream.js';

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
export async function checkCommand(args: CliArgs, io: CliIo, onFinding?: (finding: Finding, at: { file: string; line?: number } | undefined) => void): Promise<CheckResult> {
  const profile = await loadProfile(args.profile, io.cwd);
  const input = await readDataset(args, io);
  const output = checkInput(input, { profile, asOf: args.asOf, locale: args.locale, failOn: args.failOn, limit: defaultLimit(args), findings: args.findings }, onFinding);
  return { input, profile, output };
}

/**
 * Whether `check` streams its input (docs/scale.md): one NDJSON file (or `-`), without `--kind`, for the text and
 * NDJSON outputs. JSON and HTML add the city statistics, which need the whole dataset.
 *
 * @param args - the command line
 * @returns whether to stream
 * @example
 * ```ts
 * streams({ ...args, operands: ['country.ndjson'], output: 'ndjson' }); //=> true
 * ```
 */
export function streams(args: CliArgs): boolean {
  const [file, ...more] = args.operands;
  return (args.output === 'text' || args.output === 'ndjson') && file !== undefined && more.length === 0 && args.kind === undefined && formatOf(file, args.format) === 'ndjson';
}

/**
 * The NDJSON output's last line: the run's summary (counts by subject left out: a country's subjects are millions).
 *
 * @param output - the report JSON form of the run
 * @param extra - what a streamed run adds (groups, communities, jobs)
 * @returns the line, with its line end
 * @example
 * ```ts
 * summaryLine(output); //=> '{"type":"summary",…}\n'
 * ```
 */
export function summaryLine(output: ReportJSON, extra: Readonly<Record<string, unknown>> = {}): string {
  const report = output.report;
  const { bySubject: _omitted, ...summary } = report?.summary ?? { bySubject: {} };
  const problems = output.input?.problems;
  return `${JSON.stringify({
    type: 'summary',
    format: NDJSON_OUTPUT_FORMAT,
    version: 1,
    locale: output.locale,
    ...(report !== undefined && { asOf: report.asOf, profile: report.profile, rules: report.rules, summary, parameters: report.parameters }),
    input: {
      files: output.input?.files ?? [],
      records: output.input?.records ?? 0,
      problems: { total: problems?.total ?? 0, errors: problems?.errors ?? 0, warnings: problems?.warnings ?? 0, byCode: problems?.byCode ?? {} },
      ...extra,
    },
    run: output.run,
  })}\n`;
}

/** The `format` of the NDJSON output's summary line. */
export const NDJSON_OUTPUT_FORMAT = 'community-standards/check-ndjson';

/**
 * `check` of one grouped NDJSON file as a stream (see `checkStreamed`): the output in its report JSON form (the
 * first failures in listing order, no counts by subject, no statistics), finding lines written to `write` for
 * `--output ndjson`. `undefined` when the input turned out not grouped by community (a group's reference resolves
 * in another group, or an id repeats across groups): the caller checks it again as one dataset, as `check` did
 * before — the grouped run is not exact then, and says so on standard error.
 *
 * @param args - the command line
 * @param io - the surroundings
 * @param write - where finding lines go (`--output ndjson`)
 * @returns the output, or `undefined` to check again as one dataset
 * @throws {@link UsageFailure} for a bad profile or no date to check as of
 * @example
 * ```ts
 * const output = await checkStreamedCommand(args, io);
 * output?.report?.summary.total; //=> as checkCommand's
 * ```
 */
export async function checkStreamedCommand(args: CliArgs, io: CliIo, write?: (text: string) => void): Promise<{ output: ReportJSON; extra: Record<string, unknown> } | undefined> {
  const { locale } = args;
  const profile = await loadProfile(args.profile, io.cwd);
  const profileJSON = { id: profile.id, name: profile.name[locale] };
  const found = await checkStreamed(args, io, write);
  if ('fatal' in found) {
    const output: ReportJSON = {
      format: REPORT_FORMAT,
      version: REPORT_FORMAT_VERSION,
      locale,
      profile: profileJSON,
      input: { files: found.files, records: 0, problems: found.fatal.output() },
      run: { exitCode: ExitCode.usage, ok: false, failOn: args.failOn },
    };
    return { output, extra: {} };
  }
  const { merged } = found;
  const m = cliMessages[locale].text;
  if (!merged.exact) {
    const reason = merged.inexact.map((r) => [r.code, r.kind, r.id].filter((x) => x !== undefined).join(' ')).slice(0, 3).join('; ');
    io.stderr.write(`${m.notGrouped(reason)}\n`);
    return undefined;
  }
  // A few linked communities are a group; a hundred or more holding most of the file are a file ordered by kind.
  if (found.largestGroup >= 100 && found.largestGroup * 2 > merged.communities) io.stderr.write(`${m.oneGroup(found.largestGroup)}\n`);
  const omitted = merged.summary.total.fail - found.report.findings.length;
  const output = toReportJSON(found.report, {
    omitted: { findings: merged.summary.total.pass + merged.summary.total.notApplicable + omitted },
    profile: profileJSON,
    rules: ruleRows(found.report.rules, locale),
    input: { files: found.files, records: merged.records, problems: found.log.output(), locations: found.locations },
    run: { exitCode: found.exitCode, ok: found.exitCode === ExitCode.ok, failOn: args.failOn },
  });
  return { output, extra: { groups: merged.groups, communities: merged.communities, jobs: found.jobs } };
}

export { metaAsOf } from '../check-input.js';
