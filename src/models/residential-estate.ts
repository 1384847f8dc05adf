import * as z from 'zod';
import { Count, FreeText, Id, IsoDate, Name } from './common.js';

/**
 * 住宅区 / 小区 — a residential estate and its property arrangements: the property service company (物业服务企业),
 * whether the owners have an owners' committee (业主委员会), and whether the estate is in the pilot of the
 * incentive mechanism for integrated property management (物业一体化管理激励机制试点). The estate belongs to the
 * community it lies in ("属地管理", paragraph 3).
 *
 * An unknown is left out (not `false`): the rules then say "not reported" rather than "no".
 *
 * @example
 * ```ts
 * ResidentialEstate.parse({
 *   id: 'est-1', communityId: 'lishe', name: '里厍新村', propertyCompany: '某物业服务有限公司',
 *   ownersCommittee: true, integrationPilot: true, integrationPilotSince: '2012-09-01',
 * });
 * ```
 */
export const ResidentialEstate = z.strictObject({
  /** 编号: the estate's id. */
  id: Id,
  /** 所属社区: the community it lies in ("属地管理"). */
  communityId: Id,
  /** 名称: the estate's name. */
  name: Name,
  /** 户数: households living in the estate. */
  households: Count.optional(),
  /** 物业服务企业: the property service company managing it (absent when none or not reported). */
  propertyCompany: Name.optional(),
  /** 业主委员会: whether the owners have set up an owners' committee. */
  ownersCommittee: z.boolean().optional(),
  /** 物业一体化管理激励机制试点: whether the estate is in the pilot. */
  integrationPilot: z.boolean().optional(),
  /** 纳入试点日期: the day the estate joined the pilot. */
  integrationPilotSince: IsoDate.optional(),
  /** 备注: notes. */
  notes: FreeText.optional(),
});
/** 住宅区 — a residential estate record. */
export type ResidentialEstate = z.infer<typeof ResidentialEstate>;
