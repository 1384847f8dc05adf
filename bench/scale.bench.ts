/**
 * End to end at scale: `check` on `generateDataset` with 1,000, 10,000 and 100,000 communities — time and peak
 * memory — to show how the cost grows (it should be linear: the per-community cost stays flat).
 *
 * Each size runs in its own child process (this file, with `child <size>`), so that one size's heap does not
 * colour the next one's memory figures; the children run with `--expose-gc` and a larger heap.
 *
 * Run alone: `npx tsx bench/scale.bench.ts` (or `npm run bench -- scale`).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SIZES = [1_000, 10_000, 100_000];
/** What each size's `check` keeps: every finding (the default), then the failures only (what a country-wide run keeps). */
const MODES = ['all', 'failures'] as const;
type Mode = (typeof MODES)[number];
const HEAP_MB = 12_288;

/** What a child reports for one size. */
interface SizeResult {
  communities: number;
  mode: Mode;
  records: number;
  findings: number;
  generateMs: number;
  validateMs: number;
  checkMs: number;
  checkMinMs: number;
  checkMaxMs: number;
  checkRuns: number;
  warmUps: number;
  /** Heap in use with the dataset loaded (after a full GC). */
  datasetHeapMb: number;
  /** Resident set size before `check`, with the dataset loaded. */
  rssBeforeCheckMb: number;
  /** Peak resident set size of the whole process (getrusage maxRSS). */
  peakRssMb: number;
  /** Heap in use after `check` with its report still referenced (after a full GC). */
  reportHeapMb: number;
}

const mb = (bytes: number) => bytes / 2 ** 20;

