/**
 * What every mapping of the HSDS export shares: the options as resolved, ids, the taxonomy, and the attribute
 * builder.
 *
 * @module
 */
import type { Locale } from '../locale.js';
import { interopMessages, type InteropMessages } from './messages.js';
import { hsdsIds } from './hsds-id.js';
import type { ServiceCircle } from './service-circle.js';
import type { AttributeTaxonomy } from './taxonomy.js';
import type { TermCode } from './taxonomy-codes.js';
import type { HsdsAttribute } from './types.js';

/** The parts of an address that the records do not hold (a record's address is one line). */
export interface AddressRegion {
  /** HSDS `city`, e.g. `昆山市`. */
  readonly city: string;
  /** HSDS `state_province`, e.g. `江苏省`. */
  readonly stateProvince: string;
  /** HSDS `country`, ISO 3166-1 alpha-2, e.g. `CN`. */
  readonly country: string;
  /** HSDS `postal_code`; empty when unknown (HSDS requires the field, the records have no postal code). */
  readonly postalCode: string;
}

/** An object that attributes link to: its name segments, its id and its HSDS kind. */
export interface Owner {
  /** The segments of its HSDS name, e.g. `['community', 'yushan-lishe']`. */
  readonly segments: readonly string[];
  /** Its HSDS id. */
  readonly id: string;
  /** Its HSDS kind. */
  readonly entity: HsdsAttribute['link_entity'];
}

/** The shared state of one export. */
export interface ExportContext {
  /** Namespace of the ids. */
  readonly namespace: string;
  /** Locale of the text. */
  readonly locale: Locale;
  /** The text. */
  readonly messages: InteropMessages;
  /** Base URL of the publisher's HSDS API, without a trailing `/`. */
  readonly baseUrl: string | undefined;
  /** The parts of addresses the records lack. */
  readonly region: AddressRegion;
  /** The service circle's radius and parameters. */
  readonly circle: ServiceCircle;
  /** The attribute taxonomy. */
  readonly taxonomy: AttributeTaxonomy;
  /** The HSDS id of a name's segments in the namespace. */
  readonly id: (...segments: readonly string[]) => string;
}

/**
 * Builds the context of an export.
 *
 * @param settings - the resolved options and the taxonomy
 * @returns the context
 * @example
 * ```ts
 * createContext({ namespace, locale: 'en', baseUrl: undefined, region, circle, taxonomy }).messages.language; //=> 'en'
 * ```
 */
export function createContext(settings: Omit<ExportContext, 'messages' | 'id'>): ExportContext {
  return { ...settings, messages: interopMessages[settings.locale], id: hsdsIds(settings.namespace) };
}

/**
 * The owner of a record's HSDS object.
 *
 * @param context - the export's context
 * @param entity - the HSDS kind
 * @param segments - the name segments, e.g. `['community', id]`
 * @returns the owner, with its id
 * @example
 * ```ts
 * ownerOf(context, 'organization', ['community', 'yushan-lishe']).id; //=> 'bcaf1726-2eaf-5f7f-8576-5bb229b24c3d'
 * ```
 */
export function ownerOf(context: ExportContext, entity: Owner['entity'], segments: readonly string[]): Owner {
  return { segments, id: context.id(...segments), entity };
}

/**
 * An HSDS attribute linking a taxonomy term to an owner. Its id is derived from the owner's name, the term's code
 * and `key` (needed when one owner has the term several times, e.g. two facilities of the same kind).
 *
 * @param context - the export's context
 * @param owner - the object described
 * @param code - the term's code
 * @param value - the value, for fact terms and facilities
 * @param key - what tells apart several attributes of one term on one owner
 * @returns the attribute (its term is in the export's `taxonomyTerms`)
 * @example
 * ```ts
 * attributeOf(context, owner, 'community-profile.households-resident', '5000').value; //=> '5000'
 * ```
 */
export function attributeOf(context: ExportContext, owner: Owner, code: TermCode, value?: string, key?: string): HsdsAttribute {
  const term = context.taxonomy.term(code);
  return {
    id: context.id(...owner.segments, 'attribute', code, ...(key === undefined ? [] : [key])),
    link_id: owner.id,
    link_entity: owner.entity,
    taxonomy_term_id: term.id,
    ...(value !== undefined && { value }),
  };
}

/**
 * Collects attributes, dropping repeats (the same id twice, e.g. a station listed twice).
 *
 * @returns an `add` function and the collected list
 * @example
 * ```ts
 * const bag = attributeBag();
 * bag.add(a); bag.add(a);
 * bag.list.length; //=> 1
 * ```
 */
export function attributeBag(): { add: (attribute: HsdsAttribute) => void; list: HsdsAttribute[] } {
  const seen = new Set<string>();
  const list: HsdsAttribute[] = [];
  return {
    add: (attribute) => {
      if (seen.has(attribute.id)) return;
      seen.add(attribute.id);
      list.push(attribute);
    },
    list,
  };
}
