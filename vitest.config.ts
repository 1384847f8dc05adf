import { configDefaults, defineConfig } from 'vitest/config';

/**
 * One run for every test, unit and end-to-end. `npm test` builds the package (and the docs site) before it runs
 * vitest, so the tests of the built output — test/package/ (tarball, tree-shaking, size budgets, the bundle and
 * the docs site in Chromium) and test/cli/bin.test.ts (the executable) — read dist/ and docs-site/ as they are.
 * Running `npx vitest run` by hand needs `npm run build && npm run docs:site` first for those files.
 *
 * - `isolate: false`: the library has no global state, so test files share each worker's module cache instead of
 *   importing the whole library (and zod) again for every file; that halves the time spent importing.
 * - The type tests (`*.test-d.ts`) are checked by `npm run typecheck` (tsc over src/ and test/), which `npm test`
 *   runs first, so vitest does not type-check them a second time.
 * - Property tests use one fixed fast-check seed (test/setup/fast-check.ts; `FC_SEED` picks another).
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [...configDefaults.exclude],
    isolate: false,
    setupFiles: ['test/setup/fast-check.ts'],
    // Unpacks the bundled Chromium once, before the browser tests run in parallel (test/setup/browser.ts).
    globalSetup: ['test/setup/browser.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
