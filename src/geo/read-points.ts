/**
 * Reads untrusted residences and sites into clean points, never throwing: every problem becomes a
 * {@link GeoIssue} and the entry is left out.
 *
 * @module
 */
import { MAX_LIST_LENGTH } from '../arguments.js';
import type { Locale } from '../locale.js';
import { describeReceived } from '../validation/from-zod.js';
import { formatPath, type PathSegment } from '../validation/issue.js';
import { geoIssue, type GeoIssue, type GeoIssueCode } from './issue.js';
import { readSafely, UNREADABLE } from '../read-safely.js';

/** A residence or site that passed every check, with its position in the input. */
export interface ReadPoint {
  /** Index in the input array. */
  readonly index: number;
  /** The entry's id. */
  readonly id: string;
  /** Longitude, degrees (−180 to 180). */
  readonly lon: number;
  /** Latitude, degrees (−90 to 90). */
  readonly lat: number;
  /** Households (residences only; 0 for sites). */
  readonly households: number;
  /** The site's kind, when given (sites only). */
  readonly kind?: string;
}

/** Longest id accepted: the models' bound on `Id` (kept here so that this entry does not load zod). */
const MAX_ID_LENGTH = 200;
const isRecord = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Collects the issues of one entry; paths are only built when there is an issue (the hot path allocates none). */
class Entry {
  issues = 0;
  constructor(
    private readonly sink: GeoIssue[],
    private readonly locale: Locale,
    private readonly root: PathSegment,
    private readonly index?: number,
  ) {}

  report(code: GeoIssueCode, keys: readonly PathSegment[], expected?: string, received?: string): undefined {
    const path = this.index === undefined ? [this.root, ...keys] : [this.root, this.index, ...keys];
    const extra = expected === undefined ? {} : received === undefined ? { expected } : { expected, received };
    this.sink.push(geoIssue(this.locale, code, path, extra));
    this.issues++;
    return undefined;
  }

  /** A number in [min, max] at `keys`, or `undefined` after reporting why not. */
  number(value: unknown, keys: readonly PathSegment[], min: number, max: number): number | undefined {
    if (value === UNREADABLE) return this.report('unreadable_input', keys);
    if (value === undefined) return this.report('required', keys, 'number');
    if (typeof value !== 'number' || Number.isNaN(value)) return this.report('invalid_type', keys, 'number', describeReceived(value));
    if (value < min) return this.report('too_small', keys, `>= ${min}`, describeReceived(value));
    if (value > max) return this.report('too_big', keys, `<= ${max}`, describeReceived(value));
    return value;
  }

  /** A string at `keys` (required or optional), or `undefined` after reporting why not. */
  string(value: unknown, keys: readonly PathSegment[], required: boolean): string | undefined {
    if (value === UNREADABLE) return this.report('unreadable_input', keys);
    if (value === undefined) return required ? this.report('required', keys, 'string') : undefined;
    if (typeof value !== 'string') return this.report('invalid_type', keys, 'string', describeReceived(value));
    if (required && value.length === 0) return this.report('too_small', keys, '>= 1 chars', '0 chars');
    if (value.length > MAX_ID_LENGTH) return this.report('too_big', keys, `<= ${MAX_ID_LENGTH} chars`, `${value.length} chars`);
    return value;
  }
}

/**
 * Reads the list `root` (`'residences'` or `'sites'`): ids, WGS84 coordinates, households (residences) or kind
 * (sites). Entries with any issue, and later entries repeating an earlier id, are left out.
 *
 * @param root - which list, also the first segment of every issue path
 * @param input - the untrusted list
 * @param locale - the message locale
 * @param visit - when given, each usable point is passed to it as it is read (in input order) instead of being
 *   kept in `points`, which stays empty: no list of a million points to hold
 * @returns the usable points, in input order, and the issues
 * @example
 * ```ts
 * readPoints('sites', [{ id: 's', location: { lon: 121, lat: 31 } }, { id: 't', location: { lon: 121, lat: NaN } }], 'en');
 * //=> { points: [{ index: 0, id: 's', lon: 121, lat: 31, households: 0 }], issues: [{ code: 'invalid_type', path: ['sites', 1, 'location', 'lat'], … }] }
 * ```
 */
