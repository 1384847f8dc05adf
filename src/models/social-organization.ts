import * as z from 'zod';
import { Id, IdList, IsoDate, Name } from './common.js';
import { ServiceCategory, SocialOrganizationType } from './enums.js';

/**
 * 社会组织 — a social organisation: registered (社会团体, 民办非企业单位, 基金会) or a filed community social
 * organisation (备案的社区社会组织).
 *
 * @example
 * ```ts
 * SocialOrganization.parse({ id: 'org-1', name: '百帮服务社', type: 'private-non-enterprise' });
 * ```
 */
export const SocialOrganization = z.strictObject({
  /** 编号: the organisation's id. */
  id: Id,
  /** 名称: name. */
  name: Name,
  /** 类型: 社会团体 / 民办非企业单位 / 基金会 / 备案社区社会组织. */
  type: SocialOrganizationType,
  /** 登记(备案)日期: date registered or filed. */
  registeredOn: IsoDate.optional(),
  /** 服务社区: the communities it works in. */
  communityIds: IdList.optional(),
  /** 服务领域: the service categories it works in. */
  categories: z.array(ServiceCategory).max(20).optional(),
});
/** 社会组织 — a social organisation record. */
export type SocialOrganization = z.infer<typeof SocialOrganization>;
