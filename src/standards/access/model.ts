import * as z from 'zod';
import { Id, IsoDate, Name, FreeText } from '../../models/common.js';
import { AccessRequestKind } from '../../models/enums.js';

/**
 * 准入审批: an approval of an access request by one body (e.g. `市纪委`).
 *
 * @example
 * ```ts
 * AccessApproval.safeParse({ body: '市纪委', date: '2013-03-01' }).success; //=> true
 * ```
 */
export const AccessApproval = z.strictObject({
  /** 审批单位: the approving body, e.g. `市纪委`, `市民政局`, `市法制办公室`. */
  body: Name,
  /** 审批日期: date of approval. */
  date: IsoDate.optional(),
  /** 文号: the approval's reference number. */
  reference: z.string().max(200).optional(),
});
/** 准入审批. */
export type AccessApproval = z.infer<typeof AccessApproval>;

/**
 * 工作准入申请 — a department's request to push work onto a community ("准入制"): a task, inspection,
 * assessment, appraisal, training, plaque, stamp or compliance/upgrade campaign.
 *
 * @example
 * ```ts
 * AccessRequest.parse({
 *   id: 'ar1', communityId: 'lishe', department: '市卫生局', kind: 'inspection', title: '卫生检查',
 *   approvals: [],
 * });
 * ```
 */
export const AccessRequest = z.strictObject({
  /** 编号: the request's id. */
  id: Id,
  /** 社区: the community the work would enter. */
  communityId: Id,
  /** 部门: the requesting department. */
  department: Name,
  /** 类别: 工作任务, 检查, 考核, 评比, 培训, 挂牌, 盖章, 达标升级. */
  kind: AccessRequestKind,
  /** 事项名称: the item's title. */
  title: Name,
  /** 清单条目: the id of the entry of one of the two lists it claims to be. */
  listEntryId: Id.optional(),
  /** 审批: approvals it carries. */
  approvals: z.array(AccessApproval).max(50),
  /** 申请日期: date requested. */
  requestedOn: IsoDate.optional(),
  /** 已进入社区: whether the work actually reached the community. */
  reachedCommunity: z.boolean().optional(),
  /** 说明: description. */
  description: FreeText.optional(),
});
/** 工作准入申请 — an access-request record. */
export type AccessRequest = z.infer<typeof AccessRequest>;
