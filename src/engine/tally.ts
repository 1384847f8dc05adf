/**
 * The summary of a run, counted as findings are made: the engine keeps counts, not findings, so that a run keeps
 * exact counts whatever findings it keeps.
 *
 * @module
 */
import { ruleReasons, type ResolvedLocale } from './host-locale.js';
import type { FailureBasis, NotApplicableReason, Outcome, OutcomeCounts, Report, Rule, Severity } from './types.js';

/** A not-applicable reason being counted: its messages until the summary picks one. */
interface ReasonCount {
  readonly code: string;
  readonly parameter?: string;
  count: number;
  readonly messages: Set<string>;
}

/** What the tally needs of one finding. */
export interface TallyEntry {
  /** The outcome. */
  readonly outcome: Outcome;
  /** The finding's severity. */
  readonly severity: Severity;
  /** Whether the finding rests on an assumption. */
  readonly restsOnAssumption: boolean;
  /** The result code (for not-applicable reasons). */
  readonly code: string;
  /** For `parameter-not-in-force`: the parameter. */
  readonly parameter?: string;
  /** The message, when the summary may need it (a not-applicable code with no written reason). */
  readonly message?: string;
}

/** Counts of a run by rule, subject, severity and basis; {@link Tally.summary} gives the report's summary. */
export interface Tally {
  /**
   * Whether a not-applicable code of a rule needs its findings' messages for the summary (the rule writes no reason
   * for it).
   */
  needsMessage(rule: Rule, code: string): boolean;
  /**
   * Counts one finding.
   *
   * @param rule - the rule
   * @param subject - the subject's counts, from {@link Tally.subject}
   * @param entry - the finding
   */
  add(rule: Rule, subject: OutcomeCounts, entry: TallyEntry): void;
  /** The counts of a subject (`kind:id`), made on first use. */
  subject(key: string): OutcomeCounts;
  /** The report's summary of everything counted. */
  summary(): Report['summary'];
}

/**
 * Makes the tally of a run.
 *
 * @param rules - the rules of the run, in report order (their counts appear in this order)
 * @param locale - the run's locale, for the written not-applicable reasons
 * @returns the tally
 * @example
 * ```ts
 * const tally = createTally([hallMinItems], locale);
 * tally.add(hallMinItems, tally.subject('community:c1'), { outcome: 'fail', severity: 'error', restsOnAssumption: false, code: 'too-few' });
 * tally.summary().total; //=> { pass: 0, fail: 1, notApplicable: 0 }
 * ```
 */
export function createTally(rules: readonly Rule[], locale: ResolvedLocale): Tally {
  const byRule = new Map<string, OutcomeCounts>();
  const bySubject = new Map<string, OutcomeCounts>();
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const total: OutcomeCounts = { pass: 0, fail: 0, notApplicable: 0 };
  const failureTotal: FailureBasis = { onFigures: 0, onReadings: 0 };
  const failureByRule = new Map<string, FailureBasis>();
  const reasons = new Map<string, Map<string, ReasonCount>>();
  // The written reasons of each rule id: those of the first rule of the run with that id.
  const written = new Map<string, Readonly<Record<string, string | undefined>> | undefined>();
  for (const rule of rules) if (!written.has(rule.id)) written.set(rule.id, ruleReasons(rule, locale));
  const bump = (counts: OutcomeCounts, outcome: Outcome) => {
    if (outcome === 'pass') counts.pass++;
    else if (outcome === 'fail') counts.fail++;
    else counts.notApplicable++;
  };

  return {
    needsMessage(rule, code) {
      return written.get(rule.id)?.[code] === undefined;
    },
    subject(key) {
      let counts = bySubject.get(key);
      if (counts === undefined) bySubject.set(key, (counts = { pass: 0, fail: 0, notApplicable: 0 }));
      return counts;
    },
    add(rule, subject, entry) {
      let counts = byRule.get(rule.id);
      if (counts === undefined) byRule.set(rule.id, (counts = { pass: 0, fail: 0, notApplicable: 0 }));
      let basis = failureByRule.get(rule.id);
      if (basis === undefined) failureByRule.set(rule.id, (basis = { onFigures: 0, onReadings: 0 }));
      bump(counts, entry.outcome);
      bump(subject, entry.outcome);
      bump(total, entry.outcome);
      if (entry.outcome === 'fail') {
        bySeverity[entry.severity]++;
        const key = entry.restsOnAssumption ? 'onReadings' : 'onFigures';
        basis[key]++;
        failureTotal[key]++;
      } else if (entry.outcome === 'not-applicable') {
        const key = entry.parameter === undefined ? entry.code : `${entry.code}\u0000${entry.parameter}`;
        let ofRule = reasons.get(rule.id);
        if (ofRule === undefined) reasons.set(rule.id, (ofRule = new Map()));
        let reason = ofRule.get(key);
        if (reason === undefined) {
          reason = { code: entry.code, ...(entry.parameter !== undefined && { parameter: entry.parameter }), count: 0, messages: new Set() };
          ofRule.set(key, reason);
        }
        reason.count++;
        if (entry.message !== undefined) reason.messages.add(entry.message);
      }
    },
    summary() {
      const notApplicable: Record<string, readonly NotApplicableReason[]> = {};
      for (const [ruleId, ofRule] of reasons) {
        const reasonsWritten = written.get(ruleId);
        notApplicable[ruleId] = [...ofRule.values()].map(({ messages, ...reason }) => ({
          ...reason,
          message: reasonsWritten?.[reason.code] ?? (messages.size === 1 ? [...messages][0]! : reason.code),
        }));
      }
      return {
        byRule: Object.fromEntries(byRule),
        bySubject: Object.fromEntries(bySubject),
        bySeverity,
        total,
        failures: { total: failureTotal, byRule: Object.fromEntries(failureByRule) },
        notApplicable,
      };
    },
  };
}
