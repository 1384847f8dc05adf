/**
 * Nearest-site search over a static spatial index. The sites are kd-sorted by `kdbush` (a static k-d tree over
 * longitude and latitude); the search runs on kdbush's own arrays with each site as a unit vector on the sphere,
 * comparing squared chord lengths — plain arithmetic, no trigonometry per visited site — and bounding each node
 * of the tree by the 3-D box of its sites' unit vectors, which holds across the antimeridian and at the poles.
 * Building costs O(m log m) for m sites; a query visits O(log m) nodes on typical data and allocates nothing.
 *
 * Why chords: for two points on the unit sphere at central angle θ, the chord between them has length
 * c = 2 sin(θ/2), so c² = 4 sin²(θ/2) = 4 hav θ = 2 (1 − cos θ) (the haversine identity; e.g. Sinnott, "Virtues of
 * the Haversine", Sky & Telescope 68(2), 1984, p. 159). c grows with θ on [0, π], so the site with the shortest
 * chord is the site with the shortest great-circle distance. The distance itself is then computed once, by the
 * same haversine formula as everywhere else ({@link haversineMetres}).
 *
 * Exactness: rounding can order two almost equidistant sites differently by chord and by haversine. The search
 * therefore keeps every site whose squared chord is within {@link CHORD2_TOLERANCE} of the smallest (far above
 * the rounding error of either formula), and of those returns the one with the smallest haversine distance (the
 * first in input order on a tie). The result is the minimum of `haversineMetres` over all sites — bit for bit what
 * a brute-force loop computes — so a residence exactly at a threshold is counted exactly as brute force counts it.
 *
 * @module
 */
import { listArgument } from '../arguments.js';
import { haversineMetres } from './distance.js';
import { KDBush } from './vendor.js';

/** A point that can be indexed: longitude and latitude in degrees. */
export interface LonLat {
  /** Longitude, degrees. */
  readonly lon: number;
  /** Latitude, degrees. */
  readonly lat: number;
}

/** A static index of sites, built once by {@link indexSites} and queried by {@link nearestSite}. */
export interface SiteIndex {
  /** The k-d tree (kdbush): `tree.ids[i]` is the input position of the site at tree position `i`. */
  readonly tree: KDBush;
  /** How many sites it holds. */
  readonly size: number;
  /** Unit vectors of the sites, `x, y, z` at `3i` for tree position `i`. */
  readonly vectors: Float64Array;
  /** The sites' coordinates by input position, `lon, lat` at `2p` (for the final haversine distance). */
  readonly lonLat: Float64Array;
  /** Per tree node (numbered as a heap: root 0, children 2k + 1 and 2k + 2), the 3-D box of its unit vectors: minX, minY, minZ, maxX, maxY, maxZ at `6k`. */
  readonly boxes: Float64Array;
  /** Scratch for the search: a stack of nodes and the near-tie candidates (reused by every query). */
  readonly scratch: { readonly stack: Float64Array; readonly candidates: number[] };
}

/** The nearest site of a point, written by {@link nearestSite}. */
export interface Nearest {
  /** The site's position in the array given to {@link indexSites}. */
  position: number;
  /** The great-circle distance to it, metres ({@link haversineMetres}). */
  metres: number;
}

/**
 * The slack, in squared-chord units of the unit sphere (c² = 4 hav θ), within which two sites count as a near tie
 * and are both measured by haversine. Either formula's rounding error is below 1e-14 in these units (a few ulps of
 * numbers at most 4), so 1e-13 cannot lose the true nearest site; at 1 km it admits sites up to 2 mm farther.
 *
 * @example
 * ```ts
 * // Two sites 1 km and 1 km + 1 mm away: both within the tolerance, so both are measured by haversine.
 * (1000.001 / 6_371_008.8) ** 2 - (1000 / 6_371_008.8) ** 2 < CHORD2_TOLERANCE; //=> true
 * ```
 */
export const CHORD2_TOLERANCE = 1e-13;

const RAD = Math.PI / 180;
/** Sites per leaf of the k-d tree. */
const NODE_SIZE = 16;
/** Stack slots per node: heap number, first and last tree position, lower bound. */
const SLOT = 4;

/**
 * Builds the spatial index of some sites; `undefined` when there are none.
 *
 * @param sites - the sites (read only, never changed)
 * @returns the index; a query returns positions in `sites`
 * @example
 * ```ts
 * const index = indexSites([{ lon: 121, lat: 31 }, { lon: 121.01, lat: 31 }]);
 * index?.size; //=> 2
 * ```
 */
