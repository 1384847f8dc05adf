/**
 * Messages of ledger rationalisation (精简社区台账), in every locale.
 *
 * @module
 */
import type { Locale } from '../../locale.js';
import type { LedgerAction, LedgerAdviceData } from './advise.js';

/** The messages of ledger rationalisation in one locale. */
export interface LedgerMessages {
  /** The actions' names. */
  readonly action: Readonly<Record<LedgerAction, string>>;
  /** The reason of an advice, as one sentence. */
  readonly reason: (advice: LedgerAdviceData) => string;
}

const pct = (ratio: number) => `${Math.round(ratio * 1000) / 10}%`;

/**
 * Ledger messages by locale.
 *
 * @example
 * ```ts
 * ledgerMessages['zh-CN'].reason({
 *   ledgerId: 'l9', communityId: 'lishe', title: '计生台账', action: 'abolish', claimedCategory: 'misc',
 *   extraFields: [], mergeWith: [], threshold: 0.6,
 * });
 * //=> '台账“计生台账”所填类别“misc”不在标准台账目录中,建议撤销'
 * ```
 */
export const ledgerMessages: Readonly<Record<Locale, LedgerMessages>> = {
  'zh-CN': {
    action: { keep: '保留', simplify: '简化', merge: '合并', abolish: '撤销' },
    reason: (a) => {
      const subject = `台账“${a.title}”`;
      if (a.category === undefined) {
        return a.claimedCategory === undefined
          ? `${subject}未标明类别,名称也不属于标准台账目录中的任何类别,建议撤销`
          : `${subject}所填类别“${a.claimedCategory}”不在标准台账目录中,建议撤销`;
      }
      const cat = a.category.title['zh-CN'];
      if (a.action === 'merge') {
        const withs = a.mergeWith.map((m) => `“${m.title}”(共有字段 ${m.shared.length} 个,合计 ${m.union} 个,重合度 ${pct(m.overlap)})`);
        return `${subject}与${withs.join('、')}同属${cat},字段重合度不低于 ${pct(a.threshold)},建议合并`;
      }
      if (a.action === 'simplify') return `${subject}(类别:${cat})有标准目录之外的字段:${a.extraFields.join('、')},建议简化`;
      return `${subject}符合标准台账目录(类别:${cat})`;
    },
  },
  en: {
    action: { keep: 'keep', simplify: 'simplify', merge: 'merge', abolish: 'abolish' },
    reason: (a) => {
      const subject = `ledger “${a.title}”`;
      if (a.category === undefined) {
        return a.claimedCategory === undefined
          ? `${subject} names no category and its title is no category of the standard catalogue: abolish it`
          : `${subject} names category “${a.claimedCategory}”, which is not in the standard catalogue: abolish it`;
      }
      const cat = a.category.title.en;
      if (a.action === 'merge') {
        const withs = a.mergeWith.map((m) => `“${m.title}” (${m.shared.length} shared of ${m.union} fields, overlap ${pct(m.overlap)})`);
        return `${subject} and ${withs.join(', ')} are both a ${cat} with a field overlap of at least ${pct(a.threshold)}: merge them`;
      }
      if (a.action === 'simplify') return `${subject} (category: ${cat}) has fields outside the standard catalogue: ${a.extraFields.join(', ')}; simplify it`;
      return `${subject} follows the standard catalogue (category: ${cat})`;
    },
  },
};
