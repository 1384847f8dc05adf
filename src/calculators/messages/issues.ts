/**
 * Messages of the calculator issues, in every locale. Logic emits codes and parameters; the text lives here.
 *
 * @module
 */
import type { CalculatorIssueCode } from '../issue-code.js';
import type { Locale } from '../../locale.js';
import type { IssueMessageInput } from '../../validation/messages.js';

/** A message for every calculator issue code. */
export type CalculatorIssueMessages = Readonly<Record<CalculatorIssueCode, (input: IssueMessageInput) => string>>;

const p = (input: IssueMessageInput, key: string): string => String(input.params?.[key] ?? '?');

const zhCN: CalculatorIssueMessages = {
  missing_households: ({ where }) => `${where}:缺少所需户数,无法测算(不按零计)`,
  invalid_households: ({ where, received }) => `${where}:户数应为非负整数,实为 ${received ?? '?'}`,
  unreadable_input: ({ where }) => `${where}:无法读取输入数据`,
  duplicate_id: (i) => `${i.where}:编号 ${p(i, 'id')} 重复(首次出现于第 ${p(i, 'first')} 项),该项未参与分配`,
  invalid_request: ({ where, received }) => `${where}:申请金额应为非负整数(分),实为 ${received ?? '?'}`,
  nothing_requested: ({ where }) => `${where}:申请金额为零,无需资助`,
  unscored: ({ where }) => `${where}:没有评审得分,无法排序,未参与分配`,
  invalid_score: ({ where, received }) => `${where}:评审得分应为有限数值,实为 ${received ?? '?'}`,
  other_programme: (i) => `${i.where}:属于“${p(i, 'programme')}”渠道,不参与本次分配`,
  other_year: (i) => `${i.where}:属于 ${p(i, 'year')} 年度,不参与 ${p(i, 'round')} 年度分配`,
  wrong_volunteer: (i) => `${i.where}:该服务属于志愿者 ${p(i, 'volunteerId')},不属于本账户(${p(i, 'ledger')})`,
  duplicate_service: (i) => `${i.where}:服务 ${p(i, 'serviceId')} 已于第 ${p(i, 'seq')} 笔记分,不重复记分`,
  invalid_hours: ({ where, received }) => `${where}:服务时长应为 0–24 小时,实为 ${received ?? '?'}`,
  invalid_date: ({ where, received }) => `${where}:日期应为 YYYY-MM-DD,实为 ${received ?? '?'}`,
  recorded_before_service: (i) => `${i.where}:记账日期 ${p(i, 'date')} 早于服务日期 ${p(i, 'serviceDate')}`,
  out_of_order: (i) => `${i.where}:日期 ${p(i, 'date')} 早于账户最后一笔(${p(i, 'last')});账户只能按日期顺序追加`,
  invalid_points: ({ where, received }) => `${where}:积分应为正数,最多两位小数,实为 ${received ?? '?'}`,
  insufficient_balance: (i) =>
    `${i.where}:兑换 ${p(i, 'requested')} 分,余额仅 ${p(i, 'balance')} 分(差 ${p(i, 'shortfall')} 分),未予兑换`,
  unknown_entry: (i) => `${i.where}:账户中没有第 ${p(i, 'seq')} 笔记分记录`,
  accrual_expired: (i) => `${i.where}:第 ${p(i, 'seq')} 笔积分已于 ${p(i, 'expiresOn')} 失效,不能更正`,
  correction_exceeds_remaining: (i) =>
    `${i.where}:需扣回 ${p(i, 'takeBack')} 分,但第 ${p(i, 'seq')} 笔积分仅余 ${p(i, 'remaining')} 分(其余已兑换),未予更正`,
  no_change: (i) => `${i.where}:更正后积分与原记录相同(第 ${p(i, 'seq')} 笔),无需更正`,
  invalid_members: ({ where, expected, received }) => `${where}:家庭人口应为 ${expected ?? '?'},实为 ${received ?? '?'}`,
  invalid_income: ({ where, received }) => `${where}:家庭月收入应为非负金额,实为 ${received ?? '?'}`,
  invalid_count: ({ where, received }) => `${where}:人数应为非负整数,实为 ${received ?? '?'}`,
  deductions_exceed_total: (i) => `${i.where}:扣除数合计 ${p(i, 'deducted')} 大于总数 ${p(i, 'total')}`,
  empty_denominator: ({ where }) => `${where}:分母为零,无法计算比率`,
  invalid_fen: ({ where, received }) => `${where}:金额应为非负整数(分),实为 ${received ?? '?'}`,
  invalid_area: ({ where, received }) => `${where}:面积应为正数(平方米),实为 ${received ?? '?'}`,
};

