/**
 * Declaring a rule.
 *
 * @module
 */
import { deepFrozen } from '../deep-freeze.js';
import type { Rule, RuleContext, RuleMessages, RuleReasons, RuleResult } from './types.js';
import type { RecordKind, RecordOf } from '../models/kinds.js';

/**
 * What {@link defineRule} takes: a rule whose result codes are those of its messages. The codes are read from
 * `messages` only, so a check that returns a code with no message, or a locale that lacks one, does not compile.
 *
 * @typeParam K - the kind of record the rule checks
 * @typeParam Code - the rule's result codes
 * @typeParam Id - the rule's id
 */
export interface RuleDefinition<K extends RecordKind, Code extends string, Id extends string = string> extends Omit<Rule<K, Code, Id>, 'messages' | 'reasons' | 'check'> {
  /** Its messages: one per result code, in every locale. */
  readonly messages: RuleMessages<Code>;
  /** Why the rule does not apply, by locale and result code, for summaries. */
  readonly reasons?: RuleReasons<NoInfer<Code>>;
  /** The check: one result, or one per item. */
  check(subject: RecordOf<K>, context: RuleContext): RuleResult<NoInfer<Code>> | readonly RuleResult<NoInfer<Code>>[];
}

/**
 * Declares a rule; the type ties the check's subject to the rule's `subject` kind, and its result codes to its
 * messages: `check` returns `RuleResult<Code>`, and `messages[locale]` must hold a message for every `Code` — a
 * missing message, or a code the messages do not know, is a compile error. The codes are inferred from
 * `messages`, or given: `defineRule<'community', 'ok' | 'missing'>({ … })`. Returns a frozen copy (the object
 * passed in is left as it was).
 *
 * @typeParam K - the kind of record the rule checks
 * @typeParam Code - the rule's result codes
 * @typeParam Id - the rule's id (inferred as its literal)
 * @param rule - the rule's data and check
 * @returns the rule
 * @example
 * ```ts
 * const hasName = defineRule({
 *   id: 'example.has-name', subject: 'community', severity: 'info',
 *   title: { 'zh-CN': '有名称', en: 'Has a name' },
 *   source: { document: 'example' }, parameters: [],
 *   messages: { 'zh-CN': { ok: () => '有名称' }, en: { ok: () => 'has a name' } },
 *   check: () => ({ outcome: 'pass', code: 'ok' }),
 * });
 * ```
 */
export function defineRule<K extends RecordKind, Code extends string, const Id extends string = string>(
  rule: RuleDefinition<K, Code, Id>,
): Rule<K, Code, Id> {
  return deepFrozen(rule as Rule<K, Code, Id>);
}
