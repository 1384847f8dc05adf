/**
 * What both renderers show of a report, worked out once: the document, the rows by rule, the failures to list,
 * the problems, the heading and the verdict.
 *
 * @module
 */
import type { Finding, NotApplicableReason, OutcomeCounts, Report, Severity } from '../engine/types.js';
import { InvalidOptionError, isCommunityStandardsError } from '../errors.js';
import { locales, resolveLocale, type Locale } from '../locale.js';
import { optionBag } from '../options.js';
import { formatPath } from '../validation/issue.js';
import { toReportJSON, type ProblemsJSON, type ReportJSON } from './json.js';
import { reportMessages } from './messages.js';
import { ReportJSONSchema, ReportSchema } from './schema.js';
import { grouped } from './text-common.js';

/** A report as the renderers take it: the engine's `Report`, or its JSON form. */
export type ReportInput = Report | ReportJSON;

/**
 * Severities from the most serious.
 *
 * @example
 * ```ts
 * SEVERITY_RANK.error < SEVERITY_RANK.warning; //=> true
 * ```
 */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** One rule's row. */
export interface RuleRow extends OutcomeCounts {
  readonly rule: string;
  readonly title: string;
  /** The rule's severity, when the document says (its `rules`), else the severity of its first finding. */
  readonly severity: Severity | undefined;
  readonly failOnFigures: number;
  readonly failOnReadings: number;
  readonly notApplicableReasons: readonly NotApplicableReason[];
}

/** A failure to list, with where its subject is in the files (when known). */
export interface FailureRow {
  readonly finding: Finding;
  readonly file?: string;
  readonly line?: number;
  readonly pointer?: string;
  readonly sheet?: string;
  readonly cell?: string;
}

/** Everything a renderer shows. */
export interface ReportView {
  readonly doc: ReportJSON;
  readonly locale: Locale;
  /** Absent when nothing was checked. */
  readonly report: Report | undefined;
  readonly heading: string;
  readonly verdict: string;
  readonly ok: boolean;
  readonly rules: readonly RuleRow[];
  readonly failures: readonly FailureRow[];
  /** Failures in all (the summary's count, which holds even when the document left findings out). */
  readonly failureTotal: number;
  readonly problems: ProblemsJSON;
}

/**
 * The document of a report given either way, checked against its schema (a renderer draws the checked copy).
 *
 * @param input - a report or its JSON form
 * @returns the JSON form
 * @throws {@link InvalidOptionError} when it is neither a `Report` nor a report JSON document
 * @example
 * ```ts
 * asDocument(report).report; //=> a copy of report
 * ```
 */
export function asDocument(input: ReportInput): ReportJSON {
  let isDocument = false;
  let result;
  try {
    isDocument = typeof input === 'object' && input !== null && 'format' in input;
    result = isDocument ? ReportJSONSchema.safeParse(input) : ReportSchema.safeParse(input);
  } catch (error) {
    if (isCommunityStandardsError(error)) throw error;
    throw new InvalidOptionError('report', 'it cannot be read', input);
  }
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue === undefined ? '' : ` (${formatPath(issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)))}: ${issue.message})`;
    throw new InvalidOptionError('report', `expected a Report or a report JSON document${where}`, input);
  }
  return isDocument ? (result.data as ReportJSON) : toReportJSON(result.data as Report);
}

/** Whether a locale tag is a built-in locale. */
const isLocale = (tag: string): tag is Locale => (locales as readonly string[]).includes(tag);

/** A key's own value in a record read from data (never one of `Object.prototype`'s). */
function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** The options every renderer takes, checked. */
export interface ViewOptions {
  readonly locale?: Locale | undefined;
  readonly maxFailures?: number | undefined;
  readonly failOn?: Severity | undefined;
}

/**
 * Checks the options of a renderer.
 *
 * @param options - the options as received
 * @param maxFailures - the default number of failures to list
 * @returns the options, checked
 * @throws {@link InvalidOptionError} for options that are not an object, or a bad `locale`, `maxFailures` or `failOn`
 * @example
 * ```ts
 * viewOptions({ locale: 'en' }, 10).maxFailures; //=> 10
 * ```
 */
export function viewOptions(options: ViewOptions | undefined, maxFailures: number): { locale: Locale | undefined; maxFailures: number; failOn: Severity | undefined } {
  const bag = optionBag(options);
  const max = bag.maxFailures ?? maxFailures;
  if (typeof max !== 'number' || !(max >= 0) || (!Number.isInteger(max) && max !== Number.POSITIVE_INFINITY)) {
    throw new InvalidOptionError('maxFailures', 'expected a whole number ≥ 0 (or Infinity)', max);
  }
  if (bag.failOn !== undefined && !Object.prototype.hasOwnProperty.call(SEVERITY_RANK, bag.failOn)) {
    throw new InvalidOptionError('failOn', 'expected error, warning or info', bag.failOn);
  }
  return { locale: bag.locale === undefined ? undefined : resolveLocale(bag.locale), maxFailures: max, failOn: bag.failOn };
}

