/**
 * Property tests run from one fixed seed, so that every run — a developer's, CI's on a fresh machine — tries the
 * same generated inputs and a failure reproduces exactly; no test passes or fails by the luck of the draw. To
 * explore other inputs, set `FC_SEED` (any integer): `FC_SEED=7 npx vitest run test/robustness`.
 */
import fc from 'fast-check';

const seed = Number.parseInt(process.env['FC_SEED'] ?? '20261204', 10);
fc.configureGlobal({ seed: Number.isSafeInteger(seed) ? seed : 20261204 });
