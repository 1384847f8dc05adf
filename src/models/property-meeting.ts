import * as z from 'zod';
import { FreeText, Id, IdList, IsoDate } from './common.js';
import { defineLabels } from './labels.js';

/** Members of {@link PropertyMeetingKind}. */
export const propertyMeetingKinds = /* @__PURE__ */ Object.freeze(['triad-workshop', 'joint-meeting'] as const);
/**
 * 会议类别: a meeting of a community's "三位一体工作坊" (community, owners' committee and property company), or of
 * the city's joint meeting on property management (物业管理联席会议), which coordinates the whole city's estates.
 */
export const PropertyMeetingKind = z.enum(propertyMeetingKinds);
/** 会议类别. */
export type PropertyMeetingKind = z.infer<typeof PropertyMeetingKind>;
/**
 * Labels of {@link PropertyMeetingKind}.
 *
 * @example
 * ```ts
 * propertyMeetingKindLabels['joint-meeting']['zh-CN']; //=> '物业管理联席会议'
 * ```
 */
export const propertyMeetingKindLabels = defineLabels<PropertyMeetingKind>({
  'triad-workshop': { 'zh-CN': '“三位一体工作坊”会议', en: 'meeting of the "three-in-one workshop"' },
  'joint-meeting': { 'zh-CN': '物业管理联席会议', en: 'joint meeting on property management' },
});

/** Members of {@link PropertyParty}. */
export const propertyParties = /* @__PURE__ */ Object.freeze(['community', 'owners-committee', 'property-company'] as const);
/** 参会方: the community (its residents' committee), an owners' committee or a property service company. */
export const PropertyParty = z.enum(propertyParties);
/** 参会方. */
export type PropertyParty = z.infer<typeof PropertyParty>;
/**
 * Labels of {@link PropertyParty}.
 *
 * @example
 * ```ts
 * propertyPartyLabels['owners-committee']['zh-CN']; //=> '业主委员会'
 * ```
 */
export const propertyPartyLabels = defineLabels<PropertyParty>({
  community: { 'zh-CN': '社区', en: 'community' },
  'owners-committee': { 'zh-CN': '业主委员会', en: 'owners’ committee' },
  'property-company': { 'zh-CN': '物业服务企业', en: 'property company' },
});

/** Members of {@link PropertyTopic}. */
export const propertyTopics = /* @__PURE__ */ Object.freeze(['affairs', 'disputes'] as const);
/** 议题: affairs consulted on together (事务共商) or disputes mediated together (矛盾共调). */
export const PropertyTopic = z.enum(propertyTopics);
/** 议题. */
export type PropertyTopic = z.infer<typeof PropertyTopic>;
/**
 * Labels of {@link PropertyTopic}.
 *
 * @example
 * ```ts
 * propertyTopicLabels.disputes['zh-CN']; //=> '矛盾共调'
 * ```
 */
export const propertyTopicLabels = defineLabels<PropertyTopic>({
  affairs: { 'zh-CN': '事务共商', en: 'affairs consulted on together' },
  disputes: { 'zh-CN': '矛盾共调', en: 'disputes mediated together' },
});

/**
 * 物业管理会议 — one meeting of a community's "三位一体工作坊" (`triad-workshop`, with the community's id) or of the
 * city's joint meeting on property management (`joint-meeting`, city-wide: a `communityId` on it is ignored by the
 * rules).
 *
 * @example
 * ```ts
 * PropertyMeeting.parse({
 *   id: 'pm-1', kind: 'triad-workshop', communityId: 'lishe', date: '2013-05-20',
 *   parties: ['community', 'owners-committee', 'property-company'], estateIds: ['est-1'], topics: ['disputes'],
 * });
 * ```
 */
export const PropertyMeeting = z.strictObject({
  /** 编号: the meeting's id. */
  id: Id,
  /** 会议类别: workshop or joint meeting. */
  kind: PropertyMeetingKind,
  /** 日期: the day it met. */
  date: IsoDate,
  /** 社区: the community whose workshop met (a workshop meeting without one counts for no community). */
  communityId: Id.optional(),
  /** 涉及住宅区: the estates whose affairs it took up. */
  estateIds: IdList.optional(),
  /** 参会方: who took part. */
  parties: z.array(PropertyParty).max(10).optional(),
  /** 议题: consultation, mediation or both. */
  topics: z.array(PropertyTopic).max(10).optional(),
  /** 备注: notes. */
  notes: FreeText.optional(),
});
/** 物业管理会议 — a property meeting record. */
export type PropertyMeeting = z.infer<typeof PropertyMeeting>;
