/**
 * The rule engine's types: rules, their results, findings and reports.
 *
 * @module
 */
import type { Citation } from '../citation.js';
import type { Locale, LocalizedText } from '../locale.js';
import type { RecordKind, RecordOf } from '../models/kinds.js';
import type { Profile, ResolvedParameter } from '../profiles/types.js';
import type { PathSegment, ValidationIssue } from '../validation/issue.js';
import type { DatasetIndex } from './dataset-index.js';
import type { NoValueInForceError } from '../errors.js';

/** How serious a failed rule is. */
export type Severity = 'error' | 'warning' | 'info';

/** What a rule found for one subject (or one item of it). */
export type Outcome = 'pass' | 'fail' | 'not-applicable';

/** A message function of a rule: values in, a sentence out. */
export type MessageFunction = (values: Readonly<Record<string, unknown>>) => string;

/** A rule's messages, by locale and then by message code. */
export type RuleMessages = Readonly<Record<Locale, Readonly<Record<string, MessageFunction>>>>;

/** What a rule's check returns for one subject or one item of it. */
export interface RuleResult {
  /** Pass, fail or not applicable. */
  readonly outcome: Outcome;
  /** The code of the message in the rule's `messages`. */
  readonly code: string;
  /** Values for the message (numbers, names…); also kept in the finding. */
  readonly values?: Readonly<Record<string, unknown>>;
  /** Where in the subject record the finding points. */
  readonly path?: readonly PathSegment[];
  /** For per-item rules (each station, each plaque): the item. */
  readonly item?: string;
  /** What the standard expects (JSON-serialisable). */
  readonly expected?: unknown;
  /** What the record has (JSON-serialisable). */
  readonly actual?: unknown;
  /**
   * The severity of this finding when it differs from the rule's (e.g. a pilot target a profile made binding is a
   * warning where the rule, by default, only informs).
   */
  readonly severity?: Severity;
}

/** What a rule's check can read: the profile's parameters in force, and the dataset. */
export interface RuleContext {
  /** The date the check applies to, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The message locale. */
  readonly locale: Locale;
  /** The profile. */
  readonly profile: Profile;
  /**
   * The value of a parameter in force at `asOf` (resolved once per check run); recorded as used by the finding.
   * Throws {@link NoValueInForceError} when none is in force — the engine turns that into `not-applicable`.
   */
  param(id: string): ResolvedParameter;
  /** The dataset, indexed. */
  readonly data: DatasetIndex;
}

/**
 * A rule: data (id, titles, subject kind, severity, source, parameters read) plus a pure check.
 *
 * @typeParam K - the kind of record the rule checks
 */
export interface Rule<K extends RecordKind = RecordKind> {
  /** Stable id, e.g. `hall.min-items`. */
  readonly id: string;
  /** Title in every locale. */
  readonly title: LocalizedText;
  /** The record kind checked. */
  readonly subject: K;
  /** Severity of a failure. */
  readonly severity: Severity;
  /** Where the rule comes from, with the Chinese sentence it encodes. */
  readonly source: Citation;
  /** The parameter ids it reads. */
  readonly parameters: readonly string[];
  /** Its messages. */
  readonly messages: RuleMessages;
  /** The check: one result, or one per item. */
  check(subject: RecordOf<K>, context: RuleContext): RuleResult | readonly RuleResult[];
}

/** One finding of a report: a rule applied to one subject (or one item of it). */
export interface Finding {
  /** The rule id. */
  readonly rule: string;
  /** The finding's severity: the rule's, unless its check set another for this finding. */
  readonly severity: Severity;
  /** Pass, fail or not applicable. */
  readonly outcome: Outcome;
  /** The record checked. */
  readonly subject: { readonly kind: RecordKind; readonly id: string };
  /** The item, for per-item rules. */
  readonly item?: string;
  /** Where in the record. */
  readonly path: readonly PathSegment[];
  /** Message code (stable, for machines). */
  readonly code: string;
  /** The message, in the report's locale, with the numbers in it. */
  readonly message: string;
  /** What the standard expects. */
  readonly expected?: unknown;
  /** What the record has. */
  readonly actual?: unknown;
  /** The message's values. */
  readonly values?: Readonly<Record<string, unknown>>;
  /** The parameter values used, with their citations. */
  readonly parameters: readonly ResolvedParameter[];
  /** The rule's source. */
  readonly source: Citation;
}

/** Counts of outcomes. */
export interface OutcomeCounts {
  /** Findings that passed. */
  pass: number;
  /** Findings that failed. */
  fail: number;
  /** Findings that did not apply. */
  notApplicable: number;
}

/** The result of {@link check}: findings and summaries, deterministic and JSON-serialisable. */
export interface Report {
  /** The date checked. */
  readonly asOf: string;
  /** The profile id. */
  readonly profile: string;
  /** The locale of the messages. */
  readonly locale: Locale;
  /** The rules run, in order. */
  readonly rules: readonly string[];
  /** Validation issues of records that could not be checked (they are left out of the findings). */
  readonly issues: readonly ValidationIssue[];
  /** Every finding, in rule order, then subject order. */
  readonly findings: readonly Finding[];
  /** Summaries. */
  readonly summary: {
    /** Outcome counts per rule id. */
    readonly byRule: Readonly<Record<string, OutcomeCounts>>;
    /** Outcome counts per subject, keyed `kind:id`. */
    readonly bySubject: Readonly<Record<string, OutcomeCounts>>;
    /** Failed findings per severity. */
    readonly bySeverity: Readonly<Record<Severity, number>>;
    /** Outcome counts over all findings. */
    readonly total: OutcomeCounts;
  };
}
