import * as z from 'zod';
import { FreeText, Id, IsoDate, Name } from './common.js';
import { defineLabels } from './labels.js';

/** Members of {@link EmploymentStatus}. */
export const employmentStatuses = /* @__PURE__ */ Object.freeze(['employed', 'unemployed', 'not-in-labour-force'] as const);
/**
 * 就业状态: `employed` (就业: in work, including self-employment), `unemployed` (失业: of working age, able and
 * willing to work, without work — e.g. registered as unemployed), or `not-in-labour-force` (不在劳动力之列: a
 * student, a retiree, a person unable to work, a conscript…). Only `unemployed` members can make a household a
 * zero-employment household (零就业家庭); see `employment.zero-employment-cleared`.
 */
export const EmploymentStatus = z.enum(employmentStatuses);
/** 就业状态. */
export type EmploymentStatus = z.infer<typeof EmploymentStatus>;
/**
 * Labels of {@link EmploymentStatus}.
 *
 * @example
 * ```ts
 * employmentStatusLabels.unemployed['zh-CN']; //=> '失业'
 * ```
 */
export const employmentStatusLabels = defineLabels<EmploymentStatus>({
  employed: { 'zh-CN': '就业', en: 'employed' },
  unemployed: { 'zh-CN': '失业', en: 'unemployed' },
  'not-in-labour-force': { 'zh-CN': '不在劳动力之列', en: 'not in the labour force' },
});

/**
 * 就业状态变动: from `since` on, the member's status is `status`, until the member's next change (the changes of a
 * member are read in date order; the list need not be sorted).
 *
 * @example
 * ```ts
 * EmploymentChange.parse({ status: 'unemployed', since: '2013-03-01' });
 * ```
 */
export const EmploymentChange = z.strictObject({
  /** 状态: the status from `since` on. */
  status: EmploymentStatus,
  /** 起始日期: the first day of that status, `YYYY-MM-DD`. */
  since: IsoDate,
});
/** 就业状态变动. */
export type EmploymentChange = z.infer<typeof EmploymentChange>;

/**
 * 家庭成员: a member of a household, with the history of his or her employment status. A member with no history
 * is not known: a household whose status cannot be read on a date is not judged.
 *
 * @example
 * ```ts
 * HouseholdMember.parse({ name: '王某', employment: [{ status: 'employed', since: '2010-01-01' }] });
 * ```
 */
export const HouseholdMember = z.strictObject({
  /** 编号: the member's id within the household (optional). */
  id: Id.optional(),
  /** 姓名: name (optional; a household record need not name anyone). */
  name: Name.optional(),
  /** 就业状态变动: the changes of employment status, each with the date it took effect. */
  employment: z.array(EmploymentChange).max(200),
});
/** 家庭成员. */
export type HouseholdMember = z.infer<typeof HouseholdMember>;

/**
 * 家庭 — a household of a community with its members' employment status over time, for the zero-employment
 * households (零就业家庭) of paragraph 9: "零就业家庭保持动态清零".
 *
 * @example
 * ```ts
 * Household.parse({
 *   id: 'h1', communityId: 'lishe',
 *   members: [{ employment: [{ status: 'unemployed', since: '2013-03-01' }, { status: 'employed', since: '2013-03-20' }] }],
 * });
 * ```
 */
export const Household = z.strictObject({
  /** 编号: the household's id. */
  id: Id,
  /** 所属社区: the community. */
  communityId: Id,
  /** 户名: how the household is known, e.g. the householder's name (optional). */
  name: Name.optional(),
  /** 家庭成员: its members (at least one). */
  members: z.array(HouseholdMember).min(1).max(100),
  /** 备注: notes. */
  notes: FreeText.optional(),
});
/** 家庭 — a household record. */
export type Household = z.infer<typeof Household>;
