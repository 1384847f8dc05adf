import { defineConfig, type Options } from 'tsup';

/**
 * Entries that run anywhere (browsers, workers, Deno, Node): no Node built-ins.
 *
 * - ESM is published one file per source module under `dist/esm/` (as date-fns does), so that with
 *   `"sideEffects": false` a bundler keeps only the modules an app imports: importing `communityWorkFunds` alone
 *   leaves out the rules, the holiday data and the geo code (test/package/tree-shake.test.ts).
 * - Type declarations are bundled per entry: `dist/<name>.d.ts` and `dist/<name>.d.cts`.
 * - CJS is bundled per entry: `dist/<name>.cjs`.
 */
export const entries = {
  index: 'src/index.ts',
  time: 'src/time/index.ts',
  datasets: 'src/datasets/index.ts',
  interop: 'src/interop/index.ts',
  geo: 'src/geo/index.ts',
};

/** Node-only entries: the CLI's API and its executable. */
export const nodeEntries = {
  cli: 'src/cli/index.ts',
  bin: 'src/cli/bin.ts',
};

const common: Options = {
  sourcemap: true,
  treeshake: true,
  target: 'es2022',
  outDir: 'dist',
  // dist/ is emptied by the `build` script; cleaning here would race between the builds.
  clean: false,
};

export default defineConfig([
  // ESM, one file per module.
  { ...common, entry: ['src/**/*.ts', '!src/cli/**'], bundle: false, format: ['esm'], outDir: 'dist/esm', platform: 'neutral' },
  // Type declarations for ESM, bundled per entry.
  { entry: entries, format: ['esm'], dts: { only: true }, outDir: 'dist', clean: false },
  // CJS bundled per entry (+ .d.cts). kdbush, geokdbush and tinyqueue are ESM-only: bundled into the geo entry so
  // that its CJS build loads on every Node.js 20 release (their ISC notices are in THIRD_PARTY_NOTICES.md).
  { ...common, entry: entries, format: ['cjs'], dts: true, splitting: true, platform: 'neutral', noExternal: ['kdbush', 'geokdbush', 'tinyqueue'] },
  // The CLI (Node only).
  { ...common, entry: nodeEntries, format: ['esm', 'cjs'], dts: true, splitting: true, platform: 'node' },
]);
