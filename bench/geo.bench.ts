/**
 * Benchmark of the 15-minute service circle (`community-standards/geo`): the k-d tree search of
 * `serviceCircleCoverage` against a brute-force nested loop, against the method it replaced in issue 19
 * (geokdbush's best-first search, kept in bench/geo-baseline.ts), and its growth with the number of residences.
 *
 * Run: `npx tsx bench/geo.bench.ts` (self-contained: deterministic synthetic data in a Kunshan-sized box,
 * 120.75–121.15°E × 31.15–31.55°N, about 38 km × 44 km). Times are machine-dependent; read the ratios.
 *
 * The indexed timings are of the whole public function (input checks, index build, per-residence results, GeoJSON);
 * the brute force only computes distances and counts, so the ratios understate the index's advantage.
 */
import { do_not_optimize, measure } from 'mitata';
import { serviceCircleCoverage, type Residence, type ServiceSite } from '../src/geo/index.js';
import { geokdbushCoverage } from './geo-baseline.js';
import { createRandom } from '../src/datasets/random.js';

const MINUTES = [5, 10, 15];
const SPEED = 4000 / 60;
const DETOUR = 1.2;

/** The datasets' seeded generator (mulberry32), so that every run uses the same data. */
const random = (seed: number): (() => number) => createRandom(seed).next;

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

// 1. Same answer: the index and the nested loop count the same households (a middle size: 20,000 × 2,000).
{
  const homes = residences(20_000, 11);
  const places = sites(2_000, 12);
  const a = indexed(homes, places).circles.map((c) => c.households);
  const b = bruteForce(homes, places);
  const c = geokdbushCoverage(homes, places, { minutes: MINUTES, walkingSpeed: SPEED, detourFactor: DETOUR }).households;
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`index ${a.join()} ≠ brute force ${b.join()}`);
  if (JSON.stringify(a) !== JSON.stringify(c)) throw new Error(`index ${a.join()} ≠ geokdbush ${c.join()}`);
  console.log(`check 20,000 × 2,000: index, geokdbush and brute force agree (households within 5/10/15 min: ${a.join(' / ')})\n`);
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
  console.log(`  k-d tree (serviceCircleCoverage) ${fmt(indexMs).padStart(10)}`);
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

// 5. Before and after issue 19, side by side: the same 1,000,000 × 10,000 inputs, rounds alternating between the two
// (so that a busy spell of the shared machine slows both), a full GC before each run.
{
  const homes = residences(1_000_000, 4);
  const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const options = { minutes: MINUTES, walkingSpeed: SPEED, detourFactor: DETOUR };
  const cases = [
    { name: 'before: geokdbush best-first search (bench/geo-baseline.ts)', run: () => geokdbushCoverage(homes, places, options).households },
    { name: 'after: unit-vector search on the kdbush arrays (serviceCircleCoverage)', run: () => indexed(homes, places).circles.map((c) => c.households) },
  ];
  const rounds = 5;
  const times = cases.map(() => [] as number[]);
  const cpu = cases.map(() => [] as number[]);
  const answers = new Set<string>();
  for (let r = 0; r < rounds; r++) {
    cases.forEach((c, i) => {
      collect();
      const usage = process.cpuUsage();
      const start = performance.now();
      answers.add(JSON.stringify(c.run()));
      times[i]?.push(performance.now() - start);
      const used = process.cpuUsage(usage);
      cpu[i]?.push((used.user + used.system) / 1000);
    });
  }
  if (answers.size !== 1) throw new Error(`the two methods disagree: ${[...answers].join(' vs ')}`);
  const stat = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return { min: sorted[0] ?? Number.NaN, median: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN };
  };
  const [before, after] = times.map(stat);
  const [beforeCpu, afterCpu] = cpu.map(stat);
  console.log(`\n### 1,000,000 residences × 10,000 sites, before and after (issue 19), side by side\n`);
  console.log(`${rounds} alternating rounds after a full GC each; households within 5/10/15 min identical in every run: ${[...answers][0]}.`);
  console.log('CPU time is the process\'s (user + system, the collector\'s threads included).\n');
  console.log('| method | wall min | wall median | CPU median | wall median vs before |');
  console.log('|---|---:|---:|---:|---:|');
  cases.forEach((c, i) => {
    const w = [before, after][i]!;
    const u = [beforeCpu, afterCpu][i]!;
    console.log(`| ${c.name} | ${fmt(w.min)} | ${fmt(w.median)} | ${fmt(u.median)} | ${(w.median / before!.median).toFixed(2)}× |`);
  });
}
