import { describe, expect, it } from 'vitest';
import { minItemsShare } from '../../src/statistics/index.js';
import { type Community, type ServiceCenter } from '../../src/index.js';

const community = (id: string): Community => ({ id, name: id, kind: 'urban', households: {}, population: {} }) as Community;
const center = (id: string, serviceItemIds: string[] | undefined, partial?: boolean): ServiceCenter =>
  ({
    id,
    name: id,
    kind: 'urban-community-service-center',
    communityIds: [id],
    oneStopHall: true,
    ...(serviceItemIds !== undefined && { serviceItemIds }),
    ...(partial !== undefined && { serviceItemsPartial: partial }),
  }) as ServiceCenter;
const n = (k: number) => Array.from({ length: k }, (_, i) => `i${i}`);

describe('minItemsShare with partial lists', () => {
  it('counts a partial list of 20 as reaching, and a partial list of 3 as not reaching and not fully reported', () => {
    // a: complete 20 → reaching; b: partial 20 → reaching; c: partial 3 → unknown; d: complete 3 → not reaching;
    // e: no list → unknown. Reaching 2 of 5; not reported: c and e.
    const centers: Record<string, ServiceCenter> = {
      a: center('a', n(20)),
      b: center('b', n(20), true),
      c: center('c', n(3), true),
      d: center('d', n(3), false),
      e: center('e', undefined),
    };
    const result = minItemsShare(['a', 'b', 'c', 'd', 'e'].map(community), (id) => [centers[id]!], 20);
    expect(result).toEqual({ share: { numerator: 2, denominator: 5, ratio: 0.4 }, notReported: 2 });
  });
});
