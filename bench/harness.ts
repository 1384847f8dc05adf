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

/** Runs `fn` `runs` times after one warm-up and returns the median time. */
export function measure(name: string, items: number, fn: () => unknown, runs = 5): Measurement {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const medianMs = times[Math.floor(times.length / 2)] ?? Number.NaN;
  return { name, medianMs, items, perSecond: items / (medianMs / 1000) };
}

/** Formats measurements as a Markdown table with each row's ratio to the first (the baseline). */
export function table(rows: readonly Measurement[]): string {
  const base = rows[0];
  const lines = ['| case | items | median ms | items/s | time vs baseline |', '|---|---:|---:|---:|---:|'];
  for (const r of rows) {
    const ratio = base === undefined ? 1 : r.medianMs / base.medianMs;
    lines.push(`| ${r.name} | ${r.items.toLocaleString('en')} | ${r.medianMs.toFixed(1)} | ${Math.round(r.perSecond).toLocaleString('en')} | ${ratio.toFixed(2)}× |`);
  }
  return lines.join('\n');
}

/** One line describing the machine, for the results file. */
export function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `Node ${process.version}, ${arch()}, ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB`;
}
