import * as z from 'zod';
import { Id, Name } from './common.js';
import { defineLabels } from './labels.js';

/** Members of {@link ActivityLevel}. */
export const activityLevels = /* @__PURE__ */ Object.freeze(['state', 'province', 'city', 'district', 'town', 'department'] as const);
/** 发起层级: who requires the activity — 国家, 省委省政府, 市, 区, 镇, 部门. */
export const ActivityLevel = z.enum(activityLevels);
/** 发起层级. */
export type ActivityLevel = z.infer<typeof ActivityLevel>;
/**
 * Labels of {@link ActivityLevel}.
 *
 * @example
 * ```ts
 * activityLevelLabels.province['zh-CN']; //=> '省委省政府'
 * ```
 */
export const activityLevelLabels = defineLabels<ActivityLevel>({
  state: { 'zh-CN': '国家', en: 'state' },
  province: { 'zh-CN': '省委省政府', en: 'provincial Party committee and government' },
  city: { 'zh-CN': '市', en: 'city' },
  district: { 'zh-CN': '区', en: 'district' },
  town: { 'zh-CN': '镇', en: 'town' },
  department: { 'zh-CN': '部门', en: 'department' },
});

/** Members of {@link CriterionSource}. */
export const criterionSources = /* @__PURE__ */ Object.freeze(['resident-feedback', 'department', 'self-assessment', 'other'] as const);
/** 考评依据来源: 居民反馈意见, 部门评价, 自评, 其他. */
export const CriterionSource = z.enum(criterionSources);
/** 考评依据来源. */
export type CriterionSource = z.infer<typeof CriterionSource>;
/**
 * Labels of {@link CriterionSource}.
 *
 * @example
 * ```ts
 * criterionSourceLabels['resident-feedback']['zh-CN']; //=> '居民反馈意见'
 * ```
 */
export const criterionSourceLabels = defineLabels<CriterionSource>({
  'resident-feedback': { 'zh-CN': '居民反馈意见', en: 'resident feedback' },
  department: { 'zh-CN': '部门评价', en: 'department assessment' },
  'self-assessment': { 'zh-CN': '自评', en: 'self-assessment' },
  other: { 'zh-CN': '其他', en: 'other' },
});

/** 考评指标: one criterion of an assessment, with its weight (any positive scale; shares are computed). */
export const AssessmentCriterion = z.strictObject({
  /** 指标: the criterion. */
  name: Name,
  /** 权重: its weight, ≥ 0. */
  weight: z.number().min(0).max(1e6),
  /** 来源: where the score comes from. */
  source: CriterionSource,
});
/** 考评指标. */
export type AssessmentCriterion = z.infer<typeof AssessmentCriterion>;

/**
 * 创建活动 / 考评 — a creation campaign or assessment applied to a community (和谐社区, 平安社区, …).
 *
 * @example
 * ```ts
 * CreationActivity.parse({ id: 'ca1', communityId: 'lishe', title: '和谐社区', level: 'province', imposed: true });
 * ```
 */
export const CreationActivity = z.strictObject({
  /** 编号: the record's id. */
  id: Id,
  /** 社区: the community concerned. */
  communityId: Id,
  /** 名称: the activity's title. */
  title: Name,
  /** 发起层级: who requires it. */
  level: ActivityLevel,
  /** 全市性: whether it is a city-wide creation task (全市性创建任务). */
  cityWide: z.boolean().optional(),
  /** 强制开展: whether it was imposed on the community (rather than joined voluntarily). */
  imposed: z.boolean(),
  /** 考评指标: the assessment criteria and weights, if it is assessed. */
  criteria: z.array(AssessmentCriterion).max(100).optional(),
});
/** 创建活动 / 考评 — a creation-activity record. */
export type CreationActivity = z.infer<typeof CreationActivity>;
