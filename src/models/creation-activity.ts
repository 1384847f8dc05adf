import { z } from 'zod';
import { Id, Name } from './common.js';

/** Members of {@link ActivityLevel}. */
export const activityLevels = ['state', 'province', 'city', 'district', 'town', 'department'] as const;
/** 发起层级: who requires the activity — 国家, 省委省政府, 市, 区, 镇, 部门. */
export const ActivityLevel = z.enum(activityLevels);
/** 发起层级. */
export type ActivityLevel = z.infer<typeof ActivityLevel>;

/** Members of {@link CriterionSource}. */
export const criterionSources = ['resident-feedback', 'department', 'self-assessment', 'other'] as const;
/** 考评依据来源: 居民反馈意见, 部门评价, 自评, 其他. */
export const CriterionSource = z.enum(criterionSources);
/** 考评依据来源. */
export type CriterionSource = z.infer<typeof CriterionSource>;

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