export function readPoints(
  root: 'residences' | 'sites',
  input: unknown,
  locale: Locale,
  visit?: (point: ReadPoint) => void,
): { points: ReadPoint[]; issues: GeoIssue[] } {
  const points: ReadPoint[] = [];
  const issues: GeoIssue[] = [];
  let length: unknown;
  try {
    length = Array.isArray(input) ? input.length : undefined;
  } catch {
    length = UNREADABLE;
  }
  if (typeof length !== 'number') {
    const code = length === UNREADABLE ? 'unreadable_input' : 'invalid_type';
    new Entry(issues, locale, root).report(code, [], ...(code === 'invalid_type' ? ['array', describeReceived(input)] : []));
    return { points, issues };
  }
  if (length > MAX_LIST_LENGTH) {
    new Entry(issues, locale, root).report('too_big', [], `at most ${MAX_LIST_LENGTH} entries`, String(length));
    return { points, issues };
  }
  // The ids taken: a Set (one hash lookup per entry); where each was first seen is looked up only when an id
  // repeats, through a Map built then from the ids and positions taken so far (a repeated id is rare, so the
  // common case never builds it).
  const taken = new Set<string>();
  const takenIds: string[] = [];
  const takenAt: number[] = [];
  let firstById: Map<string, number> | undefined;
  const firstOf = (id: string): number => {
    if (firstById === undefined) {
      firstById = new Map();
      takenIds.forEach((taken, i) => firstById?.set(taken, takenAt[i] ?? -1));
    }
    return firstById.get(id) ?? -1;
  };
  const take = (point: ReadPoint): boolean => {
    const before = taken.size;
    taken.add(point.id);
    if (taken.size === before) return false;
    if (firstById === undefined) {
      takenIds.push(point.id);
      takenAt.push(point.index);
    } else firstById.set(point.id, point.index);
    if (visit === undefined) points.push(point);
    else visit(point);
    return true;
  };
  const residences = root === 'residences';
  for (let index = 0; index < length; index++) {
    const quick = wellFormed(residences, input as readonly unknown[], index);
    // a repeated id falls through: the full reading below reports it
    if (quick !== undefined && take(quick)) continue;
    const entry = new Entry(issues, locale, root, index);
    const value = readSafely(input, index);
    if (!isRecord(value)) {
      if (value === UNREADABLE) entry.report('unreadable_input', []);
      else entry.report('invalid_type', [], 'object', describeReceived(value));
      continue;
    }
    const id = entry.string(readSafely(value, 'id'), ['id'], true);
    const location = readSafely(value, 'location');
    let lon: number | undefined;
    let lat: number | undefined;
    if (location === UNREADABLE) entry.report('unreadable_input', ['location']);
    else if (location === undefined) entry.report('required', ['location'], '{ lon, lat }');
    else if (!isRecord(location)) entry.report('invalid_type', ['location'], '{ lon, lat }', describeReceived(location));
    else {
      lon = entry.number(readSafely(location, 'lon'), ['location', 'lon'], -180, 180);
      lat = entry.number(readSafely(location, 'lat'), ['location', 'lat'], -90, 90);
    }
    let households = 0;
    let kind: string | undefined;
    if (root === 'residences') {
      const count = entry.number(readSafely(value, 'households'), ['households'], 0, Number.MAX_SAFE_INTEGER);
      if (count !== undefined && !Number.isInteger(count)) entry.report('invalid_type', ['households'], 'integer', describeReceived(count));
      households = count ?? 0;
    } else kind = entry.string(readSafely(value, 'kind'), ['kind'], false);
    if (entry.issues > 0 || id === undefined || lon === undefined || lat === undefined) continue;
    if (!take(kind === undefined ? { index, id, lon, lat, households } : { index, id, lon, lat, households, kind })) {
      issues.push(geoIssue(locale, 'duplicate_id', [root, index, 'id'], { params: { id, first: formatPath([root, firstOf(id), 'id']) } }));
    }
  }
  return { points, issues };
}

/**
 * The fast path of {@link readPoints} for the common case: the entry at `index` as a point when every field is
 * well formed — the same checks as the full reading, without building paths or issues — or `undefined` when
 * anything is off (or reading throws), for the full reading to say what. Reads each field once.
 */
function wellFormed(residences: boolean, input: readonly unknown[], index: number): ReadPoint | undefined {
  try {
    const value = input[index] as Record<string, unknown> | null | undefined;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const id = value['id'];
    if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID_LENGTH) return undefined;
    const location = value['location'] as Record<string, unknown> | null | undefined;
    if (typeof location !== 'object' || location === null || Array.isArray(location)) return undefined;
    const lon = location['lon'];
    const lat = location['lat'];
    // NaN fails every comparison, so it is left to the full reading too.
    if (typeof lon !== 'number' || !(lon >= -180 && lon <= 180) || typeof lat !== 'number' || !(lat >= -90 && lat <= 90)) return undefined;
    if (residences) {
      const households = value['households'];
      if (typeof households !== 'number' || !Number.isInteger(households) || households < 0 || households > Number.MAX_SAFE_INTEGER) return undefined;
      return { index, id, lon, lat, households };
    }
    const kind = value['kind'];
    if (kind === undefined) return { index, id, lon, lat, households: 0 };
    if (typeof kind !== 'string' || kind.length > MAX_ID_LENGTH) return undefined;
    return { index, id, lon, lat, households: 0, kind };
  } catch {
    return undefined;
  }
}
