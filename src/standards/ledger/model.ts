import * as z from 'zod';
import { Id, Name } from '../../models/common.js';

/**
 * 台账 — a record book a community keeps (often for a department).
 *
 * @example
 * ```ts
 * Ledger.parse({ id: 'l1', communityId: 'lishe', title: '低保台账', category: 'social-assistance', fields: ['姓名', '户号'] });
 * ```
 */
export const Ledger = z.strictObject({
  /** 编号: the ledger's id. */
  id: Id,
  /** 社区: the community keeping it. */
  communityId: Id,
  /** 名称: title. */
  title: Name,
  /** 类别: its category in the profile's standard ledger catalogue, if it claims one. */
  category: z.string().min(1).max(100).optional(),
  /** 要求部门: the department that asked for it. */
  department: Name.optional(),
  /** 字段: the fields it records. */
  fields: z.array(z.string().min(1).max(200)).max(500),
});
/** 台账 — a ledger record. */
export type Ledger = z.infer<typeof Ledger>;