export function indexSites(sites: readonly LonLat[]): SiteIndex | undefined {
  listArgument(sites, 'sites', 'object');
  const size = sites.length;
  if (size === 0) return undefined;
  const tree = new KDBush(size, NODE_SIZE);
  const lonLat = new Float64Array(2 * size);
  sites.forEach((site, p) => {
    tree.add(site.lon, site.lat);
    lonLat[2 * p] = site.lon;
    lonLat[2 * p + 1] = site.lat;
  });
  tree.finish();
  const vectors = new Float64Array(3 * size);
  for (let i = 0; i < size; i++) {
    const p = tree.ids[i] as number;
    unitVector(lonLat[2 * p] as number, lonLat[2 * p + 1] as number, vectors, 3 * i);
  }
  const nodeSize = tree.nodeSize;
  // The heap numbers of kdbush's nodes: the same split as its sort (middle m = (left + right) >> 1, leaves of at
  // most nodeSize + 1 sites), so the boxes line up with the kd-sorted arrays.
  let depth = 0;
  for (let length = size; length > nodeSize + 1; length = Math.ceil((length - 1) / 2)) depth++;
  const boxes = new Float64Array(6 * (2 ** (depth + 1) - 1));
  fillBox(vectors, boxes, nodeSize, 0, 0, size - 1);
  return { tree, size, vectors, lonLat, boxes, scratch: { stack: new Float64Array(SLOT * (depth + 2)), candidates: [] } };
}

/**
 * Finds the site nearest to a point by great-circle distance (exact: see the module notes) and writes its
 * position and distance into `out`. Allocates nothing.
 *
 * @param index - the index
 * @param lon - the point's longitude, degrees
 * @param lat - the point's latitude, degrees
 * @param out - where to write the answer (returned)
 * @returns `out`
 * @example
 * ```ts
 * const index = indexSites([{ lon: 121, lat: 31 }, { lon: 121.01, lat: 31 }])!;
 * nearestSite(index, 121.009, 31, { position: -1, metres: 0 }); //=> { position: 1, metres: 95.3… }
 * ```
 */
export function nearestSite(index: SiteIndex, lon: number, lat: number, out: Nearest): Nearest {
  const { tree, vectors, boxes, scratch, lonLat } = index;
  const { stack, candidates } = scratch;
  const nodeSize = tree.nodeSize;
  const coords = tree.coords;
  const cosLat = Math.cos(lat * RAD);
  const qx = cosLat * Math.cos(lon * RAD);
  const qy = cosLat * Math.sin(lon * RAD);
  const qz = Math.sin(lat * RAD);

  let best = Number.POSITIVE_INFINITY;
  let limit = Number.POSITIVE_INFINITY;
  candidates.length = 0;
  // Depth first over an explicit stack (heap number, first and last tree position, lower bound); no closures,
  // nothing allocated in the loop.
  let top = 0;
  stack[0] = 0;
  stack[1] = 0;
  stack[2] = index.size - 1;
  stack[3] = 0;
  top = SLOT;
  while (top > 0) {
    top -= SLOT;
    if ((stack[top + 3] as number) > limit) continue;
    const k = stack[top] as number;
    const left = stack[top + 1] as number;
    const right = stack[top + 2] as number;
    const leaf = right - left <= nodeSize;
    const m = (left + right) >> 1;
    for (let i = leaf ? left : m, last = leaf ? right : m; i <= last; i++) {
      const d = chord2(vectors, i, qx, qy, qz);
      if (d > limit) continue;
      if (d < best) {
        best = d;
        limit = d + CHORD2_TOLERANCE;
      }
      candidates.push(i, d);
    }
    if (leaf) continue;
    const bl = boxChord2(boxes, 2 * k + 1, qx, qy, qz);
    const br = boxChord2(boxes, 2 * k + 2, qx, qy, qz);
    // The child on the query's side of kdbush's split (longitude at even depths, latitude at odd ones) goes on top
    // of the stack and is searched first, so that the limit shrinks early.
    const axis = (31 - Math.clz32(k + 1)) & 1;
    const nearFirst = (axis === 0 ? lon : lat) < (coords[2 * m + axis] as number);
    const far = nearFirst ? br : bl;
    const near = nearFirst ? bl : br;
    if (far <= limit) {
      stack[top] = nearFirst ? 2 * k + 2 : 2 * k + 1;
      stack[top + 1] = nearFirst ? m + 1 : left;
      stack[top + 2] = nearFirst ? right : m - 1;
      stack[top + 3] = far;
      top += SLOT;
    }
    if (near <= limit) {
      stack[top] = nearFirst ? 2 * k + 1 : 2 * k + 2;
      stack[top + 1] = nearFirst ? left : m + 1;
      stack[top + 2] = nearFirst ? m - 1 : right;
      stack[top + 3] = near;
      top += SLOT;
    }
  }

  // Every site within the tolerance of the shortest chord, measured by haversine: the smallest wins.
  let position = -1;
  let metres = Number.POSITIVE_INFINITY;
  for (let c = 0; c < candidates.length; c += 2) {
    if ((candidates[c + 1] as number) > limit) continue;
    const p = tree.ids[candidates[c] as number] as number;
    const d = haversineMetres(lon, lat, lonLat[2 * p] as number, lonLat[2 * p + 1] as number);
    if (d < metres || (d === metres && p < position)) {
      metres = d;
      position = p;
    }
  }
  out.position = position;
  out.metres = metres;
  return out;
}

