/**
 * `check` of a dataset once it is read: the engine's report in its JSON form, with the run's verdict. Shared by the
 * command line (`check FILE…`) and the documentation site's checker, so that both give the same counts.
 * Platform-neutral.
 *
 * @module
 */
import type { Finding, Report, Severity } from '../engine/types.js';
import type { Locale } from '../locale.js';
import { toIsoDate } from '../profiles/as-of.js';
import type { Profile } from '../profiles/types.js';
import { toReportJSON, type ReportJSON } from '../report/json.js';
import { REPORT_FORMAT, REPORT_FORMAT_VERSION } from '../report/schema.js';
import { SEVERITY_RANK } from '../report/view.js';
import { check } from '../standards/check.js';
import { rules as registry } from '../standards/index.js';
import type { DatasetInput } from './dataset-input.js';
import { ExitCode } from './exit-code.js';
import { UsageFailure } from './usage.js';

/** How {@link checkInput} checks and reports. */
export interface CheckInputOptions {
  /** The profile. */
  readonly profile: Profile;
  /** The date to check as of (`--as-of`); else the dataset's `meta.asOf`. */
  readonly asOf?: string | undefined;
  /** The locale of the messages. */
  readonly locale: Locale;
  /** The least serious failure that fails the run (`--fail-on`). */
  readonly failOn: Severity;
  /** Failures kept in the document, the most severe first (`--max-problems`). */
  readonly limit: number;
  /** The findings given to `onFinding`: failures (default) or all. */
  readonly findings?: 'failures' | 'all' | undefined;
}

/**
 * Checks a dataset read from files (`check` of the engine): every rule on every subject, with the profile and date
 * given. Records that fail validation are reported as problems and left out of the check. The output is the
 * report JSON form: the engine's report, keeping of its findings the failures only (the most severe first, up to
 * `limit`), with the rules' titles, the profile's name, the files and problems, where each failing subject is,
 * and the exit code. When a file could not be read, the output has no report and exit code 2.
 *
 * @param input - the dataset read (see `collectDataset`); its problem log receives the validation issues
 * @param options - profile, date, locale, `--fail-on`, the failures kept
 * @param onFinding - called with each finding (failures, or all with `findings: 'all'`) and where its subject is
 * @returns the report JSON form of the run
 * @throws {@link UsageFailure} `missing_as_of` when no date is given and the dataset has none
 * @example
 * ```ts
 * const output = checkInput(input, { profile: kunshan, locale: 'en', failOn: 'error', limit: 1000 });
 * output.report?.summary.total.fail; //=> 1142 for examples/data/kunshan-2013.ndjson
 * ```
 */
export function checkInput(input: DatasetInput, options: CheckInputOptions, onFinding?: (finding: Finding, at: { file: string; line?: number } | undefined) => void): ReportJSON {
  const { locale, profile, failOn } = options;
  const asOf = options.asOf ?? metaAsOf(input.dataset);
  const profileJSON = { id: profile.id, name: profile.name[locale] };
  // A file that cannot be read stops the check: its problem is the answer (exit code 2), not a missing date or an
  // empty report. The document then has no report.
  if (input.log.fatal) {
    return {
      format: REPORT_FORMAT,
      version: REPORT_FORMAT_VERSION,
      locale,
      profile: profileJSON,
      input: { files: input.files, records: input.records, problems: input.log.output() },
      run: { exitCode: ExitCode.usage, ok: false, failOn },
    };
  }
  if (asOf === undefined) throw new UsageFailure('missing_as_of', {});
  const report = check(input.dataset, { profile, asOf, locale });
  for (const issue of report.issues) input.log.add(input.issueProblem(issue));
  if (onFinding !== undefined) {
    for (const f of report.findings) {
      if (options.findings === 'all' || f.outcome === 'fail') onFinding(f, input.locateSubject(f.subject.kind, f.subject.id));
    }
  }

  const failed = report.findings.filter((f) => f.outcome === 'fail');
  const kept = new Set(
    failed
      .map((f, order) => ({ f, order }))
      .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.order - b.order)
      .slice(0, options.limit)
      .map(({ f }) => f),
  );
  const findings = failed.filter((f) => kept.has(f));
  const failing = failed.some((f) => SEVERITY_RANK[f.severity] <= SEVERITY_RANK[failOn]);
  const exitCode = failing || input.log.errors > 0 ? ExitCode.problems : ExitCode.ok;
  const trimmed: Report = { ...report, findings };
  return toReportJSON(trimmed, {
    omitted: { findings: report.findings.length - findings.length },
    profile: profileJSON,
    rules: ruleRows(report.rules, locale),
    input: { files: input.files, records: input.records, problems: input.log.output(), locations: locations(findings, input) },
    run: { exitCode, ok: exitCode === ExitCode.ok, failOn },
  });
}

/**
 * The rules of a run with their titles, severities and subjects, as the report JSON form lists them.
 *
 * @param ids - the ids of the rules run
 * @param locale - the locale of the titles
 * @returns a row a rule
 * @example
 * ```ts
 * ruleRows(['hall.one-stop'], 'en')[0]?.severity; //=> 'error'
 * ```
 */
export function ruleRows(ids: readonly string[], locale: Locale) {
  return ids.map((id) => {
    const rule = registry.find((r) => r.id === id);
    return { id, title: rule?.title[locale] ?? id, severity: rule?.severity ?? 'info', subject: rule?.subject ?? 'community' } as const;
  });
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
function locations(findings: readonly Finding[], input: DatasetInput): Record<string, { file: string; line?: number; pointer?: string; sheet?: string; cell?: string }> {
  const out: Record<string, { file: string; line?: number; pointer?: string; sheet?: string; cell?: string }> = {};
  for (const f of findings) {
    const key = `${f.subject.kind}:${f.subject.id}`;
    if (key in out) continue;
    const at = input.locateSubject(f.subject.kind, f.subject.id);
    if (at !== undefined) {
      out[key] = {
        file: at.file,
        ...(at.line !== undefined && { line: at.line }),
        ...(at.pointer !== undefined && { pointer: at.pointer }),
        ...(at.sheet !== undefined && { sheet: at.sheet }),
        ...(at.cell !== undefined && { cell: at.cell }),
      };
    }
  }
  return out;
}
