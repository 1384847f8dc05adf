import * as z from 'zod';
import { Address, Count, GeoPoint, Households, Id, Name, Population, FreeText } from './common.js';
import { CommunityKind, CommunityModel, GovernanceBody, GovernanceService } from './enums.js';

/**
 * 社区 / 村 — a community: an urban community with a residents' committee (城市社区, 居委会) or a rural community
 * or village with its "两委会" (农村社区/村).
 *
 * @example
 * ```ts
 * Community.parse({
 *   id: 'datan', name: '千灯大潭村', kind: 'rural', model: 'pure-rural',
 *   households: { registered: 481, resident: 481 }, population: { registered: 1603, resident: 1603 },
 *   governanceBodies: ['party-organization', 'villagers-committee'],
 * });
 * ```
 */
export const Community = z.strictObject({
  /** 编号: the community's id. */
  id: Id,
  /** 名称: the community's name, e.g. `千灯炎武社区`. */
  name: Name,
  /** 类别: `urban` (城市社区) or `rural` (农村社区/村). */
  kind: CommunityKind,
  /** 模式: which of the report's four centre models (四种模式) it follows, or `other`. */
  model: CommunityModel,
  /** 所属镇(区): the town or district, e.g. `千灯镇`. */
  town: Name.optional(),
  /** 户数: households, 户籍 (registered) and 常住 (resident). */
  households: Households,
  /** 人口: population, 户籍 (registered) and 常住 (resident). */
  population: Population,
  /** 规划户数: planned households, for a new community still filling (炎武社区: 7500). */
  plannedHouseholds: Count.optional(),
  /** 规划人口: planned population (炎武社区: 1.5万). */
  plannedPopulation: Count.optional(),
  /** 社区组织: which bodies of "一支(委)一居一中心一办" the community has (absent: not reported). */
  governanceBodies: z.array(GovernanceBody).max(20).optional(),
  /** 综合治理办公室服务: the services its governance office provides ("六位一体"). */
  governanceOfficeServices: z.array(GovernanceService).max(20).optional(),
  /** 网格化服务: whether the community runs grid-based service (网格化服务模式, 服务责任区制度). */
  gridBased: z.boolean().optional(),
  /** 三位一体工作坊: whether community, property company and owners' committee consult together. */
  propertyTriad: z.boolean().optional(),
  /** 地址: the address. */
  address: Address.optional(),
  /** 位置: location (WGS84). */
  location: GeoPoint.optional(),
  /** 备注: notes, e.g. where the figures come from. */
  notes: FreeText.optional(),
});
/** 社区 / 村 — a community record. */
export type Community = z.infer<typeof Community>;
