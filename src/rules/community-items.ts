/**
 * What a community is offered through the centres that serve it.
 *
 * @module
 */
import type { RuleContext } from '../engine/types.js';
import type { Community } from '../models/community.js';
import type { ServiceItem } from '../models/service-item.js';

/**
 * The distinct service items offered to a community by all the centres that serve it (a community with two
 * centres gets the union; a centre serving two communities offers its items to both). `undefined` when no
 * centre serving it reports its items — unknown, not zero.
 *
 * @param community - the community
 * @param context - the rule context
 * @returns the items, in the order first listed, or `undefined`
 * @example
 * ```ts
 * communityItems(jinghe, context)?.map((i) => i.name); //=> ['水电服务', '城管服务', '计划生育服务']
 * ```
 */
export function communityItems(community: Community, context: RuleContext): ServiceItem[] | undefined {
  const centers = context.data.byCommunity('serviceCenter', community.id);
  if (!centers.some((c) => c.serviceItemIds !== undefined)) return undefined;
  const seen = new Set<string>();
  const items: ServiceItem[] = [];
  for (const center of centers) {
    for (const id of center.serviceItemIds ?? []) {
      if (seen.has(id)) continue;
      seen.add(id);
      const item = context.data.get('serviceItem', id);
      if (item !== undefined) items.push(item);
    }
  }
  return items;
}