/**
 * Works out what the renderers show.
 *
 * @param input - a report or its JSON form
 * @param options - the locale of the renderer's own text, how many failures to list, and the severity from which a
 *   failure fails the check when the document has no `run`
 * @returns the view
 * @example
 * ```ts
 * reportView(report, { locale: 'en', maxFailures: 10, failOn: undefined }).failureTotal; //=> report.summary.total.fail
 * ```
 * @throws {@link InvalidOptionError} when the report is neither a `Report` nor a report JSON document
 */
export function reportView(input: ReportInput, options: { readonly locale: Locale | undefined; readonly maxFailures: number; readonly failOn: Severity | undefined }): ReportView {
  const doc = asDocument(input);
  // The renderer's own words exist in the built-in locales; a host locale's report gets the library's default.
  const locale = options.locale ?? (isLocale(doc.locale) ? doc.locale : resolveLocale(undefined));
  const m = reportMessages[locale];
  const report = doc.report;
  const failOn = doc.run?.failOn ?? options.failOn ?? 'error';
  const problems: ProblemsJSON = doc.input?.problems ?? issueProblems(report);
  const failing = report === undefined ? 0 : (['error', 'warning', 'info'] as const).filter((k) => SEVERITY_RANK[k] <= SEVERITY_RANK[failOn]).reduce((n, k) => n + report.summary.bySeverity[k], 0);
  const fatal = report === undefined;
  const verdict = m.text.checkVerdict({
    errors: problems.errors,
    failing,
    fatal,
    ...(doc.run !== undefined && { exitCode: doc.run.exitCode }),
    failOn: m.severity[failOn],
    orWorse: failOn !== 'error',
  });
  const ok = doc.run?.ok ?? (!fatal && failing === 0 && problems.errors === 0);
  if (report === undefined) return { doc, locale, report, heading: '', verdict, ok, rules: [], failures: [], failureTotal: 0, problems };
  const heading = m.text.heading({
    command: 'check',
    ...(doc.input !== undefined && { files: doc.input.files.map((f) => f.file).join(', '), records: grouped(doc.input.records) }),
    asOf: report.asOf,
    profile: doc.profile === undefined ? report.profile : `${doc.profile.name} (${doc.profile.id})`,
  });
  const rules = report.rules.map((id): RuleRow => {
    const described = doc.rules?.find((r) => r.id === id);
    const counts = own(report.summary.byRule, id) ?? { pass: 0, fail: 0, notApplicable: 0 };
    const basis = own(report.summary.failures.byRule, id) ?? { onFigures: 0, onReadings: 0 };
    return {
      rule: id,
      title: described?.title ?? '',
      severity: described?.severity ?? report.findings.find((f) => f.rule === id)?.severity,
      ...counts,
      failOnFigures: basis.onFigures,
      failOnReadings: basis.onReadings,
      notApplicableReasons: own(report.summary.notApplicable, id) ?? [],
    };
  });
  const failures = report.findings
    .filter((f) => f.outcome === 'fail')
    .map((f, order) => ({ f, order }))
    .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.order - b.order)
    .slice(0, options.maxFailures)
    .map(({ f }): FailureRow => {
      const at = own(doc.input?.locations, `${f.subject.kind}:${f.subject.id}`);
      return {
        finding: f,
        ...(at !== undefined && { file: at.file }),
        ...(at?.line !== undefined && { line: at.line }),
        ...(at?.pointer !== undefined && { pointer: at.pointer }),
        ...(at?.sheet !== undefined && { sheet: at.sheet }),
        ...(at?.cell !== undefined && { cell: at.cell }),
      };
    });
  return { doc, locale, report, heading, verdict, ok, rules, failures, failureTotal: report.summary.total.fail, problems };
}

/** A host's report: its validation issues are the problems (records left out of the check). */
function issueProblems(report: Report | undefined): ProblemsJSON {
  const issues = report?.issues ?? [];
  const byCode: Record<string, number> = {};
  for (const issue of issues) byCode[issue.code] = (byCode[issue.code] ?? 0) + 1;
  return {
    total: issues.length,
    errors: issues.length,
    warnings: 0,
    byCode,
    items: issues.map((issue) => ({ severity: 'error' as const, code: issue.code, message: issue.message })),
  };
}
