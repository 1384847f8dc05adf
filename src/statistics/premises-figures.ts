/**
 * Service centres by the route to their premises, and those in the upgrade programme (paragraph 8).
 *
 * @module
 */
import { listArgument } from '../arguments.js';
import { premisesRoutes, type PremisesRoute } from '../models/enums.js';
import type { ServiceCenter } from '../models/service-center.js';

/** Centres by premises route, and how many record none. */
export interface PremisesRouteCounts {
  /** Centres by route, every route present (0 when none). */
  readonly byRoute: Readonly<Record<PremisesRoute, number>>;
  /** Centres that record no route. */
  readonly notReported: number;
}

/**
 * Counts service centres by the route to their premises (`premisesRoute`): “规划布点落实一批,加层扩建改造一批,房屋
 * 开发商提供一批,社区共建解决一批” (paragraph 8). The report gives no count for any route.
 *
 * @param centers - the service centre records
 * @returns the counts by route and the centres that record none
 * @throws {@link index!InvalidOptionError} when `centers` is not a list of objects
 * @example
 * ```ts
 * premisesRouteCounts([{ ...a, premisesRoute: 'co-built' }, { ...b }]);
 * //=> { byRoute: { 'planned-site': 0, extension: 0, 'developer-provided': 0, 'co-built': 1 }, notReported: 1 }
 * ```
 */
export function premisesRouteCounts(centers: readonly ServiceCenter[]): PremisesRouteCounts {
  listArgument(centers, 'centers', 'object');
  const byRoute = Object.fromEntries(premisesRoutes.map((route) => [route, 0])) as Record<PremisesRoute, number>;
  let notReported = 0;
  for (const center of centers) {
    const route = center.premisesRoute;
    if (route !== undefined && Object.prototype.hasOwnProperty.call(byRoute, route)) byRoute[route] += 1;
    else notReported += 1;
  }
  return { byRoute, notReported };
}

/**
 * How many service centres record a part in the upgrade programme (`upgrade`) — the report's “新建、改扩建城乡200余个
 * 社区服务中心” (paragraph 8).
 *
 * @param centers - the service centre records
 * @returns the number of centres with `upgrade`
 * @throws {@link index!InvalidOptionError} when `centers` is not a list of objects
 * @example
 * ```ts
 * upgradedCenters([{ ...a, upgrade: { year: 2009, works: 'new-build' } }, { ...b }]); //=> 1
 * ```
 */
export function upgradedCenters(centers: readonly ServiceCenter[]): number {
  listArgument(centers, 'centers', 'object');
  return centers.filter((center) => center.upgrade !== undefined).length;
}
