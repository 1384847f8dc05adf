/**
 * The rule engine: run every applicable rule on every subject and collect findings.
 *
 * @module
 */
import { optionBag } from '../options.js';
import { InvalidOptionError, isCommunityStandardsError, NoValueInForceError, UnknownRuleError } from '../errors.js';
import { resolveLocale, type Locale } from '../locale.js';
import { engineMessages } from './messages.js';
import type { Dataset } from '../models/dataset.js';
import type { RecordKind, RecordOf } from '../models/kinds.js';
import { toIsoDate } from '../profiles/as-of.js';
import { profileOption } from '../profiles/profile-option.js';
import { findParameter, parameter } from '../profiles/parameter.js';
import type { Profile, ResolvedParameter } from '../profiles/types.js';
import { rules as registry } from '../standards/index.js';
import type { ValidationIssue } from '../validation/issue.js';
import { validateDataset } from '../validation/validate-dataset.js';
import { indexDataset } from './dataset-index.js';
import type { FailureBasis, Finding, NotApplicableReason, OutcomeCounts, Report, Rule, RuleContext, RuleResult, Severity } from './types.js';

/** Options of {@link check}. */
export interface CheckOptions {
  /** The profile (default: `kunshan`). */
  readonly profile?: Profile;
  /** The date to check as of (default: the dataset's `meta.asOf`; one of the two is required). */
  readonly asOf?: string | Date;
  /** Message locale (default `zh-CN`). */
  readonly locale?: Locale;
  /** The rules to run, by id or as rule objects (default: every rule of the registry). */
  readonly rules?: readonly (string | Rule)[];
}

/**
 * Checks a dataset against the standards: validates it, then runs every applicable rule on every subject of the
 * rule's kind, never stopping at the first failure. Records that fail validation are reported under `issues`
 * and left out of the findings. The report is deterministic (same input, same output, same order) and
 * JSON-serialisable.
 *
 * @param input - the dataset (untrusted input is fine: it is validated first)
 * @param options - profile, date, locale, rules
 * @returns the report
 * @throws {@link InvalidOptionError} for a bad option or a missing date; {@link UnknownRuleError} for an unknown rule id
 * @example
 * ```ts
 * const report = check(dataset, { asOf: '2013-06-30', rules: ['hall.min-items'] });
 * report.findings[0]?.message; //=> '服务项目 19 项,少于 20 项(差 1 项)'
 * report.summary.total; //=> { pass: 3, fail: 1, notApplicable: 0 }
 * ```
 */
export function check(input: unknown, options: CheckOptions = {}): Report {
  options = optionBag(options);
  const locale = resolveLocale(options.locale);
  const profile = profileOption(options.profile);
  const selected = selectRules(options.rules);
  const validation = validateDataset(input, { locale });
  const dataset: Dataset = validation.ok ? validation.value : (validation.partial ?? {});
  const issues: readonly ValidationIssue[] = validation.issues;
  const asOfOption = options.asOf ?? dataset.meta?.asOf;
  if (asOfOption === undefined) {
    throw new InvalidOptionError('asOf', 'give the date to check as of, or set the dataset’s meta.asOf');
  }
  const asOf = toIsoDate(asOfOption);

  const cache = new Map<string, ResolvedParameter | NoValueInForceError>();
  const resolve = (id: string): ResolvedParameter => {
    let hit = cache.get(id);
    if (hit === undefined) {
      try {
        hit = parameter(profile, id, asOf);
      } catch (error) {
        if (!(error instanceof NoValueInForceError)) throw error;
        hit = error;
      }
      cache.set(id, hit);
    }
    if (hit instanceof NoValueInForceError) throw hit;
    return hit;
  };
  const notInForce = new Map<string, { values: Readonly<Record<string, unknown>>; message: string }>();
  const data = indexDataset(dataset);
  const findings: Finding[] = [];

  for (const rule of selected) {
    for (const subject of data.all(rule.subject) as readonly (RecordOf<RecordKind> & { id: string })[]) {
      const used = new Map<string, ResolvedParameter>();
      const context: RuleContext = {
        asOf,
        locale,
        profile,
        data,
        param(id) {
          const resolved = resolve(id);
          used.set(id, resolved);
          return resolved;
        },
      };
      let results: readonly RuleResult[];
      try {
        const result = rule.check(subject as never, context);
        results = Array.isArray(result) ? (result as readonly RuleResult[]) : [result as RuleResult];
      } catch (error) {
        if (!(error instanceof NoValueInForceError)) throw error;
        const id = String(error.details['id']);
        let why = notInForce.get(id);
        if (why === undefined) notInForce.set(id, (why = whyNotInForce(profile, error, locale)));
        findings.push(
          finding(
            rule,
            subject.id,
            { outcome: 'not-applicable', code: 'parameter-not-in-force', values: why.values },
            why.message,
            [...used.values()],
          ),
        );
        continue;
      }
      for (const result of results) {
        findings.push(finding(rule, subject.id, result, render(rule, locale, result), [...used.values()]));
      }
    }
  }

  return { asOf, profile: profile.id, locale, rules: selected.map((r) => r.id), issues, findings, summary: summarise(findings, selected, locale) };
}

