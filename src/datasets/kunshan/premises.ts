/**
 * Synthetic premises routes and upgrade-programme figures for the Kunshan 2013 centres (paragraph 8). The report
 * gives the programme's total (3.4亿元) and its “200余” centres, not which centres nor how much each got, and no count
 * for any route: which centre took which route, its year, works and funds are invented; the funds of the chosen
 * centres add up to the report's 3.4亿元 exactly.
 *
 * @module
 */
import { allocate } from '../../money/allocate.js';
import { money } from '../../money/money.js';
import { premisesRoutes, upgradeWorksKinds } from '../../models/enums.js';
import type { ServiceCenter } from '../../models/service-center.js';
import type { Random } from '../random.js';
import { shuffled } from './exact.js';

/** Centres given an `upgrade` in the synthetic city: our figure, over the report's “200余”. */
export const UPGRADED_CENTERS = 205;

/**
 * Gives the synthetic centres a premises route (one in ten records none) and `UPGRADED_CENTERS` of them an
 * `upgrade` (a year from 2008 to 2013, new build or rebuild/extension) whose funds share out `programmeFen` in
 * proportion to their floor area (one share for a centre that reports none), so that they add up to it exactly.
 * Returns new centre objects; the input is not changed. Synthetic.
 *
 * @param random - the generator
 * @param centers - the synthetic centres
 * @param programmeFen - the programme's total, in fen (3.4亿元)
 * @returns the centres with the new fields
 * @example
 * ```ts
 * const out = addPremises(random, centers, 34_000_000_000);
 * out.filter((c) => c.upgrade !== undefined).length; //=> 205
 * ```
 */
export function addPremises(random: Random, centers: readonly ServiceCenter[], programmeFen: number): ServiceCenter[] {
  const chosen = new Set(shuffled(random, centers.map((c) => c.id)).slice(0, UPGRADED_CENTERS));
  const upgraded = centers.filter((c) => chosen.has(c.id));
  const weights = upgraded.map((c) => Math.round(c.floorArea?.total ?? [c.floorArea?.office, c.floorArea?.service, c.floorArea?.activity].reduce<number>((a, b) => a + (b ?? 0), 0)) || 1);
  const shares = allocate(money(programmeFen), weights);
  const funds = new Map(upgraded.map((c, i) => [c.id, shares[i]!.fen]));
  return centers.map((center) => {
    const route = random.chance(0.1) ? undefined : random.pick(premisesRoutes);
    const fundsFen = funds.get(center.id);
    const upgrade = fundsFen === undefined ? undefined : { year: random.int(2008, 2013), works: random.pick(upgradeWorksKinds), fundsFen };
    return { ...center, ...(route !== undefined && { premisesRoute: route }), ...(upgrade !== undefined && { upgrade }) };
  });
}
