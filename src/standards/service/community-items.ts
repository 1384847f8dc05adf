/**
 * What a community is offered through the centres that serve it.
 *
 * @module
 */
import type { RuleContext } from '../../engine/types.js';
import type { Community } from '../../models/community.js';
import type { ServiceItem } from '../../models/service-item.js';

/** The items offered to a community, and whether the list is partial. */
export interface CommunityItems {
  /** The distinct items, in the order first listed. */
  readonly items: ServiceItem[];
  /** Whether some centre serving it lists only some of its items (`serviceItemsPartial`): the items are a lower bound. */
  readonly partial: boolean;
}

/**
 * The distinct service items offered to a community by all the centres that serve it (a community with two
 * centres gets the union; a centre serving two communities offers its items to both). `undefined` when no
 * centre serving it reports its items — unknown, not zero. `partial` when a centre's list is partial.
 *
 * @param community - the community
 * @param context - the rule context
 * @returns the items, in the order first listed, and whether the list is partial; or `undefined`
 * @example
 * ```ts
 * communityItems(jinghe, context)?.items.map((i) => i.name); //=> ['水电服务', '城管服务', '计划生育服务']
 * communityItems(jinghe, context)?.partial; //=> true
 * ```
 */
export function communityItems(community: Community, context: RuleContext): CommunityItems | undefined {
  const centers = context.data.byCommunity('serviceCenter', community.id);
  if (!centers.some((c) => c.serviceItemIds !== undefined)) return undefined;
  const seen = new Set<string>();
  const items: ServiceItem[] = [];
  let partial = false;
  for (const center of centers) {
    if (center.serviceItemIds !== undefined && center.serviceItemsPartial === true) partial = true;
    for (const id of center.serviceItemIds ?? []) {
      if (seen.has(id)) continue;
      seen.add(id);
      const item = context.data.get('serviceItem', id);
      if (item !== undefined) items.push(item);
    }
  }
  return { items, partial };
}
