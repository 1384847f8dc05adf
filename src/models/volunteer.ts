import * as z from 'zod';
import { Id, IsoDate, Name } from './common.js';

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
});
/** 志愿者 — a volunteer record. */
export type Volunteer = z.infer<typeof Volunteer>;
