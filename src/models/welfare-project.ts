import * as z from 'zod';
import { Fen, Id, Name, FreeText } from './common.js';
import { defineLabels } from './labels.js';

/** Members of {@link WelfareProgramme}. */
export const welfareProgrammes = /* @__PURE__ */ Object.freeze(['venture', 'bidding-pilot'] as const);
/** 项目渠道: 公益创投 (public-welfare venture) or 公益服务项目招投标试点 (bidding pilot). */
export const WelfareProgramme = z.enum(welfareProgrammes);
/** 项目渠道. */
export type WelfareProgramme = z.infer<typeof WelfareProgramme>;
/**
 * Labels of {@link WelfareProgramme}.
 *
 * @example
 * ```ts
 * welfareProgrammeLabels.venture['zh-CN']; //=> '公益创投'
 * ```
 */
export const welfareProgrammeLabels = defineLabels<WelfareProgramme>({
  venture: { 'zh-CN': '公益创投', en: 'public-welfare venture' },
  'bidding-pilot': { 'zh-CN': '社区公益服务项目招投标试点', en: 'public-welfare service bidding pilot' },
});

/**
 * 公益创投项目 / 公益服务招投标项目 — a public-welfare project applying for funds.
 *
 * @example
 * ```ts
 * WelfareProject.parse({
 *   id: 'wp1', title: '四点半课堂', programme: 'venture', year: 2012, requestedFen: 15_000_000, score: 92,
 * });
 * ```
 */
export const WelfareProject = z.strictObject({
  /** 编号: the project's id. */
  id: Id,
  /** 项目名称: title. */
  title: Name,
  /** 渠道: 公益创投 or 招投标试点. */
  programme: WelfareProgramme,
  /** 年度: the round's year. */
  year: z.int().min(1990).max(2100),
  /** 申报社区: the community it serves. */
  communityId: Id.optional(),
  /** 实施组织: the social organisation carrying it out. */
  socialOrganizationId: Id.optional(),
  /** 申请金额 (分): amount requested, in fen. */
  requestedFen: Fen,
  /** 评审得分: the review score (higher is better). */
  score: z.number().min(0).max(1000).optional(),
  /** 资助金额 (分): amount granted, in fen, once decided. */
  fundedFen: Fen.optional(),
  /** 说明: description. */
  description: FreeText.optional(),
});
/** 公益项目 — a welfare-project record. */
export type WelfareProject = z.infer<typeof WelfareProject>;
