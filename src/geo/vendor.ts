/**
 * The third-party code of the spatial index — `kdbush` (a static k-d tree; ISC-licensed, ESM-only) — imported
 * through this one module so that every build bundles it here: the per-module ESM build turns this file alone into
 * a bundle (`dist/esm/geo/vendor.js`, see tsup.config.ts), and the per-entry ESM and CJS builds inline it. It is not
 * a runtime dependency of the package. Its licence notice is in THIRD_PARTY_NOTICES.md. (The nearest-site search
 * itself is in nearest-site.ts; `geokdbush`, which the library used before, is the baseline of bench/geo.bench.ts.)
 *
 * @module
 */
export { default as KDBush } from 'kdbush';
