/**
 * A tiny benchmark harness: median of repeated runs, side by side with a baseline, reported as ratios.
 * Timings are never asserted in tests; they are printed and written to bench/results.md.
 */
import { readFileSync } from 'node:fs';
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

/** What the machine's CPUs and this process's finished children had spent, for {@link loadNote}. */
export interface CpuSnapshot {
  /** When, in ms (performance.now()). */
  readonly at: number;
  /** CPU time spent by all cores, not idle, in ms (os.cpus()). */
  readonly machineBusyMs: number;
  /** CPU time of this process's waited-for children, in ms (Linux /proc/self/stat), or undefined elsewhere. */
  readonly childrenMs: number | undefined;
}

/** A snapshot of the CPU time spent so far (take one before and one after a benchmark's child process). */
export function cpuSnapshot(): CpuSnapshot {
  const machineBusyMs = cpus().reduce((sum, c) => sum + c.times.user + c.times.nice + c.times.sys + c.times.irq, 0);
  let childrenMs: number | undefined;
  try {
    // Fields 16 and 17 (cutime, cstime) of /proc/self/stat, in clock ticks (100 a second on Linux); the name in
    // field 2 is in parentheses and may hold spaces, so the fields are counted after its closing parenthesis.
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    const ticks = Number(fields[13]) + Number(fields[14]);
    childrenMs = Number.isFinite(ticks) ? ticks * 10 : undefined;
  } catch {
    childrenMs = undefined;
  }
  return { at: performance.now(), machineBusyMs, childrenMs };
}

/** Share of the machine's CPU time spent by other work at which a run no longer counts as taken on a quiet machine. */
export const QUIET_OTHER_SHARE = 0.1;

/**
 * Whether the machine was quiet while a benchmark ran: the CPU time all cores spent, less the benchmark's own (its
 * child process), as a share of what the cores could have given in that time.
 *
 * @example
 * ```ts
 * // 2 cores for 10 s (20 s of CPU); the machine was busy 12 s of it, the benchmark itself 10 s.
 * loadNote({ at: 0, machineBusyMs: 0, childrenMs: 0 }, { at: 10_000, machineBusyMs: 12_000, childrenMs: 10_000 }, 2);
 * //=> 'a quiet machine (other work took 10% of the 2 cores while it ran)'
 * ```
 */
export function loadNote(before: CpuSnapshot, after: CpuSnapshot, cores: number): string {
  if (before.childrenMs === undefined || after.childrenMs === undefined) return 'whether the machine was quiet not measured (no /proc/self/stat)';
  const capacity = (after.at - before.at) * cores;
  const other = Math.max(0, after.machineBusyMs - before.machineBusyMs - (after.childrenMs - before.childrenMs));
  const share = capacity > 0 ? other / capacity : 0;
  const percent = `${Math.round(share * 100)}% of the ${cores} cores while it ran`;
  return share <= QUIET_OTHER_SHARE ? `a quiet machine (other work took ${percent})` : `**with other work running** (it took ${percent})`;
}

/**
 * Puts a line saying when, on which machine and under what load a benchmark was taken under each `## ` heading of
 * its output, so that every section of bench/results.md carries its own (sections are rerun and pasted in one at a
 * time, on whatever machine the session has).
 *
 * @example
 * ```ts
 * stampSections('## A\n\n| x |\n', 'Taken on 2026-12-05 — … — a quiet machine.');
 * //=> '## A\n\nTaken on 2026-12-05 — … — a quiet machine.\n\n| x |\n'
 * ```
 */
export function stampSections(output: string, stamp: string): string {
  return output.replace(/^(## [^\n]*)\n+/gm, (_, heading: string) => `${heading}\n\n${stamp}\n\n`);
}
