/**
 * The candidate pairs of `matchNeeds`: for each need, the providers that pass, in turn, category, place,
 * eligibility and schedule — found through indexes (by category and community, and a k-d tree of locations), so
 * that only pairs that can be made are ever built. A need none passes gets the code of the test that left none.
 *
 * @module
 */
import { haversineMetres } from '../geo/distance.js';
import { KDBush } from '../geo/vendor.js';
import type { UnmetCode } from './messages.js';
import type { ReadNeed, ReadProvider } from './records.js';
import { overlaps } from './schedule.js';

/** Metres per degree of latitude on the sphere of `haversineMetres` (2πR / 360), a little generous for the bounding box. */
const METRES_PER_DEGREE = 111_194;

/** The candidate pairs in CSR layout, the pairs' distances, and each need's reason when it has none. */
export interface Candidates {
  /** Candidates of need `n` (position in the needs read): `start[n]` to `start[n + 1]`. */
  readonly start: Int32Array;
  /** Provider (position in the providers read) of each pair. */
  readonly target: Int32Array;
  /** Cost of each pair: great-circle distance rounded to the metre where both have a location, else 0. */
  readonly cost: Float64Array;
  /** Whether each pair's distance is known (both have a location). */
  readonly measured: Uint8Array;
  /** For a need with no candidate: why (the first test that left none); `undefined` otherwise. */
  readonly reason: readonly (UnmetCode | undefined)[];
}

/** Options of {@link findCandidates}. */
export interface CandidateOptions {
  /** Great-circle distance (whole metres) within which a provider with a location reaches a need with one; absent: by community only. */
  readonly maxDistanceMetres?: number | undefined;
}

interface SpatialIndex {
  readonly tree: KDBush;
  readonly providers: readonly number[];
}

/**
 * Builds the candidate pairs. A provider reaches a need when it offers the need's category and either serves the
 * need's community (or every community) or, when both have a location and `maxDistanceMetres` is given, lies
 * within that great-circle distance. It must then serve the need's group (when it names groups, a need that names
 * none is not served) and, when both give weekly hours, share at least a minute of them.
 *
 * @param needs - the needs read
 * @param providers - the providers read
 * @param options - the distance
 * @returns the pairs, their distances, and each need's reason when it has none
 * @example
 * ```ts
 * const c = findCandidates([need], [provider], {});
 * c.start[1] - c.start[0]; //=> 1 (one candidate)
 * ```
 */
export function findCandidates(needs: readonly ReadNeed[], providers: readonly ReadProvider[], options: CandidateOptions): Candidates {
  const byCategory = new Map<string, number[]>();
  const byCategoryCommunity = new Map<string, number[]>();
  const cityWide = new Map<string, number[]>();
  const located = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, p: number): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [p]);
    else list.push(p);
  };
  providers.forEach((provider, p) => {
    for (const category of new Set(provider.categories)) {
      push(byCategory, category, p);
      if (provider.communities === undefined) push(cityWide, category, p);
      else for (const community of new Set(provider.communities)) push(byCategoryCommunity, `${category}\u0000${community}`, p);
      if (provider.location !== undefined) push(located, category, p);
    }
  });
  const maxDistance = options.maxDistanceMetres;
  const spatial = new Map<string, SpatialIndex>();
  if (maxDistance !== undefined) {
    for (const [category, list] of located) {
      const tree = new KDBush(list.length);
      for (const p of list) tree.add(providers[p]!.location!.lon, providers[p]!.location!.lat);
      tree.finish();
      spatial.set(category, { tree, providers: list });
    }
  }

  const start = new Int32Array(needs.length + 1);
  const target: number[] = [];
  const cost: number[] = [];
  const measured: number[] = [];
  const reason: (UnmetCode | undefined)[] = [];
  const stamp = new Int32Array(providers.length).fill(-1);
  const placed: number[] = [];

  needs.forEach((need, n) => {
    start[n] = target.length;
    const offered = byCategory.get(need.category);
    if (offered === undefined) {
      reason.push('no-provider-for-category');
      return;
    }
    placed.length = 0;
    const add = (p: number): void => {
      if (stamp[p] === n) return;
      stamp[p] = n;
      placed.push(p);
    };
    for (const p of byCategoryCommunity.get(`${need.category}\u0000${need.communityId}`) ?? []) add(p);
    for (const p of cityWide.get(need.category) ?? []) add(p);
    const index = spatial.get(need.category);
    if (index !== undefined && need.location !== undefined && maxDistance !== undefined) {
      const { lon, lat } = need.location;
      for (const i of withinBox(index.tree, lon, lat, maxDistance + 1)) {
        const p = index.providers[i]!;
        const at = providers[p]!.location!;
        if (Math.round(haversineMetres(lon, lat, at.lon, at.lat)) <= maxDistance) add(p);
      }
    }
    if (placed.length === 0) {
      reason.push('out-of-reach');
      return;
    }
    placed.sort((a, b) => a - b);
    let eligible = 0;
    for (const p of placed) {
      const provider = providers[p]!;
      const groups = provider.eligibleGroups;
      if (groups !== undefined && (need.targetGroup === undefined || !groups.includes(need.targetGroup))) continue;
      eligible++;
      if (need.schedule !== undefined && provider.schedule !== undefined && !overlaps(need.schedule, provider.schedule)) continue;
      target.push(p);
      if (need.location !== undefined && provider.location !== undefined) {
        cost.push(Math.round(haversineMetres(need.location.lon, need.location.lat, provider.location.lon, provider.location.lat)));
        measured.push(1);
      } else {
        cost.push(0);
        measured.push(0);
      }
    }
    reason.push(target.length > start[n]! ? undefined : eligible === 0 ? 'not-eligible' : 'no-common-time');
  });
  start[needs.length] = target.length;
  return { start, target: Int32Array.from(target), cost: Float64Array.from(cost), measured: Uint8Array.from(measured), reason };
}

/** The k-d tree entries within a lon/lat box around a point that holds every point within `metres` (antimeridian included). */
function withinBox(tree: KDBush, lon: number, lat: number, metres: number): number[] {
  const dLat = metres / METRES_PER_DEGREE;
  const minLat = Math.max(-90, lat - dLat);
  const maxLat = Math.min(90, lat + dLat);
  const cos = Math.cos((Math.max(Math.abs(minLat), Math.abs(maxLat)) * Math.PI) / 180);
  const dLon = cos <= dLat / 180 ? 180 : Math.min(180, dLat / cos);
  if (dLon >= 180) return tree.range(-180, minLat, 180, maxLat);
  const out = tree.range(Math.max(-180, lon - dLon), minLat, Math.min(180, lon + dLon), maxLat);
  if (lon - dLon < -180) out.push(...tree.range(lon - dLon + 360, minLat, 180, maxLat));
  if (lon + dLon > 180) out.push(...tree.range(-180, minLat, lon + dLon - 360, maxLat));
  return out;
}
