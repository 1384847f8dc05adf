/**
 * `check` on a generated dataset of 10,000 communities, next to a baseline of plain zod parsing of the same
 * records, as a ratio (records per second), interleaved (every case once per round) so that the machine's load
 * falls on every row alike. `check` keeps every finding (the default), the failures only, or none with every
 * finding streamed to `onFinding` as an NDJSON line (what the CLI writes).
 */
import { generateDataset } from '../src/datasets/generate.js';
import { check, Dataset, validateDataset } from '../src/index.js';
import { interleaved, machine, table } from './harness.js';

const COMMUNITIES = 10_000;
// Round-tripped through JSON, as if read from a file: no object shared between records.
const dataset = JSON.parse(JSON.stringify(generateDataset({ communities: COMMUNITIES, seed: 1 }))) as Dataset;
const records = Object.values(dataset).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
const asOf = '2013-06-30';
let bytes = 0;
let streamedRuns = 0;

const rows = interleaved(
  [
    { name: 'baseline: plain zod Dataset.safeParse', items: records, fn: () => Dataset.safeParse(dataset) },
    { name: 'validateDataset', items: records, fn: () => validateDataset(dataset) },
    { name: "check, findings: 'all' (default)", items: records, fn: () => check(dataset, { asOf }) },
    { name: "check, findings: 'failures'", items: records, fn: () => check(dataset, { asOf, findings: 'failures' }) },
    { name: "check, findings: 'none' (counts only)", items: records, fn: () => check(dataset, { asOf, findings: 'none' }) },
    {
      name: "check, findings: 'none', every finding to onFinding as an NDJSON line",
      items: records,
      fn: () => {
        streamedRuns++;
        return check(dataset, { asOf, findings: 'none', onFinding: (f) => (bytes += JSON.stringify(f).length + 1) });
      },
    },
  ],
  5,
);
const zod = rows[0]!.medianMs;

console.log(`## check on ${COMMUNITIES.toLocaleString('en')} generated communities (${records.toLocaleString('en')} records)\n`);
console.log(`Machine: ${machine()}\n`);
console.log(table(rows));
console.log();
console.log('| case | µs per community | time vs plain zod |');
console.log('|---|---:|---:|');
for (const r of rows.slice(2)) console.log(`| ${r.name} | ${((r.medianMs * 1000) / COMMUNITIES).toFixed(0)} | ${(r.medianMs / zod).toFixed(2)}× |`);
console.log(`\nNDJSON written per run (findings of every outcome): ${(bytes / streamedRuns / 2 ** 20).toFixed(0)} MB.`);
