/**
 * The stable shape of `--output json` (version 1), one interface per command. The text and HTML renderers draw
 * from the same objects. Fields are only ever added within a version; `version` changes when one is removed or
 * changes meaning. Text in it (messages, titles, labels) is in the run's `--locale`.
 *
 * @module
 */
import type { Citation } from '../citation.js';
import type { FailureBasis, NotApplicableReason, OutcomeCounts, Severity } from '../engine/types.js';
import type { Locale } from '../locale.js';
import type { RecordKind } from '../models/kinds.js';
import type { ReportReading, StatisticId, StatisticUnit, WelfareTally } from '../statistics/types.js';
import type { ExitCode } from './exit-code.js';
import type { InputFormat } from './format.js';

/**
 * The version of the JSON output shape.
 *
 * @example
 * ```ts
 * JSON.parse(stdout).version === OUTPUT_VERSION; //=> true
 * ```
 */
export const OUTPUT_VERSION = 1;

/** A problem with the input: an input problem (`malformed_line`…) or a validation issue (`too_small`…). */
export interface ProblemOutput {
  /** `error`, or `warning` (a duplicate `meta`, an empty file). */
  readonly severity: 'error' | 'warning';
  /** An input problem code (see `inputProblemCodes`) or a validation issue code (`ValidationIssueCode`). */
  readonly code: string;
  /** The message, in the run's locale. */
  readonly message: string;
  /** The file. */
  readonly file?: string;
  /** The line (NDJSON, CSV). */
  readonly line?: number;
  /** The JSON pointer (JSON files). */
  readonly pointer?: string;
  /** The CSV column. */
  readonly column?: string;
  /** The record's kind. */
  readonly kind?: RecordKind;
  /** The record's id, when it has a readable one. */
  readonly id?: string;
  /** The field, e.g. `households.resident`. */
  readonly path?: string;
  /** Whether the file could not be read on (exit code 2). */
  readonly fatal?: boolean;
}

/** Problems: how many, and the first ones (`--max-problems`). */
export interface ProblemsOutput {
  /** How many problems in all. */
  readonly total: number;
  /** How many of severity `error`. */
  readonly errors: number;
  /** How many of severity `warning`. */
  readonly warnings: number;
  /** How many per code. */
  readonly byCode: Readonly<Record<string, number>>;
  /** The first ones, in the order found. */
  readonly items: readonly ProblemOutput[];
}

/** A file read. */
export interface FileOutput {
  /** The file as given. */
  readonly file: string;
  /** Its format. */
  readonly format: InputFormat;
  /** Whether it was read to the end (false after a fatal problem). */
  readonly readable: boolean;
  /** Records read from it. */
  readonly records: number;
  /** Records that passed validation (`validate` only). */
  readonly valid?: number;
  /** Records that failed validation (`validate` only). */
  readonly invalid?: number;
}

/** Counts of records. */
export interface RecordCounts {
  /** Records read. */
  readonly records: number;
  /** Valid. */
  readonly valid: number;
  /** Invalid. */
  readonly invalid: number;
}

/** What every output has. */
interface Common {
  /** {@link OUTPUT_VERSION}. */
  readonly version: typeof OUTPUT_VERSION;
  /** The exit code of the run. */
  readonly exitCode: ExitCode;
  /** Whether the exit code is 0. */
  readonly ok: boolean;
  /** The locale of the text. */
  readonly locale: Locale;
}

/** `validate --output json`. */
export interface ValidateOutput extends Common {
  readonly command: 'validate';
  /** Each file. */
  readonly files: readonly FileOutput[];
  /** Over all files. */
  readonly totals: RecordCounts;
  /** By record kind. */
  readonly byKind: Readonly<Partial<Record<RecordKind, RecordCounts>>>;
  /** The problems. */
  readonly problems: ProblemsOutput;
}

/** A profile, by id and name. */
export interface ProfileOutput {
  /** Its id. */
  readonly id: string;
  /** Its name in the run's locale. */
  readonly name: string;
}

/** One rule's counts. */
export interface RuleSummaryOutput extends OutcomeCounts {
  /** The rule id. */
  readonly rule: string;
  /** Its title. */
  readonly title: string;
  /** Its severity. */
  readonly severity: Severity;
  /** The record kind it checks. */
  readonly subject: RecordKind;
  /** Of its failures, those that rest on cited figures only (the report's, or a cited standard's). */
  readonly failOnFigures: number;
  /** Of its failures, those that rest on at least one of our readings (a parameter marked as an assumption). */
  readonly failOnReadings: number;
  /** Why its findings did not apply, with counts, in the order first met (empty when none). */
  readonly notApplicableReasons: readonly NotApplicableReason[];
}

/** A failed finding, located in the input. */
export interface FailureOutput {
  /** The rule id. */
  readonly rule: string;
  /** Its severity. */
  readonly severity: Severity;
  /** The record checked. */
  readonly subject: { readonly kind: RecordKind; readonly id: string };
  /** The item, for per-item rules. */
  readonly item?: string;
  /** Where in the record (`''` for the record as a whole). */
  readonly path: string;
  /** The message code. */
  readonly code: string;
  /** The message. */
  readonly message: string;
  /** What the standard expects. */
  readonly expected?: unknown;
  /** What the record has. */
  readonly actual?: unknown;
  /** Whether it rests on at least one of our readings. */
  readonly restsOnAssumption: boolean;
  /** The parameters used whose value is marked as an assumption. */
  readonly assumptions: readonly string[];
  /** The file the record came from. */
  readonly file?: string;
  /** Its line. */
  readonly line?: number;
  /** Its JSON pointer. */
  readonly pointer?: string;
}

