/**
 * Benchmark of `matchNeeds` (`community-standards/matching`): 100,000 needs × 5,000 providers (4,000 listings and
 * 1,000 volunteers) in 308 communities of a Kunshan-sized box (120.75–121.15°E × 31.15–31.55°N), with a distance of
 * 720 m, weekly hours on half of the records and eligibility groups on a fifth of the providers. Side by side in the
 * same run: the floor (reading and validating the records and building the candidate pairs, no solving) and a
 * greedy baseline on the same pairs (each need, in priority order, takes the nearest provider with room) — which
 * shows what optimality costs in time and what it gains in needs met and distance.
 *
 * Run: `npm run bench -- matching` (deterministic synthetic data). Times are machine-dependent; read the ratios.
 */
import { matchNeeds, type NeedsMatching } from '../src/matching/index.js';
import { findCandidates } from '../src/matching/candidates.js';
import { readNeeds, readProviders } from '../src/matching/read.js';
import { serviceCategories, targetGroups, weekdays } from '../src/models/enums.js';
import { machine } from './harness.js';
import { createRandom } from '../src/datasets/random.js';

const NEEDS = 100_000;
const LISTINGS = 4_000;
const VOLUNTEERS = 1_000;
const COMMUNITIES = 308;
const MAX_DISTANCE = 720;
const PRIORITY = [['entitled-groups', 'low-income', 'minors', 'elderly']] as const;

/** The datasets' seeded generator (mulberry32), so that every run uses the same data. */
const random = (seed: number): (() => number) => createRandom(seed).next;

const next = random(20);
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
const centres = Array.from({ length: COMMUNITIES }, () => ({ lon: 120.75 + 0.4 * next(), lat: 31.15 + 0.4 * next() }));
/** A point within about 1 km of a community's centre. */
const near = (c: number) => ({ lon: centres[c]!.lon + (next() - 0.5) * 0.02, lat: centres[c]!.lat + (next() - 0.5) * 0.018 });
const hours = () => {
  const day = pick(weekdays);
  const from = 8 + Math.floor(next() * 10);
  return [{ day, opens: `${String(from).padStart(2, '0')}:00`, closes: `${String(from + 2).padStart(2, '0')}:00` }];
};
const weekdaysHours = () => weekdays.slice(0, 5).map((day) => ({ day, opens: '08:30', closes: '17:30' }));

const needs = Array.from({ length: NEEDS }, (_, i) => {
  const c = Math.floor(next() * COMMUNITIES);
  return {
    id: `n${i}`,
    communityId: `c${c}`,
    title: '需求',
    category: pick(serviceCategories),
    ...(next() < 0.7 ? { targetGroup: pick(targetGroups) } : {}),
    location: near(c),
    ...(next() < 0.5 ? { schedule: hours() } : {}),
  };
});
const provider = (c: number) => ({
  categories: [...new Set([pick(serviceCategories), pick(serviceCategories), pick(serviceCategories)])],
  location: near(c),
  capacity: 10 + Math.floor(next() * 30),
  ...(next() < 0.5 ? { schedule: weekdaysHours() } : {}),
  ...(next() < 0.2 ? { eligibleGroups: [pick(targetGroups), pick(targetGroups)].filter((g, k, all) => all.indexOf(g) === k) } : {}),
});
const providerListings = Array.from({ length: LISTINGS }, (_, i) => {
  const c = Math.floor(next() * COMMUNITIES);
  // 1% city-wide (no communityIds); the others serve their own community and up to two more.
  const communityIds = [...new Set([c, Math.floor(next() * COMMUNITIES), Math.floor(next() * COMMUNITIES)].slice(0, 1 + Math.floor(next() * 3)))].map((k) => `c${k}`);
  return { id: `p${i}`, name: '组织', ...(next() < 0.01 ? {} : { communityIds }), ...provider(c) };
});
const volunteers = Array.from({ length: VOLUNTEERS }, (_, i) => {
  const c = Math.floor(next() * COMMUNITIES);
  return { id: `v${i}`, name: '志愿者', communityId: `c${c}`, ...provider(c), capacity: 1 + Math.floor(next() * 3) };
});
const providers = { providerListings, volunteers };

