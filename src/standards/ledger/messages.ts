/**
 * Messages of the ledger rule (`ledger.rationalize`), in every locale: the advice's reason from
 * {@link ledgerMessages}, so a finding says exactly what `rationalizeLedgers` says.
 *
 * @module
 */
import type { MessageFunction, RuleMessages } from '../../engine/types.js';
import type { LedgerAdviceData } from './advise.js';
import type { Locale } from '../../locale.js';
import { ledgerMessages } from './advice-messages.js';

const reason =
  (locale: Locale): MessageFunction =>
  (v) => {
    try {
      return ledgerMessages[locale].reason(v as unknown as LedgerAdviceData);
    } catch {
      // Values not made by `ledger.rationalize` (a renderer's sample, say): name the ledger at least.
      return `“${String(v['title'])}”`;
    }
  };

/**
 * Messages of `ledger.rationalize`, one per action.
 *
 * @example
 * ```ts
 * rationalizeMessages.en.simplify!({
 *   ledgerId: 'l1', communityId: 'c', title: '低保台账', action: 'simplify', extraFields: ['车辆'], mergeWith: [], threshold: 0.6,
 *   category: { id: 'social-assistance', title: { 'zh-CN': '社会救助台账', en: 'Social-assistance ledger' }, matchedBy: 'category' },
 * });
 * //=> 'ledger “低保台账” (category: Social-assistance ledger) has fields outside the standard catalogue: 车辆; simplify it'
 * ```
 */
export const rationalizeMessages: RuleMessages<'keep' | 'simplify' | 'merge' | 'abolish'> = {
  'zh-CN': { keep: reason('zh-CN'), simplify: reason('zh-CN'), merge: reason('zh-CN'), abolish: reason('zh-CN') },
  en: { keep: reason('en'), simplify: reason('en'), merge: reason('en'), abolish: reason('en') },
};
