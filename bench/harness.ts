/**
 * A tiny benchmark harness: median of repeated runs, side by side with a baseline, reported as ratios.
 * Timings are never asserted in tests; they are printed and written to bench/results.md.
 */
import { arch, cpus, totalmem } from 'node:os';

export interface Measurement {
  name: string;
  medianMs: number;
  items: number;
  perSecond: number;
}

/** A full garbage collection when the process runs with `--expose-gc` (as `npm run bench` runs every bench). */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/**
 * Runs `fn` `runs` times after one warm-up and returns the median time. Each run starts after a full GC (when
 * exposed), so that a run does not pay for the garbage of the one before.
 */
export function measure(name: string, items: number, fn: () => unknown, runs = 5): Measurement {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const medianMs = times[Math.floor(times.length / 2)] ?? Number.NaN;
  return { name, medianMs, items, perSecond: items / (medianMs / 1000) };
}

/** One case of {@link interleaved}. */
export interface Case {
  readonly name: string;
  readonly items: number;
  readonly fn: () => unknown;
}

/**
 * Measures several cases side by side: one warm-up each, then `runs` rounds that run every case once in turn,
 * and the median per case. Interleaving makes the ratios robust to a machine whose load changes during the
 * benchmark (a shared CI runner): a slow spell slows every case of a round, not only the one that happened to run.
 *
 * @param cases - the cases, baseline first
 * @param runs - rounds
 * @returns one measurement per case, in order
 */
export function interleaved(cases: readonly Case[], runs = 7): Measurement[] {
  for (const c of cases) c.fn();
  const times = cases.map(() => [] as number[]);
  for (let r = 0; r < runs; r++) {
    cases.forEach((c, i) => {
      collect();
      const start = performance.now();
      c.fn();
      times[i]?.push(performance.now() - start);
    });
  }
  return cases.map((c, i) => {
    const sorted = (times[i] ?? []).sort((a, b) => a - b);
    const medianMs = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
    return { name: c.name, medianMs, items: c.items, perSecond: c.items / (medianMs / 1000) };
  });
}

/**
 * Formats measurements as a Markdown table with each row's ratio to the first (the baseline), time per item.
 *
 * @param rows - the measurements, baseline first
 * @param unit - what the items are (`records`, `calls`…), for the column heads
 */
export function table(rows: readonly Measurement[], unit = 'items'): string {
  const base = rows[0];
  const lines = [`| case | ${unit} | median ms | ${unit}/s | time vs baseline |`, '|---|---:|---:|---:|---:|'];
  for (const r of rows) {
    // Per item, so that rows timed over different numbers of items compare fairly.
    const ratio = base === undefined ? 1 : r.medianMs / r.items / (base.medianMs / base.items);
    lines.push(`| ${r.name} | ${r.items.toLocaleString('en')} | ${r.medianMs.toFixed(1)} | ${Math.round(r.perSecond).toLocaleString('en')} | ${ratio.toFixed(2)}× |`);
  }
  return lines.join('\n');
}

/** One line describing the machine, for the results file. */
export function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `Node ${process.version}, ${arch()}, ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB`;
}
