/**
 * Validation throughput: `validateRecord` and `validateDataset` side by side with plain zod parsing of the same
 * shapes (`recordModels[kind].safeParse`, `Dataset.safeParse` — the floor the library builds on) and with Ajv
 * (draft 2020-12 + ajv-formats) running the shipped JSON Schemas (schemas/*.json). Reported as ratios; the aim is
 * an overhead over plain zod of at most 1.3×.
 *
 * Run alone: `npx tsx bench/validation.bench.ts` (or `npm run bench -- validation`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { generateDataset } from '../src/datasets/generate.js';
import { Dataset, recordModels, validateDataset, validateRecord, type RecordKind } from '../src/index.js';
import { datasetKeys } from '../src/models/index.js';
import { fastAcceptsDataset } from '../src/validation/fast-path.js';
import { interleaved, machine, table, type Measurement } from './harness.js';

const COMMUNITIES = 10_000;
const RUNS = 7;
// Round-tripped through JSON, as records read from a file are: plain objects and flat strings.
const dataset = JSON.parse(JSON.stringify(generateDataset({ communities: COMMUNITIES, seed: 1 }))) as Record<string, unknown>;
const records = Object.values(dataset).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);

// The shipped schemas, each compiled once.
const schemaDir = fileURLToPath(new URL('../schemas/', import.meta.url));
const ajv = new Ajv2020({ strict: true, allErrors: false });
addFormats(ajv);
const ajvValidators = new Map<string, (data: unknown) => boolean>();
for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.json') && f !== 'index.json')) {
  const schema = JSON.parse(readFileSync(`${schemaDir}${file}`, 'utf8')) as Record<string, unknown>;
  ajvValidators.set(file.replace(/\.json$/, ''), ajv.compile(schema));
}
const ajvFor = (name: string): ((data: unknown) => boolean) => {
  const v = ajvValidators.get(name);
  if (v === undefined) throw new Error(`no schema ${name}.json`);
  return v;
};

// Sanity: every verdict agrees before anything is timed (a fast validator that rejects everything is no use).
if (!Dataset.safeParse(dataset).success || !validateDataset(dataset).ok || !ajvFor('dataset')(dataset)) {
  throw new Error('the generated dataset must be valid for zod, validateDataset and Ajv alike');
}

let sink = 0;
const out: string[] = [];
out.push(`## Validation: the library against plain zod and Ajv\n`);
out.push(`Machine: ${machine()}\n`);
out.push(
  `Records from \`generateDataset({ communities: ${COMMUNITIES.toLocaleString('en')}, seed: 1 })\`, round-tripped through JSON as if read from a file: ${records.toLocaleString('en')} records in all. ` +
    `Median of ${RUNS} interleaved rounds (every case once per round, a full GC before each) after a warm-up. "time vs baseline" is each row's time over the first row's (plain zod): ` +
    `the library's overhead. Ajv runs the JSON Schemas shipped in \`schemas/\` (which cannot express the cross-field ` +
    `refinements and the cross-record checks, so it does less work).\n`,
);

// --- whole dataset
const wholeRows: Measurement[] = interleaved(
  [
    { name: 'plain zod: `Dataset.safeParse`', items: records, fn: () => (sink += Dataset.safeParse(dataset).success ? 1 : 0) },
    { name: '**`validateDataset`** (shape + cross-record checks)', items: records, fn: () => (sink += validateDataset(dataset).ok ? 1 : 0) },
    { name: 'Ajv: `dataset.json`', items: records, fn: () => (sink += ajvFor('dataset')(dataset) ? 1 : 0) },
    { name: 'the compiled validators alone (`src/validation/compiled.ts` + refinements; no cross-record checks)', items: records, fn: () => (sink += fastAcceptsDataset(dataset) ? 1 : 0) },
  ],
  RUNS,
);
out.push(`### A whole valid dataset\n\n${table(wholeRows, 'records')}\n`);

// --- one record at a time, per kind
const kinds: RecordKind[] = ['community', 'serviceCenter', 'staffMember', 'facility', 'grid', 'plaque'];
const perKind: string[] = [
  '| kind | records | plain zod records/s | `validateRecord` records/s | overhead vs zod | Ajv records/s | Ajv vs zod |',
  '|---|---:|---:|---:|---:|---:|---:|',
];
let zodTotal = 0;
let libTotal = 0;
for (const kind of kinds) {
  const list = (dataset as Record<string, unknown[] | undefined>)[datasetKeys[kind]] ?? [];
  const model = recordModels[kind];
  const check = ajvFor(kind);
  const [zod, lib, viaAjv] = interleaved(
    [
      {
        name: 'zod',
        items: list.length,
        fn: () => {
          for (const r of list) sink += model.safeParse(r).success ? 1 : 0;
        },
      },
      {
        name: 'validateRecord',
        items: list.length,
        fn: () => {
          for (const r of list) sink += validateRecord(kind, r).ok ? 1 : 0;
        },
      },
      {
        name: 'ajv',
        items: list.length,
        fn: () => {
          for (const r of list) sink += check(r) ? 1 : 0;
        },
      },
    ],
    RUNS,
  ) as [Measurement, Measurement, Measurement];
  zodTotal += zod.medianMs;
  libTotal += lib.medianMs;
  const f = (n: number) => Math.round(n).toLocaleString('en');
  perKind.push(
    `| ${kind} | ${list.length.toLocaleString('en')} | ${f(zod.perSecond)} | ${f(lib.perSecond)} | ${(lib.medianMs / zod.medianMs).toFixed(2)}× | ${f(viaAjv.perSecond)} | ${(viaAjv.medianMs / zod.medianMs).toFixed(2)}× |`,
  );
}
out.push(`### One record at a time (\`validateRecord(kind, record)\`)\n\n${perKind.join('\n')}\n\nAll six kinds together: \`validateRecord\` takes ${(libTotal / zodTotal).toFixed(2)}× the time of plain zod.\n`);

// --- a dataset with bad records: the slow path (record by record, so that one bad record costs only itself)
const broken = structuredClone(dataset) as Record<string, unknown[]>;
const staff = broken['staffMembers'] ?? [];
for (let i = 0; i < staff.length; i += 100) (staff[i] as Record<string, unknown>)['fullTime'] = 'yes'; // 1% bad
const brokenRows: Measurement[] = interleaved(
  [
    { name: 'plain zod: `Dataset.safeParse` (fails; no partial result)', items: records, fn: () => (sink += Dataset.safeParse(broken).success ? 1 : 0) },
    { name: '**`validateDataset`** (issues with paths + the valid records as `partial`)', items: records, fn: () => (sink += validateDataset(broken).ok ? 1 : 0) },
    { name: 'Ajv: `dataset.json` (`allErrors: false`, stops at the first)', items: records, fn: () => (sink += ajvFor('dataset')(broken) ? 1 : 0) },
  ],
  RUNS,
);
const issues = validateDataset(broken).issues.length;
out.push(
  `### A dataset with 1% bad staff records (${issues.toLocaleString('en')} issues)\n\n${table(brokenRows, 'records')}\n\n` +
    'On failure `validateDataset` revalidates record by record so that it can report every bad record and return the good ones; ' +
    'plain zod and Ajv only say "invalid".\n',
);

console.log(out.join('\n'));
if (sink < 0) console.log(sink);
