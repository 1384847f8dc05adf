import * as z from 'zod';
import { Count, GeoPoint, Id, IsoDate, Name } from './common.js';
import { ServiceCategory, TargetGroup } from './enums.js';
import { WeeklyOpening } from './service-center.js';

/**
 * 志愿者 — a registered volunteer.
 *
 * @example
 * ```ts
 * Volunteer.parse({ id: 'v1', name: '李四', communityId: 'lishe', registeredOn: '2012-03-05' });
 * ```
 */
export const Volunteer = z.strictObject({
  /** 编号: the volunteer's id. */
  id: Id,
  /** 姓名: name. */
  name: Name,
  /** 所属社区: home community. */
  communityId: Id.optional(),
  /** 注册日期: date registered. */
  registeredOn: IsoDate.optional(),
  /** 服务类别: the categories of service the volunteer offers, for matching to needs (absent: none offered). */
  categories: z.array(ServiceCategory).min(1).max(20).optional(),
  /** 位置: where the volunteer serves from (WGS84), for matching by distance. */
  location: GeoPoint.optional(),
  /** 承接能力: how many needs the volunteer can take on at once (absent: no stated limit). */
  capacity: Count.optional(),
  /** 服务时间: the weekly bands when the volunteer serves, Asia/Shanghai (absent: any time). */
  schedule: z.array(WeeklyOpening).max(100).optional(),
  /** 服务对象: the groups the volunteer serves (absent: everyone). */
  eligibleGroups: z.array(TargetGroup).min(1).max(20).optional(),
});
/** 志愿者 — a volunteer record. */
export type Volunteer = z.infer<typeof Volunteer>;
