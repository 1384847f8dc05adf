/**
 * `check` on a generated dataset of 10,000 communities, next to a baseline of plain zod parsing of the same
 * records, as a ratio (records per second).
 */
import { generateDataset } from '../src/datasets/generate.js';
import { check, Dataset, validateDataset } from '../src/index.js';
import { machine, measure, table } from './harness.js';

const COMMUNITIES = 10_000;
const dataset = generateDataset({ communities: COMMUNITIES, seed: 1 });
const records = Object.values(dataset).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);

const rows = [
  measure('baseline: plain zod Dataset.safeParse', records, () => Dataset.safeParse(dataset)),
  measure('validateDataset', records, () => validateDataset(dataset)),
  measure('check (validate + every rule)', records, () => check(dataset, { asOf: '2013-06-30' }), 3),
];

console.log(`## check on ${COMMUNITIES.toLocaleString('en')} generated communities (${records.toLocaleString('en')} records)\n`);
console.log(`Machine: ${machine()}\n`);
console.log(table(rows));
