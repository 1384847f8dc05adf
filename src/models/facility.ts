import * as z from 'zod';
import { Id, Name, SquareMetres, FreeText } from './common.js';
import { FacilityKind } from './enums.js';

/**
 * 设施 — a facility of a service centre (电子阅览室, 医务室, 篮球场, …).
 *
 * @example
 * ```ts
 * Facility.parse({ id: 'datan-clinic', kind: 'clinic', name: '医务室' });
 * ```
 */
export const Facility = z.strictObject({
  /** 编号: the facility's id. */
  id: Id,
  /** 类别: the facility kind. */
  kind: FacilityKind,
  /** 名称: its name as signed. */
  name: Name,
  /** 面积: floor area, m². */
  area: SquareMetres.optional(),
  /** 说明: description. */
  description: FreeText.optional(),
});
/** 设施 — a facility record. */
export type Facility = z.infer<typeof Facility>;
