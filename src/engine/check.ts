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
import type { PathSegment, ValidationIssue } from '../validation/issue.js';
import { validateDatasetIndexed } from '../validation/validate-dataset.js';
import { createBasisCache, type Basis } from './basis.js';
import { indexDataset } from './dataset-index.js';
import { createTally } from './tally.js';
import { engineMessagesIn, resolveLocaleOption, ruleMessages, type AnyLocale, type ResolvedLocale } from './host-locale.js';
import type { Finding, Report, Rule, RuleContext, RuleResult, Severity } from './types.js';

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
  /**
   * Which findings the report keeps: `'all'` (default), `'failures'` or `'none'`. The summary's counts are exact
   * whatever is kept; a run over a whole country keeps the failures, or none and streams them to `onFinding`.
   */
  readonly findings?: 'all' | 'failures' | 'none';
  /**
   * Called with every finding (of every outcome), in report order, as it is made, whatever `findings` keeps: for
   * writing findings out (NDJSON…) without holding them. Its parameters are ids: look them up in the report's
   * `parameters` when the run is over.
   */
  readonly onFinding?: (finding: Finding) => void;
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
  /** Which findings the report keeps: `'all'` (default), `'failures'` or `'none'`; the summary counts them all. */
  readonly findings?: 'all' | 'failures' | 'none';
  /** Called with every finding, in report order, as it is made (see {@link RunOptions.onFinding}). */
  readonly onFinding?: (finding: Finding) => void;
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
      ...(options.findings !== undefined && { findings: options.findings }),
      ...(options.onFinding !== undefined && { onFinding: options.onFinding }),
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
  const keep = findingsOption(options.findings);
  const onFinding = options.onFinding;
  if (onFinding !== undefined && typeof onFinding !== 'function') throw new InvalidOptionError('onFinding', 'expected a function', onFinding);
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
  const tally = createTally(selected, language);
  const basis = createBasisCache();
  const build = keep !== 'none' || onFinding !== undefined;

  for (const rule of selected) {
    // One context per rule and run: the parameters a subject's check reads are collected in `used`, emptied for
    // the next subject; `once` keeps what the rule derives for the whole run, with the parameters its computation
    // read, which count as read by every later subject that asks for it.
    const used: ResolvedParameter[] = [];
    const derived = new Map<unknown, { readonly value: unknown; readonly read: readonly ResolvedParameter[] }>();
    function param<Id extends ParameterId | (string & {})>(id: Id): ResolvedParameter<ParameterValueOf<Id>>;
    function param(id: string): ResolvedParameter {
      const resolved = resolve(id);
      if (!used.includes(resolved)) used.push(resolved);
      return resolved;
    }
    const once = <T>(key: unknown, compute: () => T): T => {
      let hit = derived.get(key);
      if (hit === undefined) {
        const before = used.length;
        const value = compute();
        derived.set(key, (hit = { value, read: used.slice(before) }));
      } else {
        for (const p of hit.read) if (!used.includes(p)) used.push(p);
      }
      return hit.value as T;
    };
    const context: RuleContext = { asOf, locale, profile, data, param, once };
    // Looked up when first needed: a rule whose kind has no record is never asked for a message.
    let messages: ReturnType<typeof ruleMessages> | undefined;

    for (const subject of data.all(rule.subject) as readonly (RecordOf<RecordKind> & { id: string })[]) {
      used.length = 0;
      let results: readonly RuleResult[];
      // The engine's own message, when the check stopped on a parameter with no value in force.
      let stopped: string | undefined;
      try {
        const result = rule.check(subject as never, context);
        results = Array.isArray(result) ? (result as readonly RuleResult[]) : [result as RuleResult];
      } catch (error) {
        if (!(error instanceof NoValueInForceError)) throw error;
        const id = String(error.details['id']);
        let why = notInForce.get(id);
        if (why === undefined) notInForce.set(id, (why = whyNotInForce(profile, error, language)));
        results = [{ outcome: 'not-applicable', code: 'parameter-not-in-force', values: why.values }];
        stopped = why.message;
      }
      if (results.length === 0) continue;
      const counts = tally.subject(`${rule.subject}:${subject.id}`);
      const about = Object.freeze({ kind: rule.subject, id: subject.id });
      for (const result of results) {
        const rests = basis.of(used, result.parameters);
        const severity = result.severity ?? rule.severity;
        const notInForceId = result.code === 'parameter-not-in-force' ? result.values?.['parameter'] : undefined;
        const parameterId = typeof notInForceId === 'string' ? notInForceId : undefined;
        const kept = keep === 'all' || (keep === 'failures' && result.outcome === 'fail');
        const wanted = kept || onFinding !== undefined;
        const needed = result.outcome === 'not-applicable' && tally.needsMessage(rule, result.code);
        let message = stopped;
        if (message === undefined) {
          messages ??= ruleMessages(rule, language);
          // Every result has a message, kept or not: a check that returns a code its messages lack is refused
          // whatever the run keeps.
          if (wanted || needed) message = render(rule, messages, language, result);
          else if (messages[result.code] === undefined) throw noMessage(rule, language, result);
        }
        tally.add(rule, counts, {
          outcome: result.outcome,
          severity,
          restsOnAssumption: rests.assumptions.length > 0,
          code: result.code,
          ...(parameterId !== undefined && { parameter: parameterId }),
          ...(needed && message !== undefined && { message }),
        });
        if (!wanted) continue;
        const made = finding(rule, about, result, severity, message!, rests);
        if (kept) findings.push(made);
        onFinding?.(made);
      }
    }
  }

  return {
    asOf,
    profile: profile.id,
    locale: language.tag,
    rules: selected.map((r) => r.id),
    parameters: basis.parameters(),
    issues,
    findings,
    summary: tally.summary(),
  };
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

function render(rule: Rule, messages: ReturnType<typeof ruleMessages>, locale: ResolvedLocale, result: RuleResult): string {
  const message = messages[result.code];
  if (message === undefined) throw noMessage(rule, locale, result);
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

function noMessage(rule: Rule, locale: ResolvedLocale, result: RuleResult): InvalidOptionError {
  return new InvalidOptionError('rules', `rule "${rule.id}" has no ${locale.tag} message "${result.code}"`);
}

const NO_PATH: readonly PathSegment[] = Object.freeze([]);

/**
 * A finding, its fields in the order of {@link Finding}. Findings of a subject share its `subject` object, findings
 * resting on the same parameters share their `parameters` and `assumptions` arrays, findings with no path share an
 * empty `path` (all frozen).
 */
function finding(rule: Rule, subject: Finding['subject'], result: RuleResult, severity: Severity, message: string, rests: Basis): Finding {
  const f: { -readonly [K in keyof Finding]?: Finding[K] } = { rule: rule.id, severity, outcome: result.outcome, subject };
  if (result.item !== undefined) f.item = result.item;
  f.path = result.path ?? NO_PATH;
  f.code = result.code;
  f.message = message;
  if (result.expected !== undefined) f.expected = result.expected;
  if (result.actual !== undefined) f.actual = result.actual;
  if (result.values !== undefined) f.values = result.values;
  f.parameters = rests.ids;
  f.assumptions = rests.assumptions;
  f.restsOnAssumption = rests.assumptions.length > 0;
  f.source = rule.source;
  return f as Finding;
}

function findingsOption(value: unknown): 'all' | 'failures' | 'none' {
  if (value === undefined) return 'all';
  if (value === 'all' || value === 'failures' || value === 'none') return value;
  throw new InvalidOptionError('findings', "expected 'all', 'failures' or 'none'", value);
}
