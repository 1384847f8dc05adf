import { defineConfig } from 'tsup';

/** Subpath entries; each becomes `dist/<name>.js` (ESM) and `dist/<name>.cjs` (CJS) with `.d.ts` / `.d.cts`. */
export const entries = {
  index: 'src/index.ts',
  time: 'src/time/index.ts',
  datasets: 'src/datasets/index.ts',
  interop: 'src/interop/index.ts',
};

export default defineConfig({
  entry: entries,
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: true,
  target: 'es2022',
  platform: 'neutral',
  outDir: 'dist',
});
