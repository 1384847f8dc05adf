/**
 * The third-party code of the spatial index — `kdbush` (a static k-d tree) and `geokdbush` (great-circle
 * nearest-neighbour search over it, with `tinyqueue`), all ISC-licensed and ESM-only — imported through this one
 * module so that every build bundles it here: the per-module ESM build turns this file alone into a bundle
 * (`dist/esm/geo/vendor.js`, see tsup.config.ts), and the per-entry ESM and CJS builds inline it. None of the three
 * is a runtime dependency of the package. Their licence notices are in THIRD_PARTY_NOTICES.md.
 *
 * @module
 */
export { default as KDBush } from 'kdbush';
export { around } from 'geokdbush';
