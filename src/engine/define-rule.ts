/**
 * Declaring a rule.
 *
 * @module
 */
import { deepFrozen } from '../deep-freeze.js';
import type { RecordKind } from '../models/kinds.js';
import type { Rule } from './types.js';

/**
 * Declares a rule; the type ties the check's subject to the rule's `subject` kind. Returns a frozen copy (the
 * object passed in is left as it was).
 *
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
export function defineRule<K extends RecordKind>(rule: Rule<K>): Rule<K> {
  return deepFrozen(rule);
}
