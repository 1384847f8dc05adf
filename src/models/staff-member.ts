import * as z from 'zod';
import { Email, Id, Name, Phone } from './common.js';
import { EducationLevel, SocialWorkerLevel, StaffRole } from './enums.js';

/**
 * 社区专职人员 / 两委会成员 — a member of a community's full-time staff.
 *
 * @example
 * ```ts
 * StaffMember.parse({
 *   id: 's1', name: '张三', communityId: 'lishe', roles: ['committee-member'], fullTime: true,
 *   education: 'bachelor', socialWorkerLevel: 'junior',
 * });
 * ```
 */
export const StaffMember = z.strictObject({
  /** 编号: the staff member's id. */
  id: Id,
  /** 姓名: name. */
  name: Name,
  /** 所属社区: the community they work for. */
  communityId: Id,
  /** 工作中心: the service centre they work at, if any. */
  serviceCenterId: Id.optional(),
  /** 岗位: roles (a rural "两委会" member holds Party and/or committee roles). */
  roles: z.array(StaffRole).max(10),
  /** 专职: whether they are full-time community staff (社区专职人员). */
  fullTime: z.boolean(),
  /** 学历: highest education. */
  education: EducationLevel.optional(),
  /** 持证社工等级: social-work certificate level (初级 / 中级 / 高级), if certified. */
  socialWorkerLevel: SocialWorkerLevel.optional(),
  /** 服务责任区: the grid (服务责任区) they are responsible for. */
  gridId: Id.optional(),
  /** 电话: work phone. */
  phone: Phone.optional(),
  /** 电子邮箱: work e-mail. */
  email: Email.optional(),
});
/** 社区专职人员 — a staff record. */
export type StaffMember = z.infer<typeof StaffMember>;
