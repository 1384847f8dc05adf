/**
 * Reads the needs and providers given to `matchNeeds`, never throwing: a record that is not valid, or repeats an
 * earlier record's id, becomes issues (path and message) and is left out.
 *
 * @module
 */
import { MAX_LIST_LENGTH } from '../arguments.js';
import type { Locale } from '../locale.js';
import type { RecordKind } from '../models/kinds.js';
import { listingOf, needOf, volunteerOf, type ProviderKind, type ReadList, type ReadNeed, type ReadProvider } from './records.js';
import { describeReceived, makeIssue } from '../validation/from-zod.js';
import { formatPath, type PathSegment, type ValidationIssue } from '../validation/issue.js';
import { parseWith } from '../validation/validate-record.js';
import { readSafely, UNREADABLE } from '../read-safely.js';

/**
 * The elements of an untrusted list, or `undefined` with an issue when it is not a readable array.
 *
 * @param input - the list as received
 * @param path - its path
 * @param locale - the message locale
 * @param issues - where issues go
 * @returns the elements (each read safely; an unreadable one is the `UNREADABLE` marker)
 */
function elements(input: unknown, path: readonly PathSegment[], locale: Locale, issues: ValidationIssue[]): unknown[] | undefined {
  let isArray: boolean;
  try {
    isArray = Array.isArray(input);
  } catch {
    issues.push(makeIssue(locale, 'unreadable_input', path));
    return undefined;
  }
  if (!isArray) {
    issues.push(makeIssue(locale, 'invalid_type', path, { expected: 'array', received: describeReceived(input) }));
    return undefined;
  }
  const length = readSafely(input, 'length');
  if (typeof length !== 'number') {
    issues.push(makeIssue(locale, 'unreadable_input', path));
    return undefined;
  }
  // A list longer than any dataset may hold (`new Array(2 ** 32 - 1)`, a Proxy) is refused before it is walked.
  if (length > MAX_LIST_LENGTH) {
    issues.push(makeIssue(locale, 'too_big', path, { expected: `<= ${MAX_LIST_LENGTH}`, received: String(length) }));
    return undefined;
  }
  const out: unknown[] = [];
  for (let i = 0; i < length; i++) out.push(readSafely(input, i));
  return out;
}

/**
 * Validates each element of a list as a record of a kind and drops repeated ids (the first is kept).
 *
 * @param kind - the record kind
 * @param input - the list
 * @param path - its path in the call (`['needs']`, `['providers', 'volunteers']`)
 * @param locale - the message locale
 * @param issues - where issues go
 * @param toRecord - turns a valid record into what matching reads
 * @returns the kept records and the fate of every input position
 */
function readList<T, K extends RecordKind>(
  kind: K,
  input: unknown,
  path: readonly PathSegment[],
  locale: Locale,
  issues: ValidationIssue[],
  toRecord: (record: never, index: number) => T,
): ReadList<T> {
  const list = elements(input, path, locale, issues);
  if (list === undefined) return { records: [], entries: [] };
  const records: T[] = [];
  const entries: { id: string | undefined; kept: boolean }[] = [];
  const firstAt = new Map<string, number>();
  list.forEach((element, index) => {
    const at = [...path, index];
    if (element === UNREADABLE) {
      issues.push(makeIssue(locale, 'unreadable_input', at));
      entries.push({ id: undefined, kept: false });
      return;
    }
    const result = parseWith(kind, element, locale, at);
    if (!result.ok) {
      issues.push(...result.issues);
      const id = readSafely(element, 'id');
      entries.push({ id: typeof id === 'string' ? id : undefined, kept: false });
      return;
    }
    const id = (result.value as { id: string }).id;
    const first = firstAt.get(id);
    if (first !== undefined) {
      issues.push(makeIssue(locale, 'duplicate_id', [...at, 'id'], { params: { id, first: formatPath([...path, first, 'id']) } }));
      entries.push({ id, kept: false });
      return;
    }
    firstAt.set(id, index);
    records.push(toRecord(result.value as never, index));
    entries.push({ id, kept: true });
  });
  return { records, entries };
}

/**
 * Reads the needs (resident-need records).
 *
 * @param input - the needs as received
 * @param locale - the message locale
 * @param issues - where issues go
 * @returns the valid needs and the fate of each input position
 * @example
 * ```ts
 * const issues = [];
 * readNeeds([{ id: 'n1', communityId: 'c', title: '助餐', category: 'elderly-care' }, { id: 'n2' }], 'en', issues).records.length; //=> 1
 * issues[0].path; //=> ['needs', 1, 'communityId']
 * ```
 */
export function readNeeds(input: unknown, locale: Locale, issues: ValidationIssue[]): ReadList<ReadNeed> {
  return readList('residentNeed', input, ['needs'], locale, issues, needOf);
}

/**
 * Reads the providers: provider listings (`providers.providerListings`) and volunteers (`providers.volunteers`).
 * A provider listing with no `communityIds` serves every community; a volunteer serves their home `communityId`, or
 * every community when it is absent. A volunteer with no `categories` offers nothing.
 *
 * @param input - `{ providerListings?, volunteers? }` as received
 * @param locale - the message locale
 * @param issues - where issues go
 * @returns the valid providers of both kinds, listings first, and the fate of each input position by kind
 * @example
 * ```ts
 * readProviders({ volunteers: [{ id: 'v1', name: '李四', communityId: 'c', categories: ['elderly-care'] }] }, 'en', []).records[0].communities;
 * //=> ['c']
 * ```
 */
export function readProviders(
  input: unknown,
  locale: Locale,
  issues: ValidationIssue[],
): { readonly records: readonly ReadProvider[]; readonly entries: Readonly<Record<ProviderKind, ReadList<ReadProvider>['entries']>> } {
  let listingsInput: unknown;
  let volunteersInput: unknown;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    issues.push(makeIssue(locale, 'invalid_type', ['providers'], { expected: 'object', received: describeReceived(input) }));
  } else {
    listingsInput = readSafely(input, 'providerListings');
    volunteersInput = readSafely(input, 'volunteers');
    if (listingsInput === UNREADABLE) issues.push(makeIssue(locale, 'unreadable_input', ['providers', 'providerListings']));
    if (volunteersInput === UNREADABLE) issues.push(makeIssue(locale, 'unreadable_input', ['providers', 'volunteers']));
  }
  const listings =
    listingsInput === undefined || listingsInput === UNREADABLE
      ? { records: [], entries: [] }
      : readList('providerListing', listingsInput, ['providers', 'providerListings'], locale, issues, listingOf);
  const volunteers =
    volunteersInput === undefined || volunteersInput === UNREADABLE
      ? { records: [], entries: [] }
      : readList('volunteer', volunteersInput, ['providers', 'volunteers'], locale, issues, volunteerOf);
  return {
    records: [...listings.records, ...volunteers.records],
    entries: { providerListing: listings.entries, volunteer: volunteers.entries },
  };
}
