import { defineConfig, type Options } from 'tsup';

/**
 * Entries that run anywhere (browsers, workers, Deno, Node): no Node built-ins.
 *
 * The build layout was chosen by measurement (`npm run bench -- import`, bench/results.md):
 *
 * - **Node.js ESM** (`import` condition): one bundle per entry with shared chunks, `dist/<name>.js`. Loading the
 *   ~160 modules of the per-module layout made a cold `import('community-standards')` about twice as slow as the
 *   bundle (both side by side with zod alone in bench/results.md).
 * - **Bundlers** (`module` condition, which webpack, Rollup, Vite and esbuild honour and Node.js ignores): one file
 *   per source module under `dist/esm/` (as date-fns does), so that with `"sideEffects": false` an application keeps
 *   only the modules it imports — importing `communityWorkFunds` alone leaves out the rules, the holiday data and
 *   the geo code (test/package/tree-shake.test.ts). A bundled entry cannot be tree-shaken that finely (its zod
 *   schemas and rule objects are top-level calls a bundler must keep).
 * - **CJS** (`require` condition): one bundle per entry, `dist/<name>.cjs`.
 * - Type declarations are bundled per entry: `dist/<name>.d.ts` and `dist/<name>.d.cts`.
 *
 * Dependencies: zod, date-fns, @date-fns/tz, chinese-days, csv-parse, exceljs and fflate are runtime dependencies,
 * imported by every layout (exceljs through its browser build, `exceljs/dist/exceljs.bare.min.js`: see src/xlsx/vendor.ts). kdbush is ESM-only and small: every layout bundles it (src/geo/vendor.ts), so
 * that ESM and CJS agree and the CJS build loads on every Node.js 20 release. string-width (ESM-only; the text
 * renderer of `community-standards/report` and the CLI use it) is bundled the same way (src/report/vendor.ts). Their licence notices are in THIRD_PARTY_NOTICES.md.
 */
export const entries = {
  index: 'src/index.ts',
  time: 'src/time/index.ts',
  datasets: 'src/datasets/index.ts',
  interop: 'src/interop/index.ts',
  geo: 'src/geo/index.ts',
  models: 'src/models/index.ts',
  money: 'src/money/index.ts',
  calculators: 'src/calculators/index.ts',
  statistics: 'src/statistics/index.ts',
  access: 'src/standards/access/index.ts',
  ledgers: 'src/standards/ledger/index.ts',
  report: 'src/report/index.ts',
  scale: 'src/scale/index.ts',
  matching: 'src/matching/index.ts',
  rules: 'src/rules.ts',
  xlsx: 'src/xlsx/index.ts',
};

/** Node-only entries: the CLI's API, its executable and its worker thread. */
export const nodeEntries = {
  cli: 'src/cli/index.ts',
  bin: 'src/cli/bin.ts',
  // The worker thread of `check --jobs N` (tinypool loads it by file name: dist/check-worker.js).
  'check-worker': 'src/cli/check-worker.ts',
};

/** ESM-only third-party code bundled wherever it is used (see above). */
const geoBundled = ['kdbush'];
const textBundled = ['string-width', 'strip-ansi', 'ansi-regex', 'get-east-asian-width', 'emoji-regex'];
const bundled = [...geoBundled, ...textBundled];

const common: Options = {
  sourcemap: true,
  treeshake: true,
  target: 'es2022',
  outDir: 'dist',
  // dist/ is emptied by the `build` script; cleaning here would race between the builds.
  clean: false,
};

export default defineConfig([
  // For bundlers: ESM, one file per module, but the vendored spatial index, bundled below.
  {
    ...common,
    entry: ['src/**/*.ts', '!src/**/*.d.ts', '!src/cli/**', '!src/geo/vendor.ts', '!src/report/vendor.ts'],
    bundle: false,
    format: ['esm'],
    outDir: 'dist/esm',
    platform: 'neutral',
    // Each file is only transpiled: no Rollup pass (it would warn of the empty output of type-only modules).
    treeshake: false,
  },
  { ...common, entry: { 'geo/vendor': 'src/geo/vendor.ts' }, format: ['esm'], outDir: 'dist/esm', platform: 'neutral', noExternal: geoBundled },
  { ...common, entry: { 'report/vendor': 'src/report/vendor.ts' }, format: ['esm'], outDir: 'dist/esm', platform: 'neutral', noExternal: textBundled },
  // For Node.js: ESM and CJS bundled per entry (+ .d.ts and .d.cts), the CLI's entries with the others so that
  // they share their chunks (built apart, the CLI had its own copy of the whole library: 2.4 MB of JavaScript and
  // 4.9 MB of source maps in the package). A chunk holds only modules every entry importing it needs, so no entry
  // but the CLI's reaches Node's built-ins; they are left to the runtime (`node:` imports only, as the CLI writes
  // them).
  {
    ...common,
    entry: { ...entries, ...nodeEntries },
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    platform: 'neutral',
    external: [/^node:/],
    noExternal: bundled,
  },
]);
