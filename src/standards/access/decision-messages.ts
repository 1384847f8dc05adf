/**
 * Messages of work access (工作准入): decisions, their reasons, and the issues of a request, in every locale.
 *
 * @module
 */
import type { AccessBasis, AccessDecisionKind, AccessIssueCode, AccessListId, NearMatch } from './types.js';
import type { Locale } from '../../locale.js';
import { accessRequestKindLabels } from '../../models/enums.js';

/** What a reason is built from. */
export interface AccessReasonInput {
  /** The request's kind (a raw value when the request is invalid). */
  readonly kind: unknown;
  /** The request's title. */
  readonly title: unknown;
  /** What the decision rests on. */
  readonly basis: AccessBasis;
  /** Entries with a resembling title, not matched. */
  readonly nearMatches: readonly NearMatch[];
  /** The entry id the request named, when it is on neither list. */
  readonly unknownEntryId?: string | undefined;
  /** The parameters the decision rests on whose value is an assumption (see `AccessDecision.readings`). */
  readonly readings?: readonly string[] | undefined;
}

/** What an issue message is built from. */
export interface AccessIssueInput {
  /** The path, rendered. */
  readonly where: string;
  /** What was received. */
  readonly received?: string | undefined;
  /** What was expected. */
  readonly expected?: string | undefined;
}

/** The messages of work access in one locale. */
export interface AccessMessages {
  /** The two lists' names. */
  readonly listName: Readonly<Record<AccessListId, string>>;
  /** The decisions' names. */
  readonly decision: Readonly<Record<AccessDecisionKind, string>>;
  /** The reason of a decision, as one sentence. */
  readonly reason: (input: AccessReasonInput) => string;
  /** Messages of the access issues. */
  readonly issue: Readonly<Record<AccessIssueCode, (input: AccessIssueInput) => string>>;
}

const kindLabel = (kind: unknown, locale: Locale): string =>
  typeof kind === 'string' && Object.prototype.hasOwnProperty.call(accessRequestKindLabels, kind)
    ? accessRequestKindLabels[kind as keyof typeof accessRequestKindLabels][locale]
    : String(kind);

/** Splits the readings of a decision: is its list (when it rests on one) a reading, and which other parameters are. */
function readings_(basis: AccessBasis, readings: readonly string[] | undefined): { list: boolean; others: readonly string[] } {
  const all = readings ?? [];
  const listParameter = basis.kind === 'list' ? basis.parameter : undefined;
  return { list: listParameter !== undefined && all.includes(listParameter), others: all.filter((r) => r !== listParameter) };
}

const zhList = { duties: '《基层群众自治组织依法履行职责事项表》', assist: '《基层群众自治组织协助政府工作事项表》' } as const;
const enList = { duties: 'the list of duties performed by law', assist: 'the list of work assisting the government' } as const;

function zhReason(input: AccessReasonInput): string {
  const { kind, title, basis, nearMatches, unknownEntryId } = input;
  const subject = `${kindLabel(kind, 'zh-CN')}“${String(title)}”`;
  let text: string;
  if (basis.kind === 'list') {
    const where = zhList[basis.list];
    const entry = basis.entry.title['zh-CN'];
    const how = basis.matchedBy === 'id' ? `按条目编号 ${basis.entry.id} 列入${where}“${entry}”` : `与${where}条目“${entry}”(${basis.entry.id})名称一致`;
    text = basis.list === 'duties' ? `${subject}${how},属社区依法履行的职责` : `${subject}${how},属协助政府工作事项,予以准入`;
  } else if (basis.kind === 'approval') {
    text =
      kind === 'task'
        ? `${subject}未列入两份清单,已经${basis.bodies.join('、')}联合审批,予以准入`
        : `${subject}已经${basis.bodies.join('、')}联合审批,予以准入`;
  } else if (basis.rule === 'access.plaque-outside-four') {
    const marks = basis.marks.join('、');
    text = `${subject}不是社区可悬挂的${basis.allowed.join('、')}${basis.allowed.length === 4 ? '四块牌子' : '牌子'}${marks === '' ? '' : `及${marks}`},一律不予准入`;
  } else if (basis.rule === 'access.not-listed-not-approved') {
    text =
      basis.approvedBy.length === 0
        ? `${subject}未列入两份清单,也未经${basis.required.join('、')}联合审批,不予准入`
        : `${subject}未列入两份清单,仅经${basis.approvedBy.join('、')}审批,缺少${basis.missing.join('、')}的审批,不予准入`;
  } else if (basis.rule === 'access.review-required') {
    const same =
      basis.sameTitleAs === undefined
        ? ''
        : `(名称虽与${zhList[basis.sameTitleAs.list]}条目“${basis.sameTitleAs.title['zh-CN']}”(${basis.sameTitleAs.entryId})相同,两份清单只列工作任务)`;
    const need = `${kindLabel(kind, 'zh-CN')}不论名称均须经${basis.required.join('、')}联合审批${same}`;
    text =
      basis.approvedBy.length === 0
        ? `${subject}未经联合审批,不予准入:${need}`
        : `${subject}仅经${basis.approvedBy.join('、')}审批,缺少${basis.missing.join('、')}的审批,不予准入:${need}`;
  } else {
    text = `申请有 ${basis.issueCount} 处问题,无法判定,不予准入`;
  }
  if (unknownEntryId !== undefined) text += `;所填条目编号 ${unknownEntryId} 不在两份清单中`;
  if (nearMatches.length > 0) {
    text += `;名称与清单条目${nearMatches.map((n) => `“${n.title}”(${n.entryId})`).join('、')}相近但不一致,未作模糊匹配`;
  }
  const readings = readings_(basis, input.readings);
  if (readings.list) text += ';该清单条目为本库的推定(报告未列出清单条目),应以本地正式清单为准';
  if (readings.others.length > 0) text += `;此判定依据推定的参数 ${readings.others.join('、')}`;
  return text;
}

