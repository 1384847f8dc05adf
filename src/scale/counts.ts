/**
 * Counting findings the way a report's summary does, in a form that adds up across shards.
 *
 * @module
 */
import type { FailureBasis, Finding, NotApplicableReason, OutcomeCounts, Report, Severity } from '../engine/types.js';

/** Why findings of a rule were not applicable, with up to two of their distinct messages (enough to merge). */
export interface ReasonCount {
  /** The code of the findings. */
  readonly code: string;
  /** For `parameter-not-in-force`: the parameter. */
  readonly parameter?: string;
  /** How many findings. */
  count: number;
  /** The rule's written reason for the code, in the run's locale, if it has one. */
  readonly written?: string;
  /** Up to two distinct messages of the findings: one means they all share it. */
  messages: string[];
}

/** The counts of a report's summary, for a shard: JSON, and they add up across shards. */
export interface FindingCounts {
  /** Outcome counts per rule id. */
  byRule: Record<string, OutcomeCounts>;
  /** Outcome counts per subject (`kind:id`); empty when the shard was checked without them. */
  bySubject: Record<string, OutcomeCounts>;
  /** Failed findings per severity. */
  bySeverity: Record<Severity, number>;
  /** Outcome counts over all findings. */
  total: OutcomeCounts;
  /** Failures by what they rest on, in all and per rule. */
  failures: { total: FailureBasis; byRule: Record<string, FailureBasis> };
  /** Not-applicable reasons per rule, in the order first met. */
  notApplicable: Record<string, ReasonCount[]>;
}

/**
 * Empty counts.
 *
 * @returns counts of no finding
 * @example
 * ```ts
 * emptyCounts().total; //=> { pass: 0, fail: 0, notApplicable: 0 }
 * ```
 */
export function emptyCounts(): FindingCounts {
  return {
    byRule: {},
    bySubject: {},
    bySeverity: { error: 0, warning: 0, info: 0 },
    total: { pass: 0, fail: 0, notApplicable: 0 },
    failures: { total: { onFigures: 0, onReadings: 0 }, byRule: {} },
    notApplicable: {},
  };
}

const zero = (): OutcomeCounts => ({ pass: 0, fail: 0, notApplicable: 0 });

function bump(counts: OutcomeCounts, outcome: Finding['outcome'], n = 1): void {
  if (outcome === 'pass') counts.pass += n;
  else if (outcome === 'fail') counts.fail += n;
  else counts.notApplicable += n;
}

function addOutcomes(into: OutcomeCounts, from: OutcomeCounts): void {
  into.pass += from.pass;
  into.fail += from.fail;
  into.notApplicable += from.notApplicable;
}

function addReason(list: ReasonCount[], reason: Omit<ReasonCount, 'count' | 'messages'>, count: number, messages: readonly string[]): void {
  let found = list.find((r) => r.code === reason.code && r.parameter === reason.parameter);
  if (found === undefined) list.push((found = { ...reason, count: 0, messages: [] }));
  found.count += count;
  for (const m of messages) if (found.messages.length < 2 && !found.messages.includes(m)) found.messages.push(m);
}

/**
 * Counts one finding, as the engine's summary does.
 *
 * @param counts - the counts to add to (changed)
 * @param finding - the finding
 * @param written - the rule's written not-applicable reason for the finding's code, if any
 * @param subjects - whether to count by subject
 * @example
 * ```ts
 * const counts = emptyCounts();
 * addFinding(counts, finding);
 * counts.total.fail; //=> 1 for a failed finding
 * ```
 */
