import { defineConfig } from 'vitest/config';

/**
 * The package tests (test/package/): they check the built output — tree-shaking, size budgets, the bundle in a
 * browser — so they run after `npm run build`, by `npm run test:package`. The default run leaves them out.
 */
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
