/**
 * The attribute taxonomy `community-standards` as HSDS objects: one `taxonomy` and its `taxonomy_term`s, the
 * groups first, each followed by its terms. Term ids do not depend on the locale: the same term has the same id
 * in a Chinese and an English export.
 *
 * @module
 */
import { InvalidOptionError } from '../errors.js';
import { type Locale, resolveLocale, type LocaleOptions } from '../locale.js';
import { optionBag } from '../options.js';
import { interopMessages } from './messages.js';
import { hsdsIds } from './hsds-id.js';
import { enumerationGroups, factGroups, type EnumerationGroup, type FactGroup, type FactTerm, type TermCode } from './taxonomy-codes.js';
import type { HsdsTaxonomy, HsdsTaxonomyTerm } from './types.js';

/** The taxonomy's code, also each term's `taxonomy`. */
export const TAXONOMY_CODE = 'community-standards';
/** The taxonomy's version; it changes when a term changes meaning (adding terms does not). */
export const TAXONOMY_VERSION = '1';
/** Where the taxonomy is documented. */
export const TAXONOMY_URI = 'https://github.com/community-standards/community-standards/blob/main/docs/hsds.md';

/** The taxonomy and its terms in one locale, with a lookup by code. */
export interface AttributeTaxonomy {
  /** The `taxonomy` object. */
  readonly taxonomy: HsdsTaxonomy;
  /** Every term: groups, then their members or facts. */
  readonly terms: readonly HsdsTaxonomyTerm[];
  /** The term of a code. */
  readonly term: (code: TermCode) => HsdsTaxonomyTerm;
}

/**
 * Builds the attribute taxonomy for a namespace and locale.
 *
 * @param namespace - the namespace of the HSDS ids
 * @param options - `locale`: the locale of names and descriptions (default `zh-CN`)
 * @throws {@link index!InvalidOptionError} for options that are not an object, or an unknown locale
 * @returns the taxonomy, its terms and a lookup
 * @example
 * ```ts
 * const { term } = attributeTaxonomy(HSDS_NAMESPACE, { locale: 'en' });
 * term('station.health').name; //=> 'health service station'
 * term('station.health').parent_id === term('station').id; //=> true
 * ```
 */
export function attributeTaxonomy(namespace: string, options: LocaleOptions = {}): AttributeTaxonomy {
  const locale = resolveLocale(optionBag(options).locale);
  const messages = interopMessages[locale];
  const id = hsdsIds(namespace);
  const taxonomyId = id('taxonomy', TAXONOMY_CODE);
  const taxonomy: HsdsTaxonomy = {
    id: taxonomyId,
    name: messages.taxonomy.name,
    description: messages.taxonomy.description,
    uri: TAXONOMY_URI,
    version: TAXONOMY_VERSION,
  };
  const terms: HsdsTaxonomyTerm[] = [];
  const byCode = new Map<string, HsdsTaxonomyTerm>();
  const add = (code: string, name: string, description: string, parentId?: string): string => {
    const term: HsdsTaxonomyTerm = {
      id: id('taxonomyTerm', TAXONOMY_CODE, code),
      code,
      name,
      description,
      ...(parentId !== undefined && { parent_id: parentId }),
      taxonomy: TAXONOMY_CODE,
      taxonomy_id: taxonomyId,
      language: messages.language,
    };
    terms.push(term);
    byCode.set(code, term);
    return term.id;
  };
  for (const group of Object.keys(enumerationGroups) as EnumerationGroup[]) {
    const text = messages.groups[group];
    const parentId = add(group, text.name, text.description);
    for (const [member, label] of Object.entries(enumerationGroups[group])) {
      add(`${group}.${member}`, label[locale], messages.memberDescription({ group: text.name, member: label[locale] }), parentId);
    }
  }
  for (const group of Object.keys(factGroups) as FactGroup[]) {
    const text = messages.groups[group];
    const parentId = add(group, text.name, text.description);
    for (const field of factGroups[group]) {
      const code = `${group}.${field}` as FactTerm;
      add(code, messages.facts[code].name, messages.facts[code].description, parentId);
    }
  }
  return {
    taxonomy,
    terms,
    term: (code) => {
      const found = byCode.get(code);
      if (found === undefined) throw new InvalidOptionError('code', 'not a term of the community-standards taxonomy', code);
      return found;
    },
  };
}