export function addFinding(counts: FindingCounts, finding: Finding, written?: string, subjects = true): void {
  bump((counts.byRule[finding.rule] ??= zero()), finding.outcome);
  if (subjects) bump((counts.bySubject[`${finding.subject.kind}:${finding.subject.id}`] ??= zero()), finding.outcome);
  bump(counts.total, finding.outcome);
  const basis = (counts.failures.byRule[finding.rule] ??= { onFigures: 0, onReadings: 0 });
  if (finding.outcome === 'fail') {
    counts.bySeverity[finding.severity]++;
    const key = finding.restsOnAssumption ? 'onReadings' : 'onFigures';
    basis[key]++;
    counts.failures.total[key]++;
  } else if (finding.outcome === 'not-applicable') {
    const parameter = finding.code === 'parameter-not-in-force' ? finding.values?.['parameter'] : undefined;
    const reason = { code: finding.code, ...(typeof parameter === 'string' && { parameter }), ...(written !== undefined && { written }) };
    addReason((counts.notApplicable[finding.rule] ??= []), reason, 1, [finding.message]);
  }
}

/**
 * Adds counts up: `into` becomes the counts of both, as if their findings had been counted in one run (`from`'s
 * after `into`'s).
 *
 * @param into - the counts added to (changed)
 * @param from - the counts added
 * @example
 * ```ts
 * addCounts(a, b);
 * a.total.pass; //=> the passes of both
 * ```
 */
export function addCounts(into: FindingCounts, from: FindingCounts): void {
  for (const [rule, c] of Object.entries(from.byRule)) addOutcomes((into.byRule[rule] ??= zero()), c);
  for (const [subject, c] of Object.entries(from.bySubject)) addOutcomes((into.bySubject[subject] ??= zero()), c);
  for (const severity of ['error', 'warning', 'info'] as const) into.bySeverity[severity] += from.bySeverity[severity];
  addOutcomes(into.total, from.total);
  into.failures.total.onFigures += from.failures.total.onFigures;
  into.failures.total.onReadings += from.failures.total.onReadings;
  for (const [rule, b] of Object.entries(from.failures.byRule)) {
    const basis = (into.failures.byRule[rule] ??= { onFigures: 0, onReadings: 0 });
    basis.onFigures += b.onFigures;
    basis.onReadings += b.onReadings;
  }
  for (const [rule, reasons] of Object.entries(from.notApplicable)) {
    const list = (into.notApplicable[rule] ??= []);
    for (const { count, messages, ...reason } of reasons) addReason(list, reason, count, messages);
  }
}

/**
 * The report's summary of counts: each not-applicable reason worded as the engine words it (the rule's written
 * reason, else the findings' one shared message, else the code).
 *
 * @param counts - the counts
 * @param rules - the rule ids of the run, in report order (the order of `byRule`'s keys)
 * @returns the summary, as `check` returns it
 * @example
 * ```ts
 * toSummary(counts, report.rules).total; //=> counts.total
 * ```
 */
export function toSummary(counts: FindingCounts, rules: readonly string[]): Report['summary'] {
  const order = (record: Record<string, unknown>) => [...rules.filter((r) => r in record), ...Object.keys(record).filter((r) => !rules.includes(r))];
  const byRule: Record<string, OutcomeCounts> = {};
  for (const rule of order(counts.byRule)) byRule[rule] = { ...(counts.byRule[rule] as OutcomeCounts) };
  const failuresByRule: Record<string, FailureBasis> = {};
  for (const rule of order(counts.failures.byRule)) failuresByRule[rule] = { ...(counts.failures.byRule[rule] as FailureBasis) };
  const notApplicable: Record<string, readonly NotApplicableReason[]> = {};
  for (const rule of order(counts.notApplicable)) {
    notApplicable[rule] = (counts.notApplicable[rule] as ReasonCount[]).map(({ code, parameter, count, written, messages }) => ({
      code,
      ...(parameter !== undefined && { parameter }),
      count,
      message: written ?? (messages.length === 1 ? (messages[0] as string) : code),
    }));
  }
  const bySubject: Record<string, OutcomeCounts> = {};
  for (const [subject, c] of Object.entries(counts.bySubject)) bySubject[subject] = { ...c };
  return {
    byRule,
    bySubject,
    bySeverity: { ...counts.bySeverity },
    total: { ...counts.total },
    failures: { total: { ...counts.failures.total }, byRule: failuresByRule },
    notApplicable,
  };
}
