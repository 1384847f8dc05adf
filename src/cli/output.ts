/**
 * The stable shape of `--output json` (version 1) of `validate`, `stats`, `rules` and `explain`, one interface per
 * command; `check --output json` is the report JSON form of `community-standards/report` (`ReportJSON`). The text
 * renderers draw from the same objects. Fields are only ever added within a version; `version` changes when one is
 * removed or changes meaning. Text in it (messages, titles, labels) is in the run's `--locale`.
 *
 * @module
 */
import type { Citation } from '../citation.js';
import type { Severity } from '../engine/types.js';
import type { Locale } from '../locale.js';
import type { RecordKind } from '../models/kinds.js';
import type { FileJSON, ProblemJSON, ProblemsJSON, StatisticJSON } from '../report/json.js';
import type { WelfareTally } from '../statistics/types.js';
import type { ExitCode } from './exit-code.js';

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
export type ProblemOutput = ProblemJSON;

/** Problems: how many, and the first ones (`--max-problems`). */
export type ProblemsOutput = ProblemsJSON;

/** A file read. */
export type FileOutput = FileJSON;

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

/** One statistic, beside the report's figure. */
export type StatisticOutput = StatisticJSON;

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
