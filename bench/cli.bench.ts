/**
 * The CLI's `validate` on generated NDJSON files of 100,000 and 1,000,000 records, each in its own child process:
 * records per second and peak memory (maxRSS), beside the floor of reading the same file and only `JSON.parse`-ing
 * each line. Peak memory must not grow with the file: NDJSON is read record by record.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeNdjsonRecords } from '../test/cli/huge-file.js';
import { machine } from './harness.js';
import { checkRows } from './cli-check.js';

const SIZES = [100_000, 1_000_000];

interface Run {
  readonly name: string;
  readonly records: number;
  readonly ms: number;
  readonly maxRssMb: number;
}

/** Runs a module body in a fresh Node process that prints `{ ms, maxRSS }` (maxRSS in KiB) as its last line. */
function child(name: string, records: number, body: string): Run {
  const script = `${body}\nprocess.stdout.write('\\n' + JSON.stringify({ ms: performance.now() - started, maxRSS: process.resourceUsage().maxRSS }) + '\\n');`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20, env: { PATH: process.env['PATH'] ?? '' } });
  if (result.status !== 0) throw new Error(`${name} failed (${String(result.status)}): ${result.stderr}`);
  const last = result.stdout.trimEnd().split('\n').at(-1) ?? '{}';
  const { ms, maxRSS } = JSON.parse(last) as { ms: number; maxRSS: number };
  return { name, records, ms, maxRssMb: maxRSS / 1024 };
}

const validate = (cli: string, file: string, records: number) => `
const { run } = await import(${JSON.stringify(pathToFileURL(cli).href)});
const started = performance.now();
let out = '';
const code = await run(['validate', ${JSON.stringify(file)}, '--output', 'json', '--no-progress'], { stdout: { write: (t) => (out += t) }, env: {} });
const totals = JSON.parse(out).totals;
if (code !== 0 || totals.valid !== ${records}) throw new Error('validate: exit ' + code + ', ' + JSON.stringify(totals));`;

const parseOnly = (file: string, records: number) => `
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
const started = performance.now();
let n = 0;
for await (const line of createInterface({ input: createReadStream(${JSON.stringify(file)}), crlfDelay: Infinity })) if (line !== '') { JSON.parse(line); n++; }
if (n !== ${records}) throw new Error('parsed ' + n);`;

const dir = mkdtempSync(join(tmpdir(), 'cs-cli-bench-'));
// The built CLI (dist/cli.js): run `npm run build` first.
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (!existsSync(cli)) throw new Error('dist/cli.js is not built: run `npm run build` first');
const rows: { floor: Run; run: Run; mb: number }[] = [];
try {
  for (const records of SIZES) {
    const file = join(dir, `records-${records}.ndjson`);
    await writeNdjsonRecords(file, records);
    const mb = statSync(file).size / 2 ** 20;
    console.error(`validate ${records.toLocaleString('en')} records (${mb.toFixed(0)} MB)…`);
    const floor = child('floor: readline + JSON.parse of each line', records, parseOnly(file, records));
    const run = child('community-standards validate', records, validate(cli, file, records));
    rows.push({ floor, run, mb });
    rmSync(file);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const perSecond = (r: Run) => Math.round(r.records / (r.ms / 1000)).toLocaleString('en');
console.log('## CLI: `validate` on generated NDJSON\n');
console.log(`Machine: ${machine()}\n`);
console.log('| case | records | file | seconds | records/s | peak RSS | time vs floor |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const { floor, run, mb } of rows) {
  for (const r of [floor, run]) {
    console.log(
      `| ${r.name} | ${r.records.toLocaleString('en')} | ${mb.toFixed(0)} MB | ${(r.ms / 1000).toFixed(2)} | ${perSecond(r)} | ${r.maxRssMb.toFixed(0)} MB | ${(r.ms / floor.ms).toFixed(2)}× |`,
    );
  }
}
const [small, large] = rows;
if (small !== undefined && large !== undefined) {
  const growth = (from: Run, to: Run) => `${from.maxRssMb.toFixed(0)} → ${to.maxRssMb.toFixed(0)} MB`;
  console.log(
    `\nPeak memory from ${small.run.records.toLocaleString('en')} to ${large.run.records.toLocaleString('en')} records ` +
      `(${(large.mb / small.mb).toFixed(1)}× the file): \`validate\` ${growth(small.run, large.run)}, the JSON.parse floor ` +
      `${growth(small.floor, large.floor)}. Records are read and forgotten one at a time; the difference is the JavaScript ` +
      'heap growing before it collects, as it does for the floor (the tests run 300,000 records in a 64 MB heap).',
  );
}

// `check` at country scale (issue 19): bench/cli-check.ts.
const checkDir = mkdtempSync(join(tmpdir(), 'cs-cli-check-bench-'));
try {
  console.log('');
  await checkRows(checkDir, fileURLToPath(new URL('../dist/bin.js', import.meta.url)), machine());
} finally {
  rmSync(checkDir, { recursive: true, force: true });
}
