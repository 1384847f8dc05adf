import * as z from 'zod';
import { Count, GeoPoint, Id, Name, FreeText } from './common.js';
import { ServiceCategory, TargetGroup } from './enums.js';
import { WeeklyOpening } from './service-center.js';

/**
 * 社区居民需求目录条目 — an entry of the catalogue of residents' needs (《社区居民需求目录》).
 *
 * @example
 * ```ts
 * ResidentNeed.parse({ id: 'n1', communityId: 'yanwu', title: '老年助餐', category: 'elderly-care' });
 * ```
 */
export const ResidentNeed = z.strictObject({
  /** 编号: the entry's id. */
  id: Id,
  /** 社区: the community that has the need. */
  communityId: Id,
  /** 需求: the need. */
  title: Name,
  /** 类别: service category. */
  category: ServiceCategory,
  /** 服务对象: the group in need. */
  targetGroup: TargetGroup.optional(),
  /** 人数: people concerned. */
  people: Count.optional(),
  /** 位置: where the service is needed (WGS84), for matching by distance. */
  location: GeoPoint.optional(),
  /** 期望服务时间: the weekly bands when the service is wanted, Asia/Shanghai (absent: any time). */
  schedule: z.array(WeeklyOpening).max(100).optional(),
  /** 说明: description. */
  description: FreeText.optional(),
});
/** 社区居民需求目录条目 — a resident-need record. */
export type ResidentNeed = z.infer<typeof ResidentNeed>;
