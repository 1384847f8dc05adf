/**
 * The ledger rule (spec §3.7): simplify, merge or abolish ledgers outside the standard catalogue.
 *
 * @module
 */
import { kunshanReport } from '../../citation.js';
import { adviseLedger } from './advise.js';
import { readLedgerCatalogue } from './catalogue.js';
import { readMergeThreshold } from './rationalize.js';
import { rationalizeMessages } from './messages.js';
import { defineRule } from '../../engine/define-rule.js';

/**
 * `ledger.rationalize` — each ledger is advised on against the standard catalogue (`ledger.catalogue`) and the
 * other ledgers of its community, as `rationalizeLedgers` does: `keep` passes; `simplify` (fields beyond its
 * category's), `merge` (same category, field overlap ≥ `ledger.mergeThreshold`) and `abolish` (no catalogue
 * category) fail, each with its reason.
 *
 * > 按照统一、合理、规范的标准科学设置社区台账种类。对社区台账能简化的一律简化、能合并的一律合并、能撤销的一律撤销 (paragraph 5)
 *
 * @example
 * ```ts
 * // a ledger naming category 'misc':
 * finding.message; //=> '台账“杂项台账”所填类别“misc”不在标准台账目录中,建议撤销'
 * ```
 */
export const ledgerRationalize = defineRule({
  id: 'ledger.rationalize',
  title: { 'zh-CN': '精简社区台账', en: 'Rationalise community ledgers' },
  subject: 'ledger',
  severity: 'warning',
  source: kunshanReport(5, '对社区台账能简化的一律简化、能合并的一律合并、能撤销的一律撤销'),
  parameters: ['ledger.catalogue', 'ledger.mergeThreshold'],
  messages: rationalizeMessages,
  check(ledger, context) {
    const catalogue = readLedgerCatalogue(context.param);
    const threshold = readMergeThreshold(context.param);
    const others = context.data.byCommunity('ledger', ledger.communityId).filter((l) => l !== ledger);
    const advice = adviseLedger(ledger, others, catalogue, threshold);
    const values = advice as unknown as Readonly<Record<string, unknown>>;
    switch (advice.action) {
      case 'keep':
        return { outcome: 'pass', code: 'keep', values, expected: 'keep', actual: 'keep' };
      case 'simplify':
        return { outcome: 'fail', code: 'simplify', values, path: ['fields'], expected: advice.category?.id, actual: advice.extraFields };
      case 'merge':
        return { outcome: 'fail', code: 'merge', values, expected: 'keep', actual: advice.mergeWith.map((m) => m.ledgerId) };
      case 'abolish':
        return { outcome: 'fail', code: 'abolish', values, path: ledger.category === undefined ? ['title'] : ['category'], actual: ledger.category ?? null };
    }
  },
});
