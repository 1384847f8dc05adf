/** The public API's exports, given to the search page by scripts/build-site.ts (see scripts/api-index.ts). */
declare const __API_INDEX__: readonly { readonly name: string; readonly kind: string; readonly entry: string; readonly page: string }[];
