/**
 * `rules` and `explain RULE`: the rule registry, and one rule with its source and the parameters it reads.
 *
 * @module
 */
import { formatParameterValue } from '../../engine/format-parameter.js';
import type { Rule } from '../../engine/types.js';
import type { Locale } from '../../locale.js';
import { toIsoDate } from '../../profiles/as-of.js';
import { findParameter } from '../../profiles/parameter.js';
import type { ParameterValue, Profile } from '../../profiles/types.js';
import { rules as registry } from '../../standards/index.js';
import type { CliArgs } from '../args.js';
import { ExitCode } from '../exit-code.js';
import { OUTPUT_VERSION, type ExplainOutput, type ParameterOutput, type RuleOutput, type RulesOutput } from '../output.js';
import { loadProfile } from '../profile-file.js';
import { UsageFailure } from '../usage.js';

/**
 * A rule as output.
 *
 * @param rule - the rule
 * @param locale - the locale of its title
 * @returns id, title, severity, subject, source and parameter ids
 * @example
 * ```ts
 * ruleOutput(hallMinItems, 'en').title; //=> 'At least 20 service items'
 * ```
 */
export function ruleOutput(rule: Rule, locale: Locale): RuleOutput {
  return { id: rule.id, title: rule.title[locale], severity: rule.severity, subject: rule.subject, source: rule.source, parameters: rule.parameters };
}

/**
 * Lists every rule of the registry, in report order.
 *
 * @param args - the parsed command line (its locale)
 * @returns the output
 * @example
 * ```ts
 * rulesCommand(args).rules[0]?.id; //=> 'hall.one-stop'
 * ```
 */
export function rulesCommand(args: Pick<CliArgs, 'locale'>): RulesOutput {
  return { version: OUTPUT_VERSION, command: 'rules', exitCode: ExitCode.ok, ok: true, locale: args.locale, rules: registry.map((r) => ruleOutput(r, args.locale)) };
}

/**
 * Describes one rule: its title, severity, subject and source (the sentence of the report it encodes), and each
 * parameter it reads with every dated value the profile gives, its citation or assumption note, and which value is
 * in force at `--as-of` (default: today in Asia/Shanghai).
 *
 * @param args - the parsed command line (the rule, profile, date, locale)
 * @param cwd - the directory a profile file is read from
 * @returns the output
 * @throws {@link UsageFailure} `unknown_rule` (with rules of the same family as suggestions), or a bad profile
 * @example
 * ```ts
 * (await explainCommand(args, '.')).parameters[0]?.id; //=> 'hall.minServiceItems'
 * ```
 */
export async function explainCommand(args: Pick<CliArgs, 'operands' | 'locale' | 'profile' | 'asOf'>, cwd: string): Promise<ExplainOutput> {
  const id = args.operands[0] ?? '';
  const rule = registry.find((r) => r.id === id);
  if (rule === undefined) {
    const family = id.split('.')[0] ?? '';
    const suggestions = registry.filter((r) => r.id.startsWith(`${family}.`) || r.id.includes(id)).map((r) => r.id);
    throw new UsageFailure('unknown_rule', { rule: id, suggestions });
  }
  const profile = await loadProfile(args.profile, cwd);
  const asOf = args.asOf ?? toIsoDate(new Date());
  const { locale } = args;
  return {
    version: OUTPUT_VERSION,
    command: 'explain',
    exitCode: ExitCode.ok,
    ok: true,
    locale,
    rule: ruleOutput(rule, locale),
    profile: { id: profile.id, name: profile.name[locale] },
    asOf,
    parameters: rule.parameters.map((p) => parameterOutput(profile, p, asOf, locale)),
  };
}

function parameterOutput(profile: Profile, id: string, asOf: string, locale: Locale): ParameterOutput {
  const found = findParameter(profile, id);
  if (found === undefined) return { id, label: '', profile: null, values: [] };
  const { definition } = found;
  const text = (v: ParameterValue) =>
    formatParameterValue(
      { id, profile: found.profile, label: definition.label, unit: definition.unit, value: v.value, ...(v.basis !== undefined && { basis: v.basis }) },
      { locale },
    );
  return {
    id,
    label: definition.label[locale],
    profile: found.profile,
    values: definition.values.map((v) => ({
      ...(v.from !== undefined && { from: v.from }),
      ...(v.to !== undefined && { to: v.to }),
      value: v.value,
      text: text(v),
      ...(v.citation !== undefined && { citation: v.citation }),
      ...(v.assumption !== undefined && { assumption: v.assumption[locale] }),
      inForce: (v.from === undefined || v.from <= asOf) && (v.to === undefined || asOf <= v.to),
    })),
  };
}

