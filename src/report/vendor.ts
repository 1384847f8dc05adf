/**
 * The third-party code of the text renderer — `string-width` (the display width of text: a Chinese character takes
 * two columns) and the packages it uses, MIT-licensed and ESM-only — imported through this one module so that every
 * build bundles it here: the per-module ESM build turns this file alone into a bundle (`dist/esm/report/vendor.js`,
 * see tsup.config.ts), and the per-entry ESM and CJS builds inline it. None of them is a runtime dependency of the
 * package. Their licence notices are in THIRD_PARTY_NOTICES.md.
 *
 * @module
 */
export { default as stringWidth } from 'string-width';
