/**
 * The rule engine: run every applicable rule on every subject and collect findings.
 *
 * @module
 */
import { optionBag } from '../options.js';
import { InvalidOptionError, isCommunityStandardsError, NoValueInForceError, UnknownRuleError } from '../errors.js';
import { resolveLocale, type Locale } from '../locale.js';
import { engineMessages } from '../locales/engine.js';
import type { Dataset } from '../models/dataset.js';
import type { RecordKind, RecordOf } from '../models/kinds.js';
import { toIsoDate } from '../profiles/as-of.js';
import { profileOption } from '../profiles/profile-option.js';
import { parameter } from '../profiles/parameter.js';
import type { Profile, ResolvedParameter } from '../profiles/types.js';
import { rules as registry } from '../rules/registry.js';
import type { ValidationIssue } from '../validation/issue.js';
import { validateDataset } from '../validation/validate-dataset.js';
import { indexDataset } from './dataset-index.js';
import type { Finding, OutcomeCounts, Report, Rule, RuleContext, RuleResult, Severity } from './types.js';

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
        findings.push(
          finding(rule, subject.id, {
            outcome: 'not-applicable',
            code: 'parameter-not-in-force',
            values: { parameter: id, asOf },
          }, engineMessages[locale].parameterNotInForce({ parameter: id, asOf }), [...used.values()]),
        );
        continue;
      }
      for (const result of results) {
        findings.push(finding(rule, subject.id, result, render(rule, locale, result), [...used.values()]));
      }
    }
  }

  return { asOf, profile: profile.id, locale, rules: selected.map((r) => r.id), issues, findings, summary: summarise(findings) };
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

function finding(rule: Rule, id: string, result: RuleResult, message: string, parameters: ResolvedParameter[]): Finding {
  return {
    rule: rule.id,
    severity: rule.severity,
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
    source: rule.source,
  };
}

function summarise(findings: readonly Finding[]): Report['summary'] {
  const byRule: Record<string, OutcomeCounts> = {};
  const bySubject: Record<string, OutcomeCounts> = {};
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const total: OutcomeCounts = { pass: 0, fail: 0, notApplicable: 0 };
  const bump = (counts: OutcomeCounts, f: Finding) => {
    if (f.outcome === 'pass') counts.pass++;
    else if (f.outcome === 'fail') counts.fail++;
    else counts.notApplicable++;
  };
  for (const f of findings) {
    bump((byRule[f.rule] ??= { pass: 0, fail: 0, notApplicable: 0 }), f);
    bump((bySubject[`${f.subject.kind}:${f.subject.id}`] ??= { pass: 0, fail: 0, notApplicable: 0 }), f);
    bump(total, f);
    if (f.outcome === 'fail') bySeverity[f.severity]++;
  }
  return { byRule, bySubject, bySeverity, total };
}
