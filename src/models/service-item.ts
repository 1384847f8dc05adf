import * as z from 'zod';
import { Id, Name, FreeText } from './common.js';
import { ServiceCategory, TargetGroup } from './enums.js';

/**
 * 服务项目 — a service item offered in a hall. Centres list the items they offer by id.
 *
 * @example
 * ```ts
 * ServiceItem.parse({ id: 'item-1', code: 'YL-01', name: '居家养老服务', category: 'elderly-care' });
 * ```
 */
export const ServiceItem = z.strictObject({
  /** 编号: the item's id. */
  id: Id,
  /** 项目代码: the item's code in the city's catalogue; unique within a centre. */
  code: z.string().min(1).max(100),
  /** 名称: the item's name. */
  name: Name,
  /** 类别: the service category (spec §3.1). */
  category: ServiceCategory,
  /** 服务对象: groups it is meant for. */
  targetGroups: z.array(TargetGroup).max(20).optional(),
  /** "6+X" 标准服务: which of the profile's six standard services it is, by the profile's service id. */
  standardService: z.string().min(1).max(100).optional(),
  /** "6+X" 特色服务: whether it is a local featured service (the "X"). */
  featured: z.boolean().optional(),
  /**
   * 品牌: the service brand it belongs to, e.g. `乐龄之家` — one of the profile's `brand.catalogue`, compared without
   * quotation marks, punctuation or spaces (rule `brand.in-catalogue`).
   */
  brand: Name.optional(),
  /** 说明: description. */
  description: FreeText.optional(),
});
/** 服务项目 — a service item record. */
export type ServiceItem = z.infer<typeof ServiceItem>;
