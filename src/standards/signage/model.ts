import * as z from 'zod';
import { Id, IsoDate, Name } from '../../models/common.js';

/**
 * 牌子 — a plaque or sign hung at a community (the "四块牌子" rule).
 *
 * @example
 * ```ts
 * Plaque.parse({ id: 'pl1', communityId: 'lishe', name: '里厍社区居民委员会' });
 * ```
 */
export const Plaque = z.strictObject({
  /** 编号: the plaque's id. */
  id: Id,
  /** 社区: the community where it hangs. */
  communityId: Id,
  /** 牌名: the text on the plaque. */
  name: Name,
  /** 挂牌部门: the department that asked for it. */
  department: Name.optional(),
  /** 挂牌日期: date hung. */
  hungOn: IsoDate.optional(),
});
/** 牌子 — a plaque record. */
export type Plaque = z.infer<typeof Plaque>;
