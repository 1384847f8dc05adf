/**
 * The CLI's `check` at country scale (issue 19): grouped NDJSON files of 100,000 and 600,000 generated
 * communities, each checked by `dist/bin.js check FILE --output ndjson` in a child process (failures to a file,
 * then the summary line), with the default `--jobs` (the cores) and with `--jobs 1`: wall time and peak RSS of the
 * whole process (worker threads included), read from `/usr/bin/time`.
 *
 * The files are written by `generateNdjson` (generateDataset's records, grouped by community, seed 1).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, createWriteStream, openSync, readSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { generateNdjson } from '../src/datasets/generate.js';

/** Writes `communities` generated communities to `file` in the grouped order (`generateNdjson`); returns the lines. */
export async function writeGroupedFile(file: string, communities: number): Promise<number> {
  const out = createWriteStream(file);
  let lines = 0;
  let buffer = '';
  for (const line of generateNdjson({ communities, seed: 1 })) {
    buffer += line;
    lines++;
    if (buffer.length >= 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return lines;
}

/** One run of the built CLI: wall seconds and peak RSS (MiB) of the process, from /usr/bin/time. */
export function timeCheck(bin: string, file: string, jobs: number | undefined): { seconds: number; rssMb: number; summary: Record<string, unknown> } {
  const args = ['-f', '%e %M', process.execPath, bin, 'check', file, '--output', 'ndjson', '--no-progress', ...(jobs === undefined ? [] : ['--jobs', String(jobs)])];
  // The findings go to a file (at 600,000 communities they are longer than any string can be); the summary is its
  // last line.
  const output = `${file}.out`;
  const fd = openSync(output, 'w');
  let result;
  try {
    result = spawnSync('/usr/bin/time', args, { encoding: 'utf8', stdio: ['ignore', fd, 'pipe'], maxBuffer: 64 * 2 ** 20, env: { PATH: process.env['PATH'] ?? '' } });
  } finally {
    closeSync(fd);
  }
  const stats = result.stderr.trim().split('\n').at(-1) ?? '';
  const [seconds, kb] = stats.split(' ').map(Number);
  const last = lastLine(output);
  rmSync(output, { force: true });
  if (result.status !== 0 && result.status !== 1) throw new Error(`check failed (${String(result.status)}): ${result.stderr.slice(0, 2000)}`);
  return { seconds: seconds ?? NaN, rssMb: (kb ?? NaN) / 1024, summary: JSON.parse(last) as Record<string, unknown> };
}

/** The last line of a file (read from its end). */
function lastLine(file: string): string {
  const size = statSync(file).size;
  const length = Math.min(size, 16 * 2 ** 20);
  const buffer = Buffer.alloc(length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, length, size - length);
  } finally {
    closeSync(fd);
  }
  const text = buffer.toString('utf8').trimEnd();
  return text.slice(text.lastIndexOf('\n') + 1);
}

/** The file's size in MiB. */
export const sizeMb = (file: string) => statSync(file).size / 2 ** 20;

/**
 * Prints the section of `check` rows: 100,000 and 600,000 communities, the default `--jobs` (the cores) and
 * `--jobs 1` for 100,000 (side by side in the same run).
 */
export async function checkRows(dir: string, bin: string, machine: string): Promise<void> {
  const rows: string[] = [];
  for (const communities of [100_000, 600_000]) {
    const file = `${dir}/grouped-${communities}.ndjson`;
    console.error(`check: writing ${communities.toLocaleString('en')} communities…`);
    const lines = await writeGroupedFile(file, communities);
    for (const jobs of communities === 100_000 ? [undefined, 1] : [undefined]) {
      console.error(`check: ${communities.toLocaleString('en')} communities, --jobs ${jobs ?? 'default'}…`);
      const { seconds, rssMb, summary } = timeCheck(bin, file, jobs);
      const input = summary['input'] as { records: number; groups: number; jobs: number };
      const total = (summary['summary'] as { total: { fail: number } }).total;
      rows.push(
        `| ${communities.toLocaleString('en')} | ${lines.toLocaleString('en')} | ${sizeMb(file).toFixed(0)} MB | ${input.groups.toLocaleString('en')} | ${input.jobs} | ${seconds.toFixed(1)} | ${rssMb.toFixed(0)} MB | ${total.fail.toLocaleString('en')} |`,
      );
    }
  }
  console.log('## CLI: `check` at country scale (grouped NDJSON, streamed)\n');
  console.log(`Machine: ${machine}\n`);
  console.log('| communities | lines | file | groups | jobs | seconds | peak RSS | failures written |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) console.log(row);
  console.log('\n`dist/bin.js check FILE --output ndjson` in a child process, timed by /usr/bin/time (wall seconds, peak RSS of the process, worker threads included). Targets (issue 19): 100,000 communities < 15 s and < 1 GB; 600,000 < 60 s and < 1.5 GB.');
}
