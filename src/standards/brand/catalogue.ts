/**
 * Looking a brand name up in a brand catalogue, the way people write it: with or without its quotation marks,
 * punctuation, spaces or full-width forms.
 *
 * @module
 */
import type { ParameterTypes } from '../../profiles/parameter-types.js';

/** One entry of a `brand.catalogue`. */
export type BrandEntry = ParameterTypes['brand.catalogue'][number];

/**
 * A brand name reduced for comparison: NFKC (full-width letters and digits to half-width), then without
 * punctuation, symbols or spaces, in lower case. `“12345,楼道需要我”` and `12345楼道需要我` reduce alike.
 *
 * @param name - a brand name (anything: a non-string reduces to `''`)
 * @returns the reduced name
 * @example
 * ```ts
 * brandKey('“12345,楼道需要我”'); //=> '12345楼道需要我'
 * brandKey('爱传万家——社区工作者培训'); //=> '爱传万家社区工作者培训'
 * ```
 */
export function brandKey(name: unknown): string {
  if (typeof name !== 'string') return '';
  return name.normalize('NFKC').replace(/[\p{P}\p{S}\p{Z}\s]/gu, '').toLowerCase();
}

/**
 * Indexes a brand catalogue by the reduced form of each entry's name and aliases (the first entry wins a name two
 * share).
 *
 * @param catalogue - the catalogue's entries (a value that is not a list, or an entry that is not an object, is skipped)
 * @returns a lookup from a reduced name to its entry
 * @example
 * ```ts
 * brandIndex([{ id: 'leling', name: '乐龄之家', family: 'featured-service', aliases: ['乐龄之家托老所'] }]).get(brandKey('“乐龄之家”托老所'))?.id; //=> 'leling'
 * ```
 */
export function brandIndex(catalogue: readonly BrandEntry[]): ReadonlyMap<string, BrandEntry> {
  const index = new Map<string, BrandEntry>();
  // A profile built by hand (without defineProfile) may hold anything: what is not an entry is skipped.
  for (const entry of Array.isArray(catalogue) ? catalogue : []) {
    if (typeof entry !== 'object' || entry === null) continue;
    const aliases: unknown = entry.aliases;
    for (const name of [entry.name, ...(Array.isArray(aliases) ? (aliases as unknown[]) : [])]) {
      const key = brandKey(name);
      if (key !== '' && !index.has(key)) index.set(key, entry);
    }
  }
  return index;
}