/** The squared chord from the unit vector (qx, qy, qz) to the site at tree position `i`. */
function chord2(vectors: Float64Array, i: number, qx: number, qy: number, qz: number): number {
  const dx = (vectors[3 * i] as number) - qx;
  const dy = (vectors[3 * i + 1] as number) - qy;
  const dz = (vectors[3 * i + 2] as number) - qz;
  return dx * dx + dy * dy + dz * dz;
}

/**
 * A lower bound of the squared chord from (qx, qy, qz) to any site of heap node `k`: the squared distance to the
 * node's 3-D box (0 inside it). Every site of the node is in the box, and a chord is a straight segment.
 */
function boxChord2(boxes: Float64Array, k: number, qx: number, qy: number, qz: number): number {
  const b = 6 * k;
  const ex = Math.max((boxes[b] as number) - qx, 0, qx - (boxes[b + 3] as number));
  const ey = Math.max((boxes[b + 1] as number) - qy, 0, qy - (boxes[b + 4] as number));
  const ez = Math.max((boxes[b + 2] as number) - qz, 0, qz - (boxes[b + 5] as number));
  return ex * ex + ey * ey + ez * ez;
}

/** Writes the unit vector of (lon, lat) at `into[at…at + 2]`. */
function unitVector(lon: number, lat: number, into: Float64Array, at: number): void {
  const cosLat = Math.cos(lat * RAD);
  into[at] = cosLat * Math.cos(lon * RAD);
  into[at + 1] = cosLat * Math.sin(lon * RAD);
  into[at + 2] = Math.sin(lat * RAD);
}

/** Fills the box of heap node `k` (tree positions left…right) and of its descendants. */
function fillBox(vectors: Float64Array, boxes: Float64Array, nodeSize: number, k: number, left: number, right: number): void {
  const b = 6 * k;
  boxes.fill(Number.POSITIVE_INFINITY, b, b + 3);
  boxes.fill(Number.NEGATIVE_INFINITY, b + 3, b + 6);
  const leaf = right - left <= nodeSize;
  const m = (left + right) >> 1;
  if (!leaf) {
    fillBox(vectors, boxes, nodeSize, 2 * k + 1, left, m - 1);
    fillBox(vectors, boxes, nodeSize, 2 * k + 2, m + 1, right);
  }
  // A leaf's sites; an inner node's middle site and its two children's boxes.
  for (let i = leaf ? left : m, last = leaf ? right : m; i <= last; i++) growBox(boxes, b, vectors, 3 * i, 3 * i);
  if (!leaf) {
    growBox(boxes, b, boxes, 6 * (2 * k + 1), 6 * (2 * k + 1) + 3);
    growBox(boxes, b, boxes, 6 * (2 * k + 2), 6 * (2 * k + 2) + 3);
  }
}

/** Widens the box at `boxes[b…b + 5]` to take in the point (or box corners) at `from[low…low + 2]` and `from[high…high + 2]`. */
function growBox(boxes: Float64Array, b: number, from: Float64Array, low: number, high: number): void {
  for (let axis = 0; axis < 3; axis++) {
    const lo = from[low + axis] as number;
    const hi = from[high + axis] as number;
    if (lo < (boxes[b + axis] as number)) boxes[b + axis] = lo;
    if (hi > (boxes[b + 3 + axis] as number)) boxes[b + 3 + axis] = hi;
  }
}
