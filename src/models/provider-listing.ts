import * as z from 'zod';
import { Id, IdList, Name, FreeText } from './common.js';
import { ServiceCategory } from './enums.js';

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
  /** 说明: description. */
  description: FreeText.optional(),
});
/** 可承接服务项目的组织目录条目 — a provider-listing record. */
export type ProviderListing = z.infer<typeof ProviderListing>;
