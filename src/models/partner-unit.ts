import * as z from 'zod';
import { Id, IdList, Name, FreeText } from './common.js';
import { FacilityKind } from './enums.js';
import { OpeningException, WeeklyOpening } from './service-center.js';

/**
 * 面向社会开放的服务设施: a facility of a partner unit open to residents (paragraph 1: "辖区单位服务设施和服务项目面向
 * 社会开放"), with its opening hours — the same weekly bands and exceptions as a centre's, so the functions of
 * `community-standards/time` (`openingHoursOn`, `isOpen`) read it as they read a centre.
 *
 * @example
 * ```ts
 * PublicFacility.parse({ name: '职工篮球场', kind: 'basketball-court', openingHours: [{ day: 'sat', opens: '08:00', closes: '18:00' }] });
 * ```
 */
export const PublicFacility = z.strictObject({
  /** 名称: the facility's name. */
  name: Name,
  /** 类别: the facility kind, when it is one of the centres' kinds. */
  kind: FacilityKind.optional(),
  /** 开放社区: the communities whose residents it is open to (absent: every community the unit co-builds with). */
  communityIds: IdList.optional(),
  /** 每周开放时间: weekly opening hours to the public (several bands a day allowed), Asia/Shanghai. */
  openingHours: z.array(WeeklyOpening).max(100).optional(),
  /** 特殊开放安排: exceptions by date. */
  openingExceptions: z.array(OpeningException).max(1000).optional(),
  /** 说明: description. */
  description: FreeText.optional(),
});
/** 面向社会开放的服务设施. */
export type PublicFacility = z.infer<typeof PublicFacility>;

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
  /** 面向社会开放的服务设施: its facilities open to residents, with their hours. */
  publicFacilities: z.array(PublicFacility).max(1000).optional(),
});
/** 共建单位 — a partner unit record. */
export type PartnerUnit = z.infer<typeof PartnerUnit>;
