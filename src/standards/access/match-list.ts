/**
 * Matching a request to an entry of the two lists: by the entry id it names, or by its title when the two are
 * the same after normalisation. Never fuzzy: titles that only resemble each other are reported, not matched.
 *
 * @module
 */
import { objectArgument } from '../../arguments.js';
import { InvalidOptionError } from '../../errors.js';
import { type Locale, resolveLocale, type LocaleOptions } from '../../locale.js';
import { optionBag } from '../../options.js';
import { normalizeTitle } from './normalize.js';
import type { AccessListEntry, AccessListId, MatchedBy, NearMatch } from './types.js';

/** The two lists, in the order they are searched. */
export interface AccessLists {
  /** 依法履行职责事项表. */
  readonly duties: readonly AccessListEntry[];
  /** 协助政府工作事项表. */
  readonly assist: readonly AccessListEntry[];
}

/** The result of {@link matchAccessLists}. */
export interface ListMatchResult {
  /** The entry matched, if any. */
  readonly match?: { readonly list: AccessListId; readonly entry: AccessListEntry; readonly matchedBy: MatchedBy };
  /** The `listEntryId` the request named when it is on neither list. */
  readonly unknownEntryId?: string;
  /** Entries whose title contains the request's or is contained in it — not matched, only reported. */
  readonly nearMatches: readonly NearMatch[];
}

const ORDER: readonly AccessListId[] = ['duties', 'assist'];

/**
 * Finds the list entry a request matches. A `listEntryId` that names an entry wins (the duties list is searched
 * first); otherwise — or when the id names no entry — the title must equal an entry's Chinese or English title
 * after {@link normalizeTitle} (full-width/half-width, spaces, case). When nothing matches, entries whose title
 * contains the request's title or is contained in it are returned as near matches, and stay unmatched.
 *
 * @param request - the request's title and optional `listEntryId`
 * @param lists - the two lists
 * @param options - `locale`: the locale of near matches' titles (default `zh-CN`)
 * @throws {@link index!InvalidOptionError} for options that are not an object, or an unknown locale
 * @returns the match, if any, an unknown entry id, and near matches
 * @example
 * ```ts
 * matchAccessLists({ title: '调解 民间纠纷' }, { duties: dutiesListDefault, assist: assistListDefault }, { locale: 'zh-CN' }).match?.entry.id;
 * //=> 'duty-3'
 * matchAccessLists({ title: '劳动就业培训' }, lists, { locale: 'zh-CN' }).nearMatches;
 * //=> [{ list: 'assist', entryId: 'assist-employment', title: '劳动就业' }]
 * ```
 */
export function matchAccessLists(
  request: { readonly title: string; readonly listEntryId?: string | undefined },
  lists: AccessLists,
  options: LocaleOptions = {},
): ListMatchResult {
  const locale = resolveLocale(optionBag(options).locale);
  objectArgument(request, 'request');
  if (typeof request.title !== 'string') throw new InvalidOptionError('request.title', 'expected a string', request.title);
  let unknownEntryId: string | undefined;
  if (request.listEntryId !== undefined) {
    for (const list of ORDER) {
      const entry = lists[list].find((e) => e.id === request.listEntryId);
      if (entry !== undefined) return { match: { list, entry, matchedBy: 'id' }, nearMatches: [] };
    }
    unknownEntryId = request.listEntryId;
  }
  const title = normalizeTitle(request.title);
  const near: NearMatch[] = [];
  if (title !== '') {
    for (const list of ORDER) {
      for (const entry of lists[list]) {
        const names = [normalizeTitle(entry.title['zh-CN']), normalizeTitle(entry.title.en)].filter((n) => n !== '');
        if (names.includes(title)) {
          return { match: { list, entry, matchedBy: 'title' }, ...(unknownEntryId !== undefined && { unknownEntryId }), nearMatches: [] };
        }
        if (names.some((n) => Math.min(n.length, title.length) >= 2 && (n.includes(title) || title.includes(n)))) {
          near.push({ list, entryId: entry.id, title: entry.title[locale] });
        }
      }
    }
  }
  return { ...(unknownEntryId !== undefined && { unknownEntryId }), nearMatches: near };
}
