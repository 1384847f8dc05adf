/**
 * The average office, service and activity space of communities (办公、服务、活动用房平均面积), by kind.
 *
 * @module
 */
import { functionArgument, listArgument, objectArgument } from '../arguments.js';
import type { Community } from '../models/community.js';
import type { CommunityKind } from '../models/enums.js';
import type { ServiceCenter } from '../models/service-center.js';
import { average } from './fractions.js';
import type { Average } from './types.js';

/**
 * A centre's floor area for office, service and activity use: `floorArea.total` when given, or else the sum of
 * the office, service and activity space given. The site area (`siteArea`, 占地面积) is not floor area.
 *
 * @param center - the centre
 * @returns the area in m², or `undefined` when the centre reports none
 * @example
 * ```ts
 * centerFloorArea({ ...lishe, floorArea: { total: 500 } }); //=> 500
 * centerFloorArea({ ...center, floorArea: { office: 200, activity: 900 } }); //=> 1100
 * centerFloorArea({ ...jinghe, siteArea: 1000 }); //=> undefined
 * ```
 */
export function centerFloorArea(center: ServiceCenter): number | undefined {
  objectArgument(center, 'center');
  const area = center.floorArea;
  if (area === undefined) return undefined;
  if (area.total !== undefined) return area.total;
  const parts = [area.office, area.service, area.activity].filter((x): x is number => x !== undefined);
  return parts.length === 0 ? undefined : parts.reduce((a, b) => a + b, 0);
}

/**
 * The average space of the communities of one kind. A community's space is the sum, over the centres serving it,
 * of the centre's floor area divided equally among the distinct communities the centre serves (a centre shared by
 * two communities counts half to each, so every square metre is counted once). A community is left out — counted in
 * `notReported` — when no centre serves it or a centre serving it reports no floor area. When every community is
 * counted, the average is simply the centres' total floor area over the number of communities.
 *
 * @param communities - the communities (any kinds; only `kind` are averaged)
 * @param centersOf - the centres serving a community, by its id
 * @param kind - `urban` or `rural`
 * @returns the average, and how many communities of the kind were left out
 * @example
 * ```ts
 * // a: centre X (1000 m², serves a and b); b: X and Y (600 m², serves b only):
 * communitySpace([a, b], centersOf, 'urban');
 * //=> { average: { total: 1600, count: 2, value: 800 }, notReported: 0 } — a has 500, b has 500 + 600
 * ```
 */
export function communitySpace(
  communities: readonly Community[],
  centersOf: (communityId: string) => readonly ServiceCenter[],
  kind: CommunityKind,
): { average: Average; notReported: number } {
  listArgument(communities, 'communities', 'object');
  functionArgument(centersOf, 'centersOf');
  let total = 0;
  let count = 0;
  let notReported = 0;
  for (const community of communities) {
    if (community.kind !== kind) continue;
    const centers = centersOf(community.id);
    let space = 0;
    let known = centers.length > 0;
    for (const center of centers) {
      const area = centerFloorArea(center);
      if (area === undefined) {
        known = false;
        break;
      }
      space += area / new Set(center.communityIds).size;
    }
    if (known) {
      total += space;
      count += 1;
    } else notReported += 1;
  }
  return { average: average(total, count), notReported };
}
