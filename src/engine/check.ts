/**
 * The rule engine: run the rules it is given, with the profile it is given, on every subject, and collect
 * findings. It imports no rule set and no profile: {@link createChecker} composes them.
 *
 * @module
 */
import { optionBag } from '../options.js';
import { InvalidOptionError, isCommunityStandardsError, NoValueInForceError, UnknownRuleError } from '../errors.js';
import type { Dataset } from '../models/dataset.js';
import type { RecordKind, RecordOf } from '../models/kinds.js';
import { toIsoDate } from '../profiles/as-of.js';
import { assertProfile } from '../profiles/assert-profile.js';
import { findParameter, parameter } from '../profiles/parameter.js';
import type { ParameterId, ParameterValueOf } from '../profiles/parameter-types.js';
import type { Profile, ResolvedParameter } from '../profiles/types.js';
import type { ValidationIssue } from '../validation/issue.js';
import { validateDatasetIndexed } from '../validation/validate-dataset.js';
import { indexDataset } from './dataset-index.js';
import { engineMessagesIn, resolveLocaleOption, ruleMessages, ruleReasons, type AnyLocale, type ResolvedLocale } from './host-locale.js';
import type { FailureBasis, Finding, NotApplicableReason, OutcomeCounts, Report, Rule, RuleContext, RuleResult, Severity } from './types.js';

/** What an engine run takes: the rules to run and the profile whose parameters they read, the date and the locale. */
export interface RunOptions {
  /** The rules to run, in report order. */
  readonly rules: readonly Rule[];
  /** The profile. */
  readonly profile: Profile;
  /** The date to check as of (default: the dataset's `meta.asOf`; one of the two is required). */
  readonly asOf?: string | Date;
  /** Message locale: `zh-CN` (default), `en`, or a host locale made by `defineLocale`. */
  readonly locale?: AnyLocale;
}

/** What a checker made by {@link createChecker} (and the library's `check`) takes. */
export interface CheckOptions {
  /** The profile (default: the checker's). */
  readonly profile?: Profile;
  /** The date to check as of (default: the dataset's `meta.asOf`; one of the two is required). */
  readonly asOf?: string | Date;
  /** Message locale: `zh-CN` (default), `en`, or a host locale made by `defineLocale`. */
  readonly locale?: AnyLocale;
  /** The rules to run, by id (from the checker's rules) or as rule objects (default: every rule of the checker). */
  readonly rules?: readonly (string | Rule)[];
}

/** What {@link createChecker} composes: a rule set and a default profile. */
export interface CheckerSetup {
  /** The rules a check runs by default, and the ones a rule id names. */
  readonly rules: readonly Rule[];
  /** The profile a check reads when its options name none. */
  readonly profile: Profile;
}

/** A check composed by {@link createChecker}: a dataset in, a report out. */
export type Checker = (input: unknown, options?: CheckOptions) => Report;

/**
 * Makes a check of its own rule set and default profile: the engine knows no registry and no profile, so a host
 * composes them here (the library's `check` is `createChecker` of its rules and `kunshan`). The check's options
 * pick rules by id from `setup.rules` (or pass rule objects), and may name another profile.
 *
 * @param setup - the rules and the default profile
 * @returns the check
 * @throws {@link InvalidOptionError} when `setup.rules` is not an array of rules or `setup.profile` not a profile
 * @example
 * ```ts
 * const checkHalls = createChecker({ rules: [hallOneStop, hallMinItems], profile: kunshan });
 * checkHalls(dataset, { asOf: '2013-06-30' }).rules; //=> ['hall.one-stop', 'hall.min-items']
 * ```
 */
export function createChecker(setup: CheckerSetup): Checker {
  setup = optionBag(setup);
  const known = ruleList(setup.rules, 'rules');
  const profile = assertProfile(setup.profile);
  return (input, options = {}) => {
    options = optionBag(options);
    return runRules(input, {
      rules: selectRules(known, options.rules),
      profile: options.profile === undefined ? profile : assertProfile(options.profile),
      ...(options.asOf !== undefined && { asOf: options.asOf }),
      ...(options.locale !== undefined && { locale: options.locale }),
    });
  };
}

/**
 * The engine: validates a dataset, then runs every rule given on every subject of the rule's kind, never stopping
 * at the first failure, reading parameters from the profile given. It knows no rule set and no profile of its own:
 * both are arguments. Records that fail validation are reported under `issues` and left out of the findings. The
 * report is deterministic (same input, same output, same order) and JSON-serialisable.
 *
 * @param input - the dataset (untrusted input is fine: it is validated first)
 * @param options - the rules, the profile, the date and the locale
 * @returns the report
 * @throws {@link InvalidOptionError} for a bad option or a missing date
 * @example
 * ```ts
 * const report = runRules(dataset, { rules: [hallMinItems], profile: kunshan, asOf: '2013-06-30' });
 * report.findings[0]?.message; //=> '服务项目 19 项,少于 20 项(差 1 项)'
 * ```
 */
