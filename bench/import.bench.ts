/**
 * Cold import: how long a fresh Node.js process takes to import an entry of the built package, side by side with
 * importing zod alone (the one dependency every entry needs). Each sample is a new process, so nothing is cached
 * in memory; the rounds interleave the cases, so a busy spell of the machine slows every case alike. Needs
 * `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { machine } from './harness.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const ROUNDS = 15;

interface ImportCase {
  readonly name: string;
  /** A script that imports something and prints how many milliseconds the import took. */
  readonly script: string;
  readonly type: 'module' | 'commonjs';
}

const esm = (name: string, specifier: string): ImportCase => ({
  name,
  type: 'module',
  script: `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`,
});
const cjs = (name: string, specifier: string): ImportCase => ({
  name,
  type: 'commonjs',
  script: `const t = performance.now(); require(${JSON.stringify(specifier)}); console.log(performance.now() - t);`,
});

const cases: readonly ImportCase[] = [
  esm('baseline: zod alone (ESM)', 'zod'),
  esm('community-standards (ESM)', 'community-standards'),
  cjs('community-standards (CJS)', 'community-standards'),
  esm('main entry, one file per module (what bundlers get)', './dist/esm/index.js'),
  esm('community-standards/time (ESM)', 'community-standards/time'),
  esm('community-standards/geo (ESM)', 'community-standards/geo'),
  esm('community-standards/interop (ESM)', 'community-standards/interop'),
  esm('community-standards/datasets (ESM)', 'community-standards/datasets'),
];

/** One sample: a fresh process that imports and reports the milliseconds. */
function sample(c: ImportCase): number {
  const flag = c.type === 'module' ? '--input-type=module' : '--input-type=commonjs';
  const out = execFileSync(process.execPath, [flag, '-e', c.script], { cwd: root, encoding: 'utf8' });
  return Number(out.trim());
}

if (!existsSync(`${root}dist/esm/index.js`)) throw new Error('dist/ is not built: run `npm run build` first');
const times = cases.map(() => [] as number[]);
for (const c of cases) sample(c); // warm the file system cache once
for (let r = 0; r < ROUNDS; r++) cases.forEach((c, i) => times[i]?.push(sample(c)));

const stats = times.map((t) => {
  const sorted = [...t].sort((a, b) => a - b);
  return { min: sorted[0] ?? Number.NaN, median: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN };
});
const base = stats[0] ?? { min: Number.NaN, median: Number.NaN };
const lines = [
  `## Cold import of the built entries (fresh process each, ${ROUNDS} rounds, interleaved)`,
  '',
  `Machine: ${machine()}`,
  '',
  '| case | min ms | median ms | min vs zod | median vs zod |',
  '|---|---:|---:|---:|---:|',
  ...cases.map((c, i) => {
    const s = stats[i] ?? base;
    return `| ${c.name} | ${s.min.toFixed(1)} | ${s.median.toFixed(1)} | ${(s.min / base.min).toFixed(2)}× | ${(s.median / base.median).toFixed(2)}× |`;
  }),
  '',
  'Aim: the main entry ≤ 2× zod alone (issue 15).',
];
console.log(lines.join('\n'));
