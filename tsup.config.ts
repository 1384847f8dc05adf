import { defineConfig } from 'tsup';

/**
 * Entries that run anywhere (browsers, workers, Deno, Node): no Node built-ins. Each becomes `dist/<name>.js`
 * (ESM) and `dist/<name>.cjs` (CJS) with `.d.ts` / `.d.cts`.
 */
export const entries = {
  index: 'src/index.ts',
  time: 'src/time/index.ts',
  datasets: 'src/datasets/index.ts',
  interop: 'src/interop/index.ts',
  geo: 'src/geo/index.ts',
};

const common = {
  format: ['esm', 'cjs'] as ('esm' | 'cjs')[],
  dts: true,
  sourcemap: true,
  treeshake: true,
  splitting: true,
  target: 'es2022',
  outDir: 'dist',
  // dist/ is emptied by the `build` script; cleaning here would race between the two builds.
  clean: false,
};

export default defineConfig([
  // kdbush, geokdbush and tinyqueue are ESM-only: bundled into the geo entry so that its CJS build loads on every
  // Node.js 20 release (their ISC notices are in THIRD_PARTY_NOTICES.md).
  { ...common, entry: entries, platform: 'neutral', noExternal: ['kdbush', 'geokdbush', 'tinyqueue'] },
]);
