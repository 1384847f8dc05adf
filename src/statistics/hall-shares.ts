/**
 * The shares of communities with a one-stop hall, and with at least the minimum number of service items.
 *
 * @module
 */
import { functionArgument, listArgument } from '../arguments.js';
import type { Community } from '../models/community.js';
import type { ServiceCenter } from '../models/service-center.js';
import { share } from './fractions.js';
import type { Share } from './types.js';

/**
 * The share of communities served by at least one centre with a one-stop hall ("一站式"服务大厅). A community no
 * centre serves has none.
 *
 * @param communities - the communities
 * @param centersOf - the centres serving a community, by its id
 * @returns the share, over every community
 * @example
 * ```ts
 * oneStopShare([a, b], (id) => (id === 'a' ? [{ ...center, oneStopHall: true }] : [])); //=> { numerator: 1, denominator: 2, ratio: 0.5 }
 * ```
 */
export function oneStopShare(
  communities: readonly Community[],
  centersOf: (communityId: string) => readonly ServiceCenter[],
): Share {
  listArgument(communities, 'communities', 'object');
  functionArgument(centersOf, 'centersOf');
  const withHall = communities.filter((c) => centersOf(c.id).some((center) => center.oneStopHall)).length;
  return share(withHall, communities.length);
}

/**
 * The share of communities offered at least `min` distinct service items by the centres serving them (a community
 * with two centres gets the union of their items; a centre serving two communities offers its items to both).
 * The denominator is every community, as in the report's "85%的社区": a community whose centres list no items is
 * counted as not reaching `min`, and counted in `notReported` too; so is one whose list is partial
 * (`serviceItemsPartial`) and shows fewer than `min` (a partial list that shows `min` reaches it).
 *
 * @param communities - the communities
 * @param centersOf - the centres serving a community, by its id
 * @param min - the minimum number of items (`hall.minServiceItems`)
 * @returns the share, and how many communities have no items reported
 * @example
 * ```ts
 * // a is offered 20 items, b 19, c has a centre that lists none:
 * minItemsShare([a, b, c], centersOf, 20); //=> { share: { numerator: 1, denominator: 3, ratio: 0.333… }, notReported: 1 }
 * ```
 */
export function minItemsShare(
  communities: readonly Community[],
  centersOf: (communityId: string) => readonly ServiceCenter[],
  min: number,
): { share: Share; notReported: number } {
  listArgument(communities, 'communities', 'object');
  functionArgument(centersOf, 'centersOf');
  let reaching = 0;
  let notReported = 0;
  for (const community of communities) {
    const centers = centersOf(community.id);
    if (!centers.some((c) => c.serviceItemIds !== undefined)) {
      notReported += 1;
      continue;
    }
    const items = new Set(centers.flatMap((c) => c.serviceItemIds ?? []));
    if (items.size >= min) reaching += 1;
    else if (centers.some((c) => c.serviceItemIds !== undefined && c.serviceItemsPartial === true)) notReported += 1;
  }
  return { share: share(reaching, communities.length), notReported };
}