/** `check --output json`. */
export interface CheckOutput extends Common {
  readonly command: 'check';
  /**
   * The date checked; `null` only when an input file could not be read (exit code 2) and no date was given, in
   * which case nothing was checked.
   */
  readonly asOf: string | null;
  /** The profile. */
  readonly profile: ProfileOutput;
  /** The severity from which a failure makes the exit code 1. */
  readonly failOn: Severity;
  /** The files read. */
  readonly files: readonly FileOutput[];
  /** Records read. */
  readonly records: number;
  /** Outcome counts. */
  readonly summary: {
    /** Over all findings. */
    readonly total: OutcomeCounts;
    /** Failures by severity. */
    readonly bySeverity: Readonly<Record<Severity, number>>;
    /** Every rule run, in registry order. */
    readonly byRule: readonly RuleSummaryOutput[];
    /** Failures split by what they rest on: cited figures only, or at least one of our readings. */
    readonly failuresByBasis: FailureBasis;
  };
  /** Failed findings: how many, and the first ones (errors first, then warnings, then info). */
  readonly failures: { readonly total: number; readonly items: readonly FailureOutput[] };
  /** Input problems and invalid records (left out of the check). */
  readonly problems: ProblemsOutput;
}

/** A report figure beside a statistic. */
export interface ReportFigureOutput {
  /** The value as the report writes it. */
  readonly value: number;
  /** How it reads: `exact`, `whole-percent`, `over`. */
  readonly reading: ReportReading;
  /** As the report writes it (`85%`, `超过1,315平方米`). */
  readonly text: string;
  /** Where the report gives it. */
  readonly citation: Citation;
}

/** One statistic. */
export interface StatisticOutput {
  /** Its id. */
  readonly id: StatisticId;
  /** Its label. */
  readonly label: string;
  /** What `value` measures. */
  readonly unit: StatisticUnit;
  /** The value (a count, a ratio 0–1, m²), or `null`. */
  readonly value: number | null;
  /** The value written out (`85.1%(262/308)`). */
  readonly text: string;
  /** A share's counts. */
  readonly share?: { readonly numerator: number; readonly denominator: number };
  /** Records without the figure. */
  readonly notReported?: number;
  /** The report's figure, when it gives one. */
  readonly report?: ReportFigureOutput;
  /** The computed value read the report's way. */
  readonly reading?: number | null;
  /** Whether it agrees with the report. */
  readonly matches?: boolean;
}

/** `stats --output json`. */
export interface StatsOutput extends Common {
  readonly command: 'stats';
  /** The date. */
  readonly asOf: string;
  /** The profile. */
  readonly profile: ProfileOutput;
  /** The files read. */
  readonly files: readonly FileOutput[];
  /** Records read. */
  readonly records: number;
  /** Every statistic, in the report's order. */
  readonly statistics: readonly StatisticOutput[];
  /** Welfare projects by year and programme. */
  readonly welfareProjects: readonly WelfareTally[];
  /** Input problems and invalid records (left out of the statistics). */
  readonly problems: ProblemsOutput;
}

/** A rule, described. */
export interface RuleOutput {
  /** Its id. */
  readonly id: string;
  /** Its title. */
  readonly title: string;
  /** Its severity. */
  readonly severity: Severity;
  /** The record kind it checks. */
  readonly subject: RecordKind;
  /** Its source. */
  readonly source: Citation;
  /** The parameter ids it reads. */
  readonly parameters: readonly string[];
}

/** `rules --output json`. */
export interface RulesOutput extends Common {
  readonly command: 'rules';
  /** Every rule, in registry order. */
  readonly rules: readonly RuleOutput[];
}

/** One dated value of a parameter. */
export interface ParameterValueOutput {
  /** First day in force. */
  readonly from?: string;
  /** Last day in force. */
  readonly to?: string;
  /** The value (money in fen). */
  readonly value: unknown;
  /** The value with its unit (`15,000 元/百户(按常住户数)`). */
  readonly text: string;
  /** The citation. */
  readonly citation?: Citation;
  /** The assumption note. */
  readonly assumption?: string;
  /** Whether it is the value in force at `--as-of`. */
  readonly inForce: boolean;
}

/** A parameter a rule reads, as the profile defines it. */
export interface ParameterOutput {
  /** Its id. */
  readonly id: string;
  /** Its label (empty when the profile lacks it). */
  readonly label: string;
  /** The profile that defines it, or `null` when none does. */
  readonly profile: string | null;
  /** Its dated values. */
  readonly values: readonly ParameterValueOutput[];
}

/** `explain RULE --output json`. */
export interface ExplainOutput extends Common {
  readonly command: 'explain';
  /** The rule. */
  readonly rule: RuleOutput;
  /** The profile whose parameters are shown. */
  readonly profile: ProfileOutput;
  /** The date whose values are marked in force. */
  readonly asOf: string;
  /** Its parameters. */
  readonly parameters: readonly ParameterOutput[];
}