async function child(communities: number, mode: Mode): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const { generateDataset } = await import('../src/datasets/generate.js');
  const { check, validateDataset } = await import('../src/index.js');

  let start = performance.now();
  const dataset = generateDataset({ communities, seed: 1 });
  const generateMs = performance.now() - start;
  const records = Object.values(dataset).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
  gc();
  const datasetHeapMb = mb(process.memoryUsage().heapUsed);

  start = performance.now();
  const validation = validateDataset(dataset);
  const validateMs = performance.now() - start;
  if (!validation.ok) throw new Error('generated dataset must be valid');
  gc();

  // Smaller sizes warm the JIT up first; 100,000 is long enough to warm up within its first run. Each size takes
  // the median of several runs (a shared machine's load varies; the spread is reported too).
  const warmUps = communities <= 1_000 ? 5 : communities <= 10_000 ? 1 : 0;
  const runs = communities <= 1_000 ? 5 : communities <= 10_000 ? 3 : mode === 'all' ? 1 : 3;
  for (let i = 0; i < warmUps; i++) check(dataset, { asOf: '2013-06-30', findings: mode });
  gc();
  const rssBeforeCheckMb = mb(process.memoryUsage().rss);
  const times: number[] = [];
  let report: ReturnType<typeof check> | undefined;
  for (let i = 0; i < runs; i++) {
    report = undefined;
    gc();
    start = performance.now();
    report = check(dataset, { asOf: '2013-06-30', findings: mode });
    times.push(performance.now() - start);
  }
  if (report === undefined) throw new Error('no run');
  times.sort((a, b) => a - b);
  gc();
  const result: SizeResult = {
    communities,
    mode,
    records,
    findings: report.summary.total.pass + report.summary.total.fail + report.summary.total.notApplicable,
    generateMs,
    validateMs,
    checkMs: times[Math.floor(times.length / 2)] ?? Number.NaN,
    checkMinMs: times[0] ?? Number.NaN,
    checkMaxMs: times[times.length - 1] ?? Number.NaN,
    checkRuns: runs,
    warmUps,
    datasetHeapMb,
    rssBeforeCheckMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    reportHeapMb: mb(process.memoryUsage().heapUsed),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function parent(): void {
  const file = fileURLToPath(import.meta.url);
  const results: SizeResult[] = [];
  for (const size of SIZES) for (const mode of MODES) {
    console.error(`  scale: ${size.toLocaleString('en')} communities, findings: ${mode}…`);
    const out = execFileSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--expose-gc', '--import', 'tsx', file, 'child', String(size), mode], {
      encoding: 'utf8',
      maxBuffer: 16 * 2 ** 20,
    });
    results.push(JSON.parse(out.trim().split('\n').pop() ?? '{}') as SizeResult);
  }
  const baseOf = (mode: Mode) => results.find((r) => r.mode === mode);
  const f0 = (n: number) => Math.round(n).toLocaleString('en');
  const f1 = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const lines = [
    '## End to end: `check` on generated datasets of growing size\n',
    '`generateDataset({ communities: n, seed: 1 })`, then `check(dataset, { asOf: \'2013-06-30\', findings })` with every rule of the registry, ' +
      "keeping every finding (`'all'`, the default) or the failures only (`'failures'`; the counts are the same). " +
      `Each size in its own process (\`--max-old-space-size=${HEAP_MB} --expose-gc\`); \`check\` is the median of ` +
      `${results.map((r) => `${r.checkRuns} runs after ${r.warmUps} warm-up${r.warmUps === 1 ? '' : 's'} (${r.communities.toLocaleString('en')})`).join(', ')}; ` +
      'the validateDataset column is one cold run. ' +
      'Linear growth shows as a flat "µs per community" column and a "vs 1,000" ratio near 1.00×.\n',
    '| communities | findings kept | records | findings counted | generate ms | validateDataset ms | check ms (min–max) | check µs per community | vs 1,000 | check records/s |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    const perCommunity = (r.checkMs * 1000) / r.communities;
    const base = baseOf(r.mode);
    const basePer = base === undefined ? perCommunity : (base.checkMs * 1000) / base.communities;
    lines.push(
      `| ${f0(r.communities)} | ${r.mode} | ${f0(r.records)} | ${f0(r.findings)} | ${f0(r.generateMs)} | ${f0(r.validateMs)} | ${f0(r.checkMs)} (${f0(r.checkMinMs)}–${f0(r.checkMaxMs)}) | ${f1(perCommunity)} | ${(perCommunity / basePer).toFixed(2)}× | ${f0(r.records / (r.checkMs / 1000))} |`,
    );
  }
  lines.push(
    '',
    '| communities | findings kept | heap with the dataset (MB) | heap with dataset + report (MB) | RSS before check (MB) | peak RSS (MB) | peak RSS per added community (KB) |',
    '|---:|---|---:|---:|---:|---:|---:|',
  );
  results.forEach((r) => {
    const previous = results.filter((p) => p.mode === r.mode && p.communities < r.communities).at(-1);
    const marginal = previous === undefined ? '—' : f1(((r.peakRssMb - previous.peakRssMb) * 1024) / (r.communities - previous.communities));
    lines.push(`| ${f0(r.communities)} | ${r.mode} | ${f0(r.datasetHeapMb)} | ${f0(r.reportHeapMb)} | ${f0(r.rssBeforeCheckMb)} | ${f0(r.peakRssMb)} | ${marginal} |`);
  });
  lines.push(
    '',
    'Heap figures are `process.memoryUsage().heapUsed` after a full GC; peak RSS is `process.resourceUsage().maxRSS` of the child ' +
      '(the whole process: Node, tsx, the dataset, validation and the report); "per added community" is the growth in peak RSS from the ' +
      'previous size, divided by the communities added — the fixed cost of the process left out. The report keeps one finding per rule ' +
      'and subject (with the parameters used and their citations), so it is larger than the dataset.',
    '',
    'Where the per-community cost rises at 100,000 communities, it is garbage collection: a CPU profile of `check` (taken by hand with ' +
      '`--cpu-prof`) puts the collector at about a quarter of the samples with 10,000 communities and close to half with 100,000, ' +
      'where the dataset and a report of 2.6 million findings hold over 2 GB of heap. Of the library\'s own code, only the id maps that ' +
      '`validateDataset` builds (Maps of up to 800,000 ids) grow faster than the data (1.6% of the samples → 4.5%).',
  );
  console.log(lines.join('\n'));
}

if (process.argv[2] === 'child') await child(Number(process.argv[3]), process.argv[4] === 'failures' ? 'failures' : 'all');
else parent();
