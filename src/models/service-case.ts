import * as z from 'zod';
import { Id, IsoDateTime, Name } from './common.js';
import { ServiceCategory } from './enums.js';

/**
 * 事件 / 服务记录 — a resident's matter: when it was received and when it was resolved ("确保村民事件当天解决").
 *
 * @example
 * ```ts
 * ServiceCase.parse({
 *   id: 'c1', communityId: 'jinghe', title: '路灯维修',
 *   receivedAt: '2013-09-29T09:30:00+08:00', resolvedAt: '2013-09-29T15:00:00+08:00',
 * });
 * ```
 */
export const ServiceCase = z
  .strictObject({
    /** 编号: the case's id. */
    id: Id,
    /** 社区: the community. */
    communityId: Id,
    /** 服务中心: the centre that received it. */
    serviceCenterId: Id.optional(),
    /** 事项: what it is about. */
    title: Name,
    /** 类别: service category. */
    category: ServiceCategory.optional(),
    /** 受理时间: when it was received (ISO 8601 with offset). */
    receivedAt: IsoDateTime,
    /** 办结时间: when it was resolved, not before `receivedAt`. */
    resolvedAt: IsoDateTime.optional(),
  })
  .refine((c) => c.resolvedAt === undefined || Date.parse(c.resolvedAt) >= Date.parse(c.receivedAt), {
    message: 'resolvedAt must not be before receivedAt',
    params: { code: 'resolved_before_received' },
    path: ['resolvedAt'],
  });
/** 事件 — a service-case record. */
export type ServiceCase = z.infer<typeof ServiceCase>;
