import * as z from 'zod';
import { Count, GeoPoint, Id, IdList, Name, FreeText } from './common.js';
import { ServiceCategory, TargetGroup } from './enums.js';
import { WeeklyOpening } from './service-center.js';

/**
 * 可承接服务项目的组织目录条目 — an entry of the catalogue of organisations able to undertake service projects,
 * matched to residents' needs (供需对接).
 *
 * @example
 * ```ts
 * ProviderListing.parse({ id: 'p1', name: '乐龄之家托老所', categories: ['elderly-care'] });
 * ```
 */
export const ProviderListing = z.strictObject({
  /** 编号: the entry's id. */
  id: Id,
  /** 名称: the provider's name. */
  name: Name,
  /** 社会组织: the social organisation, when it is one. */
  socialOrganizationId: Id.optional(),
  /** 服务类别: categories it can undertake. */
  categories: z.array(ServiceCategory).min(1).max(20),
  /** 服务社区: communities it can serve (absent: city-wide). */
  communityIds: IdList.optional(),
  /** 位置: where it works from (WGS84), for matching by distance. */
  location: GeoPoint.optional(),
  /** 承接能力: how many needs it can take on at once (absent: no stated limit). */
  capacity: Count.optional(),
  /** 服务时间: the weekly bands when it serves, Asia/Shanghai (absent: any time). */
  schedule: z.array(WeeklyOpening).max(100).optional(),
  /** 服务对象: the groups it serves (absent: everyone). */
  eligibleGroups: z.array(TargetGroup).min(1).max(20).optional(),
  /** 说明: description. */
  description: FreeText.optional(),
});
/** 可承接服务项目的组织目录条目 — a provider-listing record. */
export type ProviderListing = z.infer<typeof ProviderListing>;