/**
 * The values of a `parameter-not-in-force` finding (the parameter, the date, and when its values start or ended)
 * and its message, which also names the parameter by its label.
 */
function whyNotInForce(profile: Profile, error: NoValueInForceError, locale: Locale) {
  const { id, asOf, from, to } = error.details as { id: string; asOf: string; from?: string; to?: string };
  const values = { parameter: id, asOf, ...(from !== undefined && { from }), ...(to !== undefined && { to }) };
  const label = findParameter(profile, id)?.definition.label[locale] ?? id;
  return { values, message: engineMessages[locale].parameterNotInForce({ ...values, label }) };
}

function selectRules(option: CheckOptions['rules']): readonly Rule[] {
  if (option === undefined) return registry;
  if (!Array.isArray(option)) throw new InvalidOptionError('rules', 'expected an array of rule ids or rules', option);
  return option.map((r) => {
    if (typeof r !== 'string') return r;
    const rule = registry.find((x) => x.id === r);
    if (rule === undefined) throw new UnknownRuleError(r);
    return rule;
  });
}

function render(rule: Rule, locale: Locale, result: RuleResult): string {
  const message = rule.messages[locale][result.code];
  if (message === undefined) {
    throw new InvalidOptionError('rules', `rule "${rule.id}" has no ${locale} message "${result.code}"`);
  }
  try {
    return message(result.values ?? {});
  } catch (error) {
    if (isCommunityStandardsError(error)) throw error;
    throw new InvalidOptionError('rules', `rule "${rule.id}" message "${result.code}" failed`);
  }
}

function finding(rule: Rule, id: string, result: RuleResult, message: string, used: ResolvedParameter[]): Finding {
  const only = result.parameters;
  const parameters = only === undefined ? used : used.filter((p) => only.includes(p.id));
  const assumptions = parameters.filter((p) => p.assumption !== undefined).map((p) => p.id);
  return {
    rule: rule.id,
    severity: result.severity ?? rule.severity,
    outcome: result.outcome,
    subject: { kind: rule.subject, id },
    ...(result.item !== undefined && { item: result.item }),
    path: result.path ?? [],
    code: result.code,
    message,
    ...(result.expected !== undefined && { expected: result.expected }),
    ...(result.actual !== undefined && { actual: result.actual }),
    ...(result.values !== undefined && { values: result.values }),
    parameters,
    assumptions,
    restsOnAssumption: assumptions.length > 0,
    source: rule.source,
  };
}

function summarise(findings: readonly Finding[], rules: readonly Rule[], locale: Locale): Report['summary'] {
  const byRule: Record<string, OutcomeCounts> = {};
  const bySubject: Record<string, OutcomeCounts> = {};
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const total: OutcomeCounts = { pass: 0, fail: 0, notApplicable: 0 };
  const failureTotal: FailureBasis = { onFigures: 0, onReadings: 0 };
  const failureByRule: Record<string, FailureBasis> = {};
  const reasons = new Map<string, Map<string, { code: string; parameter?: string; count: number; messages: Set<string> }>>();
  const bump = (counts: OutcomeCounts, f: Finding) => {
    if (f.outcome === 'pass') counts.pass++;
    else if (f.outcome === 'fail') counts.fail++;
    else counts.notApplicable++;
  };
  for (const f of findings) {
    bump((byRule[f.rule] ??= { pass: 0, fail: 0, notApplicable: 0 }), f);
    bump((bySubject[`${f.subject.kind}:${f.subject.id}`] ??= { pass: 0, fail: 0, notApplicable: 0 }), f);
    bump(total, f);
    const basis = (failureByRule[f.rule] ??= { onFigures: 0, onReadings: 0 });
    if (f.outcome === 'fail') {
      bySeverity[f.severity]++;
      const key = f.restsOnAssumption ? 'onReadings' : 'onFigures';
      basis[key]++;
      failureTotal[key]++;
    } else if (f.outcome === 'not-applicable') {
      const parameter = f.code === 'parameter-not-in-force' ? f.values?.['parameter'] : undefined;
      const key = typeof parameter === 'string' ? `${f.code}\u0000${parameter}` : f.code;
      let ofRule = reasons.get(f.rule);
      if (ofRule === undefined) reasons.set(f.rule, (ofRule = new Map()));
      let reason = ofRule.get(key);
      if (reason === undefined) {
        reason = { code: f.code, ...(typeof parameter === 'string' && { parameter }), count: 0, messages: new Set() };
        ofRule.set(key, reason);
      }
      reason.count++;
      reason.messages.add(f.message);
    }
  }
  const notApplicable: Record<string, readonly NotApplicableReason[]> = {};
  for (const [ruleId, ofRule] of reasons) {
    const written = rules.find((r) => r.id === ruleId)?.reasons?.[locale];
    notApplicable[ruleId] = [...ofRule.values()].map(({ messages, ...reason }) => ({
      ...reason,
      message: written?.[reason.code] ?? (messages.size === 1 ? [...messages][0]! : reason.code),
    }));
  }
  return { byRule, bySubject, bySeverity, total, failures: { total: failureTotal, byRule: failureByRule }, notApplicable };
}
