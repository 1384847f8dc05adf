import * as z from 'zod';
import { Count, Id, IdList, Name } from './common.js';

/**
 * 网格 / 服务责任区 — a grid of grid-based service, with the staff responsible for it.
 *
 * @example
 * ```ts
 * Grid.parse({ id: 'g1', communityId: 'lishe', name: '第一网格', responsibleStaffIds: ['s1'] });
 * ```
 */
export const Grid = z.strictObject({
  /** 编号: the grid's id. */
  id: Id,
  /** 社区: the community it belongs to. */
  communityId: Id,
  /** 名称: name. */
  name: Name,
  /** 责任人: the staff members responsible for it (ids of `staffMember` records). */
  responsibleStaffIds: IdList,
  /** 户数: households in the grid. */
  households: Count.optional(),
});
/** 网格 — a grid record. */
export type Grid = z.infer<typeof Grid>;
