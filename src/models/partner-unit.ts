import * as z from 'zod';
import { Id, IdList, Name, FreeText } from './common.js';

/**
 * 共建单位 — a unit (company, school, agency…) co-building with communities ("共驻共建共享").
 *
 * @example
 * ```ts
 * PartnerUnit.parse({ id: 'pu-1', name: '昆山市第一人民医院', communityIds: ['lishe'] });
 * ```
 */
export const PartnerUnit = z.strictObject({
  /** 编号: the unit's id. */
  id: Id,
  /** 名称: name. */
  name: Name,
  /** 共建社区: the communities it co-builds with. */
  communityIds: IdList.min(1),
  /** 共建项目: what it does with them. */
  description: FreeText.optional(),
});
/** 共建单位 — a partner unit record. */
export type PartnerUnit = z.infer<typeof PartnerUnit>;
