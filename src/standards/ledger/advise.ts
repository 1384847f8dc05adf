/**
 * The advice for one ledger: keep, simplify, merge or abolish, with what it rests on (spec §3.7).
 *
 * @module
 */
import { normalizeTitle, sameTitle } from '../access/normalize.js';
import type { LocalizedText } from '../../locale.js';
import type { Ledger } from './model.js';
import { fieldOverlap } from './field-overlap.js';
import type { LedgerCategory } from './catalogue.js';

/** What to do with a ledger: "能简化的一律简化、能合并的一律合并、能撤销的一律撤销". */
export type LedgerAction = 'keep' | 'simplify' | 'merge' | 'abolish';

/** Another ledger this one should merge with, and why. */
export interface LedgerMergePartner {
  /** Its id. */
  readonly ledgerId: string;
  /** Its title. */
  readonly title: string;
  /** Fields both record. */
  readonly shared: readonly string[];
  /** Distinct fields the two record together. */
  readonly union: number;
  /** The Jaccard index, `shared.length / union`. */
  readonly overlap: number;
}

/** The advice for one ledger, without its localized reason. */
export interface LedgerAdviceData {
  /** The ledger's id. */
  readonly ledgerId: string;
  /** Its community. */
  readonly communityId: string;
  /** Its title. */
  readonly title: string;
  /** What to do. */
  readonly action: LedgerAction;
  /** Its catalogue category, and how it was found (the `category` it names, or its title). */
  readonly category?: { readonly id: string; readonly title: LocalizedText; readonly matchedBy: 'category' | 'title' };
  /** The category it names when the catalogue has no such category. */
  readonly claimedCategory?: string;
  /** Its fields that the category does not have. */
  readonly extraFields: readonly string[];
  /** Ledgers of the same community and category whose fields overlap at least `threshold`. */
  readonly mergeWith: readonly LedgerMergePartner[];
  /** The merge threshold used (`ledger.mergeThreshold`). */
  readonly threshold: number;
}

/**
 * Finds a ledger's catalogue category: the `category` it names (a category id, or a category title after
 * normalisation), or, when it names none, a category whose title equals the ledger's title after normalisation.
 *
 * @param ledger - the ledger
 * @param catalogue - the catalogue
 * @returns the category and how it was found, or `undefined`
 * @example
 * ```ts
 * categoryOf({ title: '社会救助 台账', fields: [] }, ledgerCatalogueDefault)?.category.id; //=> 'social-assistance'
 * ```
 */
export function categoryOf(
  ledger: Pick<Ledger, 'title' | 'category'>,
  catalogue: readonly LedgerCategory[],
): { category: LedgerCategory; matchedBy: 'category' | 'title' } | undefined {
  const named = (text: string) => catalogue.find((c) => c.id === text || sameTitle(c.title['zh-CN'], text) || sameTitle(c.title.en, text));
  if (ledger.category !== undefined) {
    const c = named(ledger.category);
    return c === undefined ? undefined : { category: c, matchedBy: 'category' };
  }
  const c = named(ledger.title);
  return c === undefined ? undefined : { category: c, matchedBy: 'title' };
}

/**
 * Advises on one ledger among the others of its community: `abolish` when it has no catalogue category, else
 * `merge` when another ledger of the same category shares fields with a Jaccard index of at least `threshold`,
 * else `simplify` when it records fields its category does not have, else `keep`.
 *
 * @param ledger - the ledger
 * @param others - the other ledgers of its community
 * @param catalogue - the catalogue
 * @param threshold - the merge threshold (0–1)
 * @returns the advice (without its reason)
 * @example
 * ```ts
 * adviseLedger(dibao, [dibaoCopy], ledgerCatalogueDefault, 0.6).action; //=> 'merge'
 * ```
 */
export function adviseLedger(
  ledger: Ledger,
  others: readonly Ledger[],
  catalogue: readonly LedgerCategory[],
  threshold: number,
): LedgerAdviceData {
  const base = { ledgerId: ledger.id, communityId: ledger.communityId, title: ledger.title, threshold };
  const found = categoryOf(ledger, catalogue);
  if (found === undefined) {
    return { ...base, action: 'abolish', ...(ledger.category !== undefined && { claimedCategory: ledger.category }), extraFields: [], mergeWith: [] };
  }
  const { category, matchedBy } = found;
  const known = new Set(category.fields.map(normalizeTitle));
  const extraFields = [...new Set(ledger.fields.filter((f) => normalizeTitle(f) !== '' && !known.has(normalizeTitle(f))))];
  const mergeWith: LedgerMergePartner[] = [];
  for (const other of others) {
    if (other.communityId !== ledger.communityId || categoryOf(other, catalogue)?.category.id !== category.id) continue;
    const o = fieldOverlap(ledger.fields, other.fields);
    if (o.ratio >= threshold - 1e-12) mergeWith.push({ ledgerId: other.id, title: other.title, shared: o.shared, union: o.union, overlap: o.ratio });
  }
  const action: LedgerAction = mergeWith.length > 0 ? 'merge' : extraFields.length > 0 ? 'simplify' : 'keep';
  return { ...base, action, category: { id: category.id, title: category.title, matchedBy }, extraFields, mergeWith };
}
