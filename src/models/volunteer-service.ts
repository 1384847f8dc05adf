import * as z from 'zod';
import { Id, IsoDate, Name } from './common.js';

/**
 * 志愿服务 — one activity of volunteer service, the basis of service points (服务积分管理).
 *
 * @example
 * ```ts
 * VolunteerService.parse({ id: 'vs1', volunteerId: 'v1', activity: '楼道清洁', date: '2013-05-04', hours: 2.5 });
 * ```
 */
export const VolunteerService = z.strictObject({
  /** 编号: the record's id. */
  id: Id,
  /** 志愿者: the volunteer. */
  volunteerId: Id,
  /** 服务社区: where it was done. */
  communityId: Id.optional(),
  /** 活动: the activity. */
  activity: Name,
  /** 日期: the date. */
  date: IsoDate,
  /** 时长 (小时): hours served, 0–24. */
  hours: z.number().min(0).max(24),
});
/** 志愿服务 — a volunteer-service record. */
export type VolunteerService = z.infer<typeof VolunteerService>;
