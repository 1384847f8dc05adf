/**
 * The rule engine's types: rules, their results, findings and reports.
 *
 * @module
 */
import type { Citation } from '../citation.js';
import type { Locale, LocalizedText } from '../locale.js';
import type { RecordKind, RecordOf } from '../models/kinds.js';
import type { ParameterId, ParameterValueOf } from '../profiles/parameter-types.js';
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

/**
 * A rule's messages in one locale: one message function for every result code of the rule.
 *
 * @typeParam Code - the rule's result codes
 */
export type RuleMessageSet<Code extends string = string> = Readonly<Record<Code, MessageFunction>>;

/**
 * A rule's messages, by locale and then by result code: every built-in locale must cover every code (a missing
 * message is a compile error).
 *
 * @typeParam Code - the rule's result codes
 */
export type RuleMessages<Code extends string = string> = Readonly<Record<Locale, RuleMessageSet<Code>>>;

/**
 * A rule's not-applicable reasons, by locale and then by result code (not every code needs one).
 *
 * @typeParam Code - the rule's result codes
 */
export type RuleReasons<Code extends string = string> = Readonly<Record<Locale, Readonly<Partial<Record<Code, string>>>>>;

/**
 * What a rule's check returns for one subject or one item of it.
 *
 * @typeParam Code - the rule's result codes
 */
export interface RuleResult<Code extends string = string> {
  /** Pass, fail or not applicable. */
  readonly outcome: Outcome;
  /** The code of the message in the rule's `messages`. */
  readonly code: Code;
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
   * The ids of the parameters this result rests on, when it rests on fewer than every parameter the check read
   * (a per-item rule whose items read different parameters). The finding then lists only these, and says it rests
   * on an assumption only when one of these is one.
   */
  readonly parameters?: readonly string[];
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
  /**
   * The built-in locale of the run: the message locale, or a host locale's fallback. Rules put codes and numbers in
   * their results' values, never text in a locale: their messages translate.
   */
  readonly locale: Locale;
  /** The profile. */
  readonly profile: Profile;
  /**
   * The value of a parameter in force at `asOf` (resolved once per check run); recorded as used by the finding.
   * Throws {@link NoValueInForceError} when none is in force — the engine turns that into `not-applicable`.
   * The value is typed by `ParameterTypes` for a known id (`param('hall.minServiceItems').value` is a `number`),
   * `unknown` for any other string.
   */
  param<Id extends ParameterId | (string & {})>(id: Id): ResolvedParameter<ParameterValueOf<Id>>;
  /**
   * What the rule derives from its parameters, computed once per run and rule: `once(key, compute)` returns the
   * value computed the first time `key` (compared by identity, as a `Map` key) was given. The parameters `compute`
   * read count as read by every subject that gets the value (so its findings name them). Key it by what the value
   * derives from — the resolved parameter (`once(param('signage.allowedPlaques'), …)`) or a constant of the rule's
   * own (a `Symbol`) — never by the subject or an object made anew for each subject (it would never hit and would
   * be kept for the whole run), and give two derivations two keys (the second would get the first's value).
   */
  once<T>(key: unknown, compute: () => T): T;
  /** The dataset, indexed. */
  readonly data: DatasetIndex;
}

/**
 * A rule: data (id, titles, subject kind, severity, source, parameters read) plus a pure check.
 *
 * @typeParam K - the kind of record the rule checks
 * @typeParam Code - the rule's result codes: its messages cover each of them in every locale
 * @typeParam Id - the rule's id
 */
export interface Rule<K extends RecordKind = RecordKind, Code extends string = string, Id extends string = string> {
  /** Stable id, e.g. `hall.min-items`. */
  readonly id: Id;
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
  /** Its messages: one per result code, in every locale. */
  readonly messages: RuleMessages<Code>;
  /**
   * Why the rule does not apply, by locale and then by the code of a not-applicable result: one sentence that holds
   * for every subject with that code (no names, no numbers), for summaries by rule. A code with no reason here is
   * summarised with its findings' message when they all share one, else with the code itself.
   */
  readonly reasons?: RuleReasons<Code>;
  /** The check: one result, or one per item. */
  check(subject: RecordOf<K>, context: RuleContext): RuleResult<Code> | readonly RuleResult<Code>[];
}

/**
 * The result codes of a rule, read from its type: `RuleCode<typeof hallMinItems>` is `'enough' | 'too-few' | …`.
 *
 * @typeParam R - the rule's type
 * @example
 * ```ts
 * const code: RuleCode<typeof hallModes> = 'missing';
 * ```
 */
export type RuleCode<R> = R extends Rule<infer _K, infer Code> ? Code : never;

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
  /**
   * The ids of the parameters used, in the order used: the report's `parameters` holds each one's value in force,
   * its citation or assumption note.
   */
  readonly parameters: readonly string[];
  /**
   * The ids of the parameters used whose value in force is marked as an assumption in the profile (our reading of
   * the report, not its figure), in the order used; empty when the finding rests on cited figures only.
   */
  readonly assumptions: readonly string[];
  /** Whether the finding rests on at least one assumption (`assumptions` is not empty). */
  readonly restsOnAssumption: boolean;
  /** The rule's source. */
  readonly source: Citation;
}

/**
 * Failed findings split by what they rest on: the figures cited (the report's, or a standard's the profile cites)
 * and nothing else, or at least one of our readings (a parameter whose value is marked as an assumption).
 */
export interface FailureBasis {
  /** Failures that rest on cited figures only: the report itself supports them. */
  onFigures: number;
  /** Failures that rest on at least one of our readings. */
  onReadings: number;
}

/** Why findings of a rule were not applicable, and how many. */
export interface NotApplicableReason {
  /** The code of the findings (`not-reported`, `parameter-not-in-force`…). */
  readonly code: string;
  /** For `parameter-not-in-force`: the parameter with no value in force. */
  readonly parameter?: string;
  /** How many findings. */
  readonly count: number;
  /** The reason, in the report's locale. */
  readonly message: string;
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
  /** The locale of the messages: `zh-CN`, `en`, or the tag of a host locale (e.g. `fr`). */
  readonly locale: string;
  /** The rules run, in order. */
  readonly rules: readonly string[];
  /**
   * Every parameter a finding rests on, by id, once (in the order first used): its value in force on `asOf`, its
   * label, and its citation or assumption note. Findings name them by id. It covers every finding of the run, also
   * those not kept (streamed to `onFinding`).
   */
  readonly parameters: Readonly<Record<string, ResolvedParameter>>;
  /** Validation issues of records that could not be checked (they are left out of the findings). */
  readonly issues: readonly ValidationIssue[];
  /**
   * The findings kept (every one by default; the failures only, or none, as the `findings` option says), in rule
   * order, then subject order. The summary counts every finding whatever is kept.
   */
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
    /** Failed findings split by what they rest on, over all findings and per rule id (the keys of `byRule`). */
    readonly failures: { readonly total: FailureBasis; readonly byRule: Readonly<Record<string, FailureBasis>> };
    /**
     * The reasons of not-applicable findings per rule id, with counts, in the order first met: one per code (per
     * code and parameter for `parameter-not-in-force`). Rules with no not-applicable finding are left out.
     */
    readonly notApplicable: Readonly<Record<string, readonly NotApplicableReason[]>>;
  };
}
