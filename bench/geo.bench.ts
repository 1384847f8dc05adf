/**
 * Benchmark of the 15-minute service circle (`community-standards/geo`): the k-d tree search of
 * `serviceCircleCoverage` against a brute-force nested loop, and its growth with the number of residences.
 *
 * Run: `npx tsx bench/geo.bench.ts` (self-contained: deterministic synthetic data in a Kunshan-sized box,
 * 120.75–121.15°E × 31.15–31.55°N, about 38 km × 44 km). Times are machine-dependent; read the ratios.
 *
 * The indexed timings are of the whole public function (input checks, index build, per-residence results, GeoJSON);
 * the brute force only computes distances and counts, so the ratios understate the index's advantage.
 */
import { do_not_optimize, measure } from 'mitata';
import { serviceCircleCoverage, type Residence, type ServiceSite } from '../src/geo/index.js';

const MINUTES = [5, 10, 15];
const SPEED = 4000 / 60;
const DETOUR = 1.2;

/** mulberry32: a small deterministic PRNG, so that every run uses the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function residences(n: number, seed: number): Residence[] {
  const next = random(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: `r${i}`,
    location: { lon: 120.75 + 0.4 * next(), lat: 31.15 + 0.4 * next() },
    households: Math.floor(next() * 200),
  }));
}

function sites(m: number, seed: number): ServiceSite[] {
  const next = random(seed);
  return Array.from({ length: m }, (_, i) => ({ id: `s${i}`, location: { lon: 120.75 + 0.4 * next(), lat: 31.15 + 0.4 * next() } }));
}

/** The reference: every residence against every site (haversine, mean radius), households counted per threshold. */
function bruteForce(homes: readonly Residence[], places: readonly ServiceSite[]): number[] {
  const rad = Math.PI / 180;
  const within = MINUTES.map(() => 0);
  for (const home of homes) {
    let best = Number.POSITIVE_INFINITY;
    const lat1 = home.location.lat * rad;
    const cos1 = Math.cos(lat1);
    for (const place of places) {
      const lat2 = place.location.lat * rad;
      const sinDLat = Math.sin((lat2 - lat1) / 2);
      const sinDLon = Math.sin(((place.location.lon - home.location.lon) * rad) / 2);
      const h = sinDLat * sinDLat + cos1 * Math.cos(lat2) * sinDLon * sinDLon;
      if (h < best) best = h;
    }
    const walk = (2 * 6_371_008.8 * Math.asin(Math.sqrt(Math.min(1, best))) * DETOUR) / SPEED;
    MINUTES.forEach((m, k) => {
      if (walk <= m) within[k] = (within[k] ?? 0) + home.households;
    });
  }
  return within;
}

const indexed = (homes: readonly Residence[], places: readonly ServiceSite[]) =>
  serviceCircleCoverage(homes, places, { minutes: MINUTES, walkingSpeed: SPEED, detourFactor: DETOUR });

/**
 * Best wall time in milliseconds of `samples` runs (mitata's `measure`). The best run, not the median: on a shared
 * machine the other runs mostly measure the neighbours.
 */
async function bestMs(fn: () => unknown, samples: number): Promise<number> {
  const stats = await measure(() => do_not_optimize(fn()), { min_samples: samples, max_samples: samples, min_cpu_time: 0 });
  return stats.min / 1e6;
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

// 1. Same answer: the index and the nested loop count the same households.
{
  const homes = residences(5_000, 11);
  const places = sites(500, 12);
  const a = indexed(homes, places).circles.map((c) => c.households);
  const b = bruteForce(homes, places);
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`index ${a.join()} ≠ brute force ${b.join()}`);
  console.log(`check 5,000 × 500: index and brute force agree (households within 5/10/15 min: ${a.join(' / ')})\n`);
}

// 2. Index vs brute force on the same smaller inputs: 10,000 residences and 1,000 or 10,000 sites.
const smallHomes = residences(10_000, 1);
let nsPerPair = 0;
for (const m of [1_000, 10_000]) {
  const smallPlaces = sites(m, 2);
  const bruteMs = await bestMs(() => bruteForce(smallHomes, smallPlaces), m > 1_000 ? 3 : 5);
  const indexMs = await bestMs(() => indexed(smallHomes, smallPlaces), 10);
  nsPerPair = (bruteMs * 1e6) / (10_000 * m);
  console.log(`10,000 residences × ${m.toLocaleString('en')} sites (best of ${m > 1_000 ? 3 : 5} / 10 runs)`);
  console.log(`  brute force (nested loop)  ${fmt(bruteMs).padStart(10)}`);
  console.log(`  k-d tree (geokdbush)       ${fmt(indexMs).padStart(10)}`);
  console.log(`  ratio brute / index        ${(bruteMs / indexMs).toFixed(1).padStart(8)}×\n`);
}

// 3. Growth with the number of residences, 10,000 sites.
const places = sites(10_000, 3);
const rows: Array<{ n: number; ms: number }> = [];
for (const [n, samples] of [
  [10_000, 10],
  [100_000, 5],
  [1_000_000, 3],
] as const) {
  const homes = residences(n, 4);
  rows.push({ n, ms: await bestMs(() => indexed(homes, places), samples) });
}
const base = rows[0]!;
const nlogn = (n: number) => n * Math.log2(n);
console.log('k-d tree, 10,000 sites: time against residences n (best of 10 / 5 / 3 runs)');
console.log('         n        time   µs/residence   time ratio   n ratio   n·log n ratio');
for (const { n, ms } of rows) {
  console.log(
    `${n.toLocaleString('en').padStart(10)}  ${fmt(ms).padStart(10)}  ${((ms * 1000) / n).toFixed(2).padStart(13)}  ` +
      `${(ms / base.ms).toFixed(1).padStart(11)}  ${(n / base.n).toFixed(0).padStart(8)}  ${(nlogn(n) / nlogn(base.n)).toFixed(1).padStart(14)}`,
  );
}

// 4. The full-size case next to brute force, extrapolated from its cost per residence–site pair at 10,000 × 10,000.
const big = rows[rows.length - 1]!;
const bruteBigMs = (nsPerPair * 1_000_000 * 10_000) / 1e6;
console.log('\n1,000,000 residences × 10,000 sites');
console.log(`  k-d tree (measured)                    ${fmt(big.ms).padStart(10)}`);
console.log(`  brute force (${nsPerPair.toFixed(1)} ns/pair × 10¹⁰ pairs)  ${fmt(bruteBigMs).padStart(10)}`);
console.log(`  ratio brute / index                    ${(bruteBigMs / big.ms).toFixed(0).padStart(8)}×`);