export function runRules(input: unknown, options: RunOptions): Report {
  options = optionBag(options);
  const language = resolveLocaleOption(options.locale);
  const locale = language.builtIn;
  const profile = assertProfile(options.profile);
  const selected = ruleList(options.rules, 'rules');
  const { result: validation, ids } = validateDatasetIndexed(input, { locale });
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
  const data = indexDataset(dataset, ids);
  const findings: Finding[] = [];

  for (const rule of selected) {
    for (const subject of data.all(rule.subject) as readonly (RecordOf<RecordKind> & { id: string })[]) {
      const used = new Map<string, ResolvedParameter>();
      function param<Id extends ParameterId | (string & {})>(id: Id): ResolvedParameter<ParameterValueOf<Id>>;
      function param(id: string): ResolvedParameter {
        const resolved = resolve(id);
        used.set(id, resolved);
        return resolved;
      }
      const context: RuleContext = { asOf, locale, profile, data, param };
      let results: readonly RuleResult[];
      try {
        const result = rule.check(subject as never, context);
        results = Array.isArray(result) ? (result as readonly RuleResult[]) : [result as RuleResult];
      } catch (error) {
        if (!(error instanceof NoValueInForceError)) throw error;
        const id = String(error.details['id']);
        let why = notInForce.get(id);
        if (why === undefined) notInForce.set(id, (why = whyNotInForce(profile, error, language)));
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
        findings.push(finding(rule, subject.id, result, render(rule, language, result), [...used.values()]));
      }
    }
  }

  return { asOf, profile: profile.id, locale: language.tag, rules: selected.map((r) => r.id), issues, findings, summary: summarise(findings, selected, language) };
}

/**
 * The values of a `parameter-not-in-force` finding (the parameter, the date, and when its values start or ended)
 * and its message, which also names the parameter by its label.
 */
function whyNotInForce(profile: Profile, error: NoValueInForceError, locale: ResolvedLocale) {
  const { id, asOf, from, to } = error.details as { id: string; asOf: string; from?: string; to?: string };
  const values = { parameter: id, asOf, ...(from !== undefined && { from }), ...(to !== undefined && { to }) };
  const label = findParameter(profile, id)?.definition.label[locale.builtIn] ?? id;
  return { values, message: engineMessagesIn(locale).parameterNotInForce({ ...values, label }) };
}

function ruleList(value: unknown, option: string): readonly Rule[] {
  const ok = Array.isArray(value) && value.every((r) => typeof r === 'object' && r !== null && typeof (r as Rule).id === 'string' && typeof (r as Rule).check === 'function');
  if (!ok) throw new InvalidOptionError(option, 'expected an array of rules', value);
  return value as readonly Rule[];
}

function selectRules(known: readonly Rule[], option: CheckOptions['rules']): readonly Rule[] {
  if (option === undefined) return known;
  if (!Array.isArray(option)) throw new InvalidOptionError('rules', 'expected an array of rule ids or rules', option);
  return option.map((r) => {
    if (typeof r !== 'string') return r;
    const rule = known.find((x) => x.id === r);
    if (rule === undefined) throw new UnknownRuleError(r);
    return rule;
  });
}

function render(rule: Rule, locale: ResolvedLocale, result: RuleResult): string {
  const message = ruleMessages(rule, locale)[result.code];
  if (message === undefined) {
    throw new InvalidOptionError('rules', `rule "${rule.id}" has no ${locale.tag} message "${result.code}"`);
  }
  let text: unknown;
  try {
    text = message(result.values ?? {});
  } catch (error) {
    if (isCommunityStandardsError(error)) throw error;
    throw new InvalidOptionError('rules', `rule "${rule.id}" message "${result.code}" failed`);
  }
  // A message written in JavaScript may return anything: a finding's message is text, or the check refuses the rule.
  if (typeof text !== 'string') throw new InvalidOptionError('rules', `rule "${rule.id}" message "${result.code}" did not return a string`, text);
  return text;
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

function summarise(findings: readonly Finding[], rules: readonly Rule[], locale: ResolvedLocale): Report['summary'] {
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
    const rule = rules.find((r) => r.id === ruleId);
    const written = rule === undefined ? undefined : ruleReasons(rule, locale);
    notApplicable[ruleId] = [...ofRule.values()].map(({ messages, ...reason }) => ({
      ...reason,
      message: written?.[reason.code] ?? (messages.size === 1 ? [...messages][0]! : reason.code),
    }));
  }
  return { byRule, bySubject, bySeverity, total, failures: { total: failureTotal, byRule: failureByRule }, notApplicable };
}
