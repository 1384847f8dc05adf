/**
 * A dataset written as grouped NDJSON (docs/scale.md): the `meta` and the service-item catalogue first, then each
 * community's segment — its record, the centres whose community that comes last in the input it is with their facilities, and its staff,
 * grids and plaques. Used by the scale tests and the CLI benchmark until the streaming generator lands.
 */
import type { Dataset } from '../src/models/dataset.js';
import { NDJSON_KIND_KEY } from '../src/datasets/ndjson.js';

/** The lines (no line ends) of a dataset in grouped order. */
export function* groupedLines(dataset: Dataset): Generator<string> {
  const line = (kind: string, record: object) => JSON.stringify({ [NDJSON_KIND_KEY]: kind, ...record });
  if (dataset.meta !== undefined) yield JSON.stringify({ [NDJSON_KIND_KEY]: 'meta', ...dataset.meta });
  for (const item of dataset.serviceItems ?? []) yield line('serviceItem', item);
  const facilities = new Map((dataset.facilities ?? []).map((f) => [f.id, f]));
  const byCommunity = <T extends { communityId?: string }>(list: readonly T[] | undefined) => {
    const map = new Map<string, T[]>();
    for (const r of list ?? []) if (r.communityId !== undefined) (map.get(r.communityId) ?? map.set(r.communityId, []).get(r.communityId)!).push(r);
    return map;
  };
  const centres = new Map<string, NonNullable<Dataset['serviceCenters']>[number][]>();
  const position = new Map((dataset.communities ?? []).map((c, i) => [c.id, i]));
  for (const c of dataset.serviceCenters ?? []) {
    // The segment of the community that comes last in the input.
    const last = [...c.communityIds].sort((a, b) => (position.get(a) ?? -1) - (position.get(b) ?? -1)).pop() ?? '';
    (centres.get(last) ?? centres.set(last, []).get(last)!).push(c);
  }
  const staff = byCommunity(dataset.staffMembers);
  const grids = byCommunity(dataset.grids);
  const plaques = byCommunity(dataset.plaques);
  for (const community of dataset.communities ?? []) {
    yield line('community', community);
    for (const centre of centres.get(community.id) ?? []) {
      yield line('serviceCenter', centre);
      for (const id of centre.facilityIds ?? []) {
        const facility = facilities.get(id);
        if (facility !== undefined) yield line('facility', facility);
      }
    }
    for (const r of grids.get(community.id) ?? []) yield line('grid', r);
    for (const r of staff.get(community.id) ?? []) yield line('staffMember', r);
    for (const r of plaques.get(community.id) ?? []) yield line('plaque', r);
  }
}
