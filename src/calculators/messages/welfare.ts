/**
 * The worked notes of public-welfare budget allocations (公益创投, 招投标试点), in every locale.
 *
 * @module
 */
import type { ShortfallPolicy as Policy } from '../welfare-types.js';
import type { Locale } from '../../locale.js';
import type { WelfareProgramme } from '../../models/welfare-project.js';
import type { Money } from '../../money/money.js';
import { countText, scaledText } from './format.js';

/** The sentences of a welfare allocation note. */
export interface WelfareText {
  /** Names of the programmes. */
  readonly programme: Readonly<Record<WelfareProgramme, string>>;
  /** Title of the allocation. */
  readonly title: (v: { programme: WelfareProgramme; year: string; budget: Money }) => string;
  /** Where the budget comes from. */
  readonly budget: (v: { budget: Money; fromParameter: boolean }) => string;
  /** The ranking rule. */
  readonly order: () => string;
  /** The shortfall policy. */
  readonly policy: (v: { policy: Policy }) => string;
  /** Title of one ranked project's note. */
  readonly projectTitle: (v: { rank: number; title: string; id: string; score: number }) => string;
  /** The request and the budget left before it. */
  readonly request: (v: { requested: Money; before: Money }) => string;
  /** Funded in full. */
  readonly funded: (v: { granted: Money; after: Money }) => string;
  /** Funded in part with what was left. */
  readonly partial: (v: { granted: Money; requested: Money }) => string;
  /** Not funded: it does not fit. */
  readonly doesNotFit: (v: { before: Money; policy: Policy }) => string;
  /** Not funded: the budget is spent. */
  readonly exhausted: () => string;
  /** Not funded: allocation stopped at an earlier project. */
  readonly stopped: () => string;
  /** Title of an excluded project's note. */
  readonly excludedTitle: (v: { title: string; id: string }) => string;
  /** The totals: granted + remainder = budget. */
  readonly total: (v: { funded: number; granted: Money; remainder: Money; budget: Money }) => string;
}

const zhCN: WelfareText = {
  programme: { venture: '公益创投', 'bidding-pilot': '社区公益服务项目招投标试点' },
  title: ({ programme, year, budget }) => `${zhCN.programme[programme]}资金分配:${year} 年度,预算 ${scaledText(budget, 'zh-CN')}`,
  budget: ({ budget, fromParameter }) => `预算:${scaledText(budget, 'zh-CN')}${fromParameter ? '(当年投入标准)' : '(由调用方指定)'}`,
  order: () => '排序:按评审得分从高到低;得分相同的,申请金额少者在前;再相同的,按项目编号排序',
  policy: ({ policy }) =>
    policy === 'skip'
      ? '余额不足以全额资助某项目时:跳过该项目,继续资助其后余额足以全额资助的项目(不作部分资助)'
      : policy === 'partial'
        ? '余额不足以全额资助某项目时:以全部余额部分资助该项目,预算随即用尽'
        : '余额不足以全额资助某项目时:停止分配,其后项目均不资助',
  projectTitle: ({ rank, title, id, score }) => `第 ${rank} 名:${title}(${id}),得分 ${String(score)}`,
  request: ({ requested, before }) => `申请 ${scaledText(requested, 'zh-CN')};分配前余额 ${scaledText(before, 'zh-CN')}`,
  funded: ({ granted, after }) => `全额资助 ${scaledText(granted, 'zh-CN')};余额 ${scaledText(after, 'zh-CN')}`,
  partial: ({ granted, requested }) => `余额不足,以全部余额部分资助 ${scaledText(granted, 'zh-CN')}(申请 ${scaledText(requested, 'zh-CN')});预算用尽`,
  doesNotFit: ({ before, policy }) =>
    `余额 ${scaledText(before, 'zh-CN')} 不足以全额资助,不予资助${policy === 'stop' ? ',并停止分配' : ',继续看下一项目'}`,
  exhausted: () => '预算已用尽,不予资助',
  stopped: () => '此前已停止分配,不予资助',
  excludedTitle: ({ title, id }) => `未参与分配:${title}(${id})`,
  total: ({ funded, granted, remainder, budget }) =>
    `合计:资助 ${countText(funded)} 个项目共 ${scaledText(granted, 'zh-CN')},结余 ${scaledText(remainder, 'zh-CN')};${scaledText(granted, 'zh-CN')} + ${scaledText(remainder, 'zh-CN')} = ${scaledText(budget, 'zh-CN')}`,
};

const en: WelfareText = {
  programme: { venture: 'public-welfare venture', 'bidding-pilot': 'community public-welfare service bidding pilot' },
  title: ({ programme, year, budget }) => `Allocation of the ${en.programme[programme]}: ${year} round, budget ${scaledText(budget, 'en')}`,
  budget: ({ budget, fromParameter }) => `Budget: ${scaledText(budget, 'en')}${fromParameter ? ' (the yearly amount in force)' : ' (given by the caller)'}`,
  order: () => 'Ranking: by review score, highest first; equal scores, the smaller request first; then by project id',
  policy: ({ policy }) =>
    policy === 'skip'
      ? 'When what is left cannot fund a project in full: skip it and go on to later projects that still fit in full (no partial grants)'
      : policy === 'partial'
        ? 'When what is left cannot fund a project in full: grant it everything that is left, which ends the budget'
        : 'When what is left cannot fund a project in full: stop; no later project is funded',
  projectTitle: ({ rank, title, id, score }) => `No. ${rank}: ${title} (${id}), score ${String(score)}`,
  request: ({ requested, before }) => `Requests ${scaledText(requested, 'en')}; ${scaledText(before, 'en')} left before it`,
  funded: ({ granted, after }) => `Funded in full: ${scaledText(granted, 'en')}; ${scaledText(after, 'en')} left`,
  partial: ({ granted, requested }) =>
    `Not enough left: granted all that remains, ${scaledText(granted, 'en')} (of ${scaledText(requested, 'en')} requested); the budget is spent`,
  doesNotFit: ({ before, policy }) =>
    `${scaledText(before, 'en')} left cannot fund it in full: not funded${policy === 'stop' ? ', and the allocation stops' : '; on to the next project'}`,
  exhausted: () => 'The budget is spent: not funded',
  stopped: () => 'The allocation stopped earlier: not funded',
  excludedTitle: ({ title, id }) => `Left out: ${title} (${id})`,
  total: ({ funded, granted, remainder, budget }) =>
    `Total: ${scaledText(granted, 'en')} to ${countText(funded)} projects, ${scaledText(remainder, 'en')} left; ${scaledText(granted, 'en')} + ${scaledText(remainder, 'en')} = ${scaledText(budget, 'en')}`,
};

/**
 * Welfare allocation notes by locale.
 *
 * @example
 * ```ts
 * welfareText['zh-CN'].exhausted(); //=> '预算已用尽,不予资助'
 * ```
 */
export const welfareText: Readonly<Record<Locale, WelfareText>> = { 'zh-CN': zhCN, en };