/** The floor: reading, validating and the candidate pairs, as `matchNeeds` does them, without solving. */
function floor(): number {
  const issues: never[] = [];
  const n = readNeeds(needs, 'zh-CN', issues);
  const p = readProviders(providers, 'zh-CN', issues);
  return findCandidates(n.records, p.records, { maxDistanceMetres: MAX_DISTANCE }).target.length;
}

/** The greedy baseline: the floor, then each need in priority order takes its nearest candidate with room. */
function greedy(): { met: number; distance: number } {
  const issues: never[] = [];
  const n = readNeeds(needs, 'zh-CN', issues);
  const p = readProviders(providers, 'zh-CN', issues);
  const c = findCandidates(n.records, p.records, { maxDistanceMetres: MAX_DISTANCE });
  const prioritised = new Set<string>(PRIORITY[0]);
  const order = n.records.map((_, k) => k).sort((a, b) => Number(!prioritised.has(n.records[a]!.targetGroup ?? '')) - Number(!prioritised.has(n.records[b]!.targetGroup ?? '')) || a - b);
  const load = new Float64Array(p.records.length);
  let met = 0;
  let distance = 0;
  for (const k of order) {
    let best = -1;
    for (let e = c.start[k]!; e < c.start[k + 1]!; e++) {
      const q = c.target[e]!;
      if (load[q]! < p.records[q]!.capacity && (best < 0 || c.cost[e]! < c.cost[best]!)) best = e;
    }
    if (best < 0) continue;
    load[c.target[best]!]!++;
    met++;
    distance += c.cost[best]!;
  }
  return { met, distance };
}

function time<T>(fn: () => T): { ms: number; value: T } {
  (globalThis as { gc?: () => void }).gc?.();
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

const runs = 1;
const rows: { floor: number[]; greedy: number[]; match: number[] } = { floor: [], greedy: [], match: [] };
let pairs = 0;
let greedyResult = { met: 0, distance: 0 };
let result: NeedsMatching | undefined;
let peak = 0;
for (let r = 0; r < runs; r++) {
  const f = time(floor);
  rows.floor.push(f.ms);
  pairs = f.value;
  const g = time(greedy);
  rows.greedy.push(g.ms);
  greedyResult = g.value;
  const m = time(() => matchNeeds(needs, providers, { priorityGroups: PRIORITY.map((t) => [...t]), maxDistanceMetres: MAX_DISTANCE }));
  rows.match.push(m.ms);
  result = m.value;
  peak = Math.max(peak, process.memoryUsage().rss);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const base = median(rows.floor);
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });
const row = (name: string, ms: number, met: number | string, distance: number | string) =>
  `| ${name} | ${fmt(ms)} | ${(ms / base).toFixed(2)}× | ${typeof met === 'number' ? fmt(met) : met} | ${typeof distance === 'number' ? fmt(distance / 1000) : distance} |`;
const out = [
  `## Matching needs to providers (\`matchNeeds\`, bench/matching.bench.ts)`,
  '',
  `${fmt(NEEDS)} needs × ${fmt(LISTINGS + VOLUNTEERS)} providers (${fmt(LISTINGS)} listings, ${fmt(VOLUNTEERS)} volunteers), ${COMMUNITIES} communities, ${MAX_DISTANCE} m; ${fmt(pairs)} candidate pairs. ${runs === 1 ? "One run" : `Median of ${runs} runs`} — ${machine()}; peak RSS ${fmt(peak / 2 ** 20)} MB.`,
  '',
  '| case | median ms | time vs floor | needs met | km in all |',
  '|---|---:|---:|---:|---:|',
  row('floor: read, validate, build the candidate pairs', base, '—', '—'),
  row('greedy: nearest provider with room, priority groups first', median(rows.greedy), greedyResult.met, greedyResult.distance),
  row('matchNeeds (optimal)', median(rows.match), result!.summary.met, result!.summary.distanceMetres),
  '',
  `Priority groups met: matchNeeds ${fmt(result!.summary.tiers[0]!.met)} of ${fmt(result!.summary.tiers[0]!.needs)}.`,
];
console.log(out.join('\n'));