const en: CalculatorIssueMessages = {
  missing_households: ({ where }) => `${where}: the household count needed is not given, so nothing is computed (it is not taken as zero)`,
  invalid_households: ({ where, received }) => `${where}: a household count must be a non-negative integer, received ${received ?? '?'}`,
  unreadable_input: ({ where }) => `${where}: the input could not be read`,
  duplicate_id: (i) => `${i.where}: duplicate id ${p(i, 'id')} (first at position ${p(i, 'first')}); left out of the allocation`,
  invalid_request: ({ where, received }) => `${where}: the amount requested must be a non-negative integer of fen, received ${received ?? '?'}`,
  nothing_requested: ({ where }) => `${where}: nothing is requested`,
  unscored: ({ where }) => `${where}: no review score, so the project cannot be ranked; left out of the allocation`,
  invalid_score: ({ where, received }) => `${where}: the review score must be a finite number, received ${received ?? '?'}`,
  other_programme: (i) => `${i.where}: belongs to the "${p(i, 'programme')}" programme, not this allocation`,
  other_year: (i) => `${i.where}: belongs to the ${p(i, 'year')} round, not the ${p(i, 'round')} round`,
  wrong_volunteer: (i) => `${i.where}: the service belongs to volunteer ${p(i, 'volunteerId')}, not to this ledger (${p(i, 'ledger')})`,
  duplicate_service: (i) => `${i.where}: service ${p(i, 'serviceId')} already earned points in entry #${p(i, 'seq')}`,
  invalid_hours: ({ where, received }) => `${where}: hours must be a number from 0 to 24, received ${received ?? '?'}`,
  invalid_date: ({ where, received }) => `${where}: expected a date YYYY-MM-DD, received ${received ?? '?'}`,
  recorded_before_service: (i) => `${i.where}: recorded on ${p(i, 'date')}, before the service on ${p(i, 'serviceDate')}`,
  out_of_order: (i) => `${i.where}: ${p(i, 'date')} is before the ledger's last entry (${p(i, 'last')}); entries are appended in date order`,
  invalid_points: ({ where, received }) => `${where}: points must be positive with at most two decimals, received ${received ?? '?'}`,
  insufficient_balance: (i) =>
    `${i.where}: ${p(i, 'requested')} points asked for, but the balance is only ${p(i, 'balance')} (${p(i, 'shortfall')} short); nothing redeemed`,
  unknown_entry: (i) => `${i.where}: the ledger has no accrual #${p(i, 'seq')}`,
  accrual_expired: (i) => `${i.where}: the points of entry #${p(i, 'seq')} lapsed on ${p(i, 'expiresOn')} and can no longer be corrected`,
  correction_exceeds_remaining: (i) =>
    `${i.where}: ${p(i, 'takeBack')} points would be taken back, but only ${p(i, 'remaining')} are left of entry #${p(i, 'seq')} (the rest was redeemed); not corrected`,
  no_change: (i) => `${i.where}: the corrected points equal those of entry #${p(i, 'seq')}; nothing to correct`,
  invalid_members: ({ where, expected, received }) => `${where}: the household size must be ${expected ?? '?'}, received ${received ?? '?'}`,
  invalid_income: ({ where, received }) => `${where}: the household's monthly income must be a non-negative amount, received ${received ?? '?'}`,
  invalid_count: ({ where, received }) => `${where}: a number of people must be a non-negative integer, received ${received ?? '?'}`,
  deductions_exceed_total: (i) => `${i.where}: the deductions (${p(i, 'deducted')} in all) exceed the total (${p(i, 'total')})`,
  empty_denominator: ({ where }) => `${where}: the denominator is zero, so there is no rate`,
  invalid_fen: ({ where, received }) => `${where}: an amount must be a non-negative integer of fen, received ${received ?? '?'}`,
  invalid_area: ({ where, received }) => `${where}: an area must be a positive number of square metres, received ${received ?? '?'}`,
};

/**
 * Calculator issue messages by locale.
 *
 * @example
 * ```ts
 * calculatorIssueMessages.en.unscored({ where: 'projects[2]' });
 * //=> 'projects[2]: no review score, so the project cannot be ranked; left out of the allocation'
 * ```
 */
export const calculatorIssueMessages: Readonly<Record<Locale, CalculatorIssueMessages>> = { 'zh-CN': zhCN, en };