function enReason(input: AccessReasonInput): string {
  const { kind, title, basis, nearMatches, unknownEntryId } = input;
  const subject = `${kindLabel(kind, 'en')} “${String(title)}”`;
  let text: string;
  if (basis.kind === 'list') {
    const where = enList[basis.list];
    const entry = basis.entry.title.en;
    const how =
      basis.matchedBy === 'id'
        ? `is entry ${basis.entry.id} “${entry}” of ${where}`
        : `matches by title entry ${basis.entry.id} “${entry}” of ${where}`;
    text = basis.list === 'duties' ? `${subject} ${how}: the community's own duty` : `${subject} ${how}: admitted`;
  } else if (basis.kind === 'approval') {
    text =
      kind === 'task'
        ? `${subject} is on neither list but was jointly approved by ${basis.bodies.join(', ')}: admitted`
        : `${subject} was jointly approved by ${basis.bodies.join(', ')}: admitted`;
  } else if (basis.rule === 'access.plaque-outside-four') {
    const marks = basis.marks.length === 0 ? '' : ` or ${basis.marks.join(', ')}`;
    text = `${subject} is not one of the plaques a community may hang (${basis.allowed.join(', ')})${marks}: always refused`;
  } else if (basis.rule === 'access.not-listed-not-approved') {
    text =
      basis.approvedBy.length === 0
        ? `${subject} is on neither list and was not jointly approved by ${basis.required.join(', ')}: refused`
        : `${subject} is on neither list and was approved only by ${basis.approvedBy.join(', ')}, not by ${basis.missing.join(', ')}: refused`;
  } else if (basis.rule === 'access.review-required') {
    const same =
      basis.sameTitleAs === undefined
        ? ''
        : ` (its title is that of entry ${basis.sameTitleAs.entryId} “${basis.sameTitleAs.title.en}” of ${enList[basis.sameTitleAs.list]}, but the two lists describe work tasks only)`;
    const need = `whatever its title, a request of this kind needs the joint approval of ${basis.required.join(', ')}${same}`;
    text =
      basis.approvedBy.length === 0
        ? `${subject} was not jointly approved: refused; ${need}`
        : `${subject} was approved only by ${basis.approvedBy.join(', ')}, not by ${basis.missing.join(', ')}: refused; ${need}`;
  } else {
    text = `the request has ${basis.issueCount} problem(s) and cannot be decided: refused`;
  }
  if (unknownEntryId !== undefined) text += `; the entry id ${unknownEntryId} is on neither list`;
  if (nearMatches.length > 0) {
    text += `; its title resembles ${nearMatches.map((n) => `“${n.title}” (${n.entryId})`).join(', ')} but is not the same, and titles are never matched loosely`;
  }
  const readings = readings_(basis, input.readings);
  if (readings.list) text += "; the list's entries are our reading (the report does not print the list), to be replaced by the official list";
  if (readings.others.length > 0) text += `; this decision rests on our reading of ${readings.others.join(', ')}`;
  return text;
}

/**
 * Work-access messages by locale.
 *
 * @example
 * ```ts
 * accessMessages['zh-CN'].reason({
 *   kind: 'inspection', title: '消防检查', nearMatches: [], readings: [],
 *   basis: { kind: 'rule', rule: 'access.review-required', parameter: 'access.requiredApprovers',
 *     required: ['市纪委', '市民政局', '市法制办公室'], approvedBy: [], missing: ['市纪委', '市民政局', '市法制办公室'] },
 * });
 * //=> '检查“消防检查”未经联合审批,不予准入:检查不论名称均须经市纪委、市民政局、市法制办公室联合审批'
 * ```
 */
export const accessMessages: Readonly<Record<Locale, AccessMessages>> = {
  'zh-CN': {
    listName: zhList,
    decision: { 'own-duty': '本职事项', admitted: '准入', refused: '不予准入' },
    reason: zhReason,
    issue: {
      blank_field: ({ where }) => `${where}:不能为空白`,
      unknown_approver: ({ where, received, expected }) => `${where}:审批单位 ${received ?? '?'} 不是准入审核单位(${expected ?? '?'}),其审批不计`,
      unknown_list_entry: ({ where, received }) => `${where}:条目编号 ${received ?? '?'} 不在两份清单中`,
      approval_after_as_of: ({ where, received, expected }) => `${where}:审批日期 ${received ?? '?'} 晚于判定日期 ${expected ?? '?'},其审批不计`,
    },
  },
  en: {
    listName: enList,
    decision: { 'own-duty': 'own duty', admitted: 'admitted', refused: 'refused' },
    reason: enReason,
    issue: {
      blank_field: ({ where }) => `${where}: must not be blank`,
      unknown_approver: ({ where, received, expected }) =>
        `${where}: ${received ?? '?'} is not an access review body (${expected ?? '?'}); its approval does not count`,
      unknown_list_entry: ({ where, received }) => `${where}: entry id ${received ?? '?'} is on neither list`,
      approval_after_as_of: ({ where, received, expected }) =>
        `${where}: approved on ${received ?? '?'}, after the decision date ${expected ?? '?'}; the approval does not count`,
    },
  },
};
