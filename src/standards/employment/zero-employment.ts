/**
 * Zero-employment spells (零就业) of a household, read from its members' employment histories.
 *
 * @module
 */
import { formatIsoDate, parseIsoDate } from '../../time/calendar-date.js';

/** How a zero-employment spell ended. */
export type SpellEnd = 'employed' | 'left-labour-force' | 'unknown';

/** A period in which a household was a zero-employment household: no member employed, at least one unemployed. */
export interface ZeroEmploymentSpell {
  /** The first day of the spell, `YYYY-MM-DD`. */
  readonly since: string;
  /** The first day it no longer held, `YYYY-MM-DD`; absent while it still holds on the date read. */
  readonly until?: string;
  /** How it ended (absent while it still holds): someone employed, no one left seeking work, or status unknown. */
  readonly endedBy?: SpellEnd;
  /** Days from `since` to `until` (or to the date read, while it holds). */
  readonly days: number;
}

/** What {@link zeroEmploymentSpells} read. */
export type HouseholdReading =
  | { readonly ok: true; readonly spells: readonly ZeroEmploymentSpell[]; readonly reported: boolean }
  | { readonly ok: false; readonly member: number; readonly date: string };

type Status = 'employed' | 'unemployed' | 'not-in-labour-force';
const STATUSES: ReadonlySet<unknown> = new Set(['employed', 'unemployed', 'not-in-labour-force']);

/**
 * The zero-employment spells of a household up to a date. On each day a member's status is that of his or her
 * latest change on or before the day (before the first change it is unknown). The household is a zero-employment
 * household on a day when no member is employed, at least one is unemployed and none is unknown — the definition
 * of 零就业家庭: every member of working age able and willing to work is out of work, and no one is employed.
 * Changes after `asOf`, and entries that cannot be read (not a status, not a date), are ignored; a member with
 * two different statuses on one date makes the history ambiguous (`ok: false`). Never throws.
 *
 * @param members - the household's members (untrusted)
 * @param asOf - the date read, `YYYY-MM-DD`
 * @returns the spells in date order and whether every member has a status reported on or before `asOf` (when one
 *   has none, `reported` is `false` and no spell is read), or the first ambiguity
 * @example
 * ```ts
 * zeroEmploymentSpells([{ employment: [{ status: 'unemployed', since: '2013-03-01' }, { status: 'employed', since: '2013-03-21' }] }], '2013-06-30');
 * //=> { ok: true, reported: true, spells: [{ since: '2013-03-01', until: '2013-03-21', endedBy: 'employed', days: 20 }] }
 * ```
 */
export function zeroEmploymentSpells(members: unknown, asOf: string): HouseholdReading {
  const end = parseIsoDate(asOf);
  const histories: Map<number, Status>[] = [];
  if (end === undefined || !Array.isArray(members)) return { ok: true, spells: [], reported: false };
  for (let m = 0; m < members.length; m++) {
    const history = new Map<number, Status>();
    const changes: unknown = readField(members[m], 'employment');
    if (Array.isArray(changes)) {
      for (const change of changes) {
        const status = readField(change, 'status');
        const day = parseIsoDate(readField(change, 'since'));
        if (!STATUSES.has(status) || day === undefined || day > end) continue;
        const before = history.get(day);
        if (before !== undefined && before !== status) return { ok: false, member: m, date: formatIsoDate(day) };
        history.set(day, status as Status);
      }
    }
    histories.push(history);
  }
  const days = [...new Set(histories.flatMap((h) => [...h.keys()]))].sort((a, b) => a - b);
  if (histories.length === 0 || histories.some((h) => h.size === 0)) return { ok: true, spells: [], reported: false };
  const current: (Status | undefined)[] = histories.map(() => undefined);
  const spells: ZeroEmploymentSpell[] = [];
  let open: number | undefined;
  for (const day of days) {
    histories.forEach((h, m) => {
      const status = h.get(day);
      if (status !== undefined) current[m] = status;
    });
    const state = householdState(current);
    if (state === 'zero' && open === undefined) open = day;
    else if (state !== 'zero' && open !== undefined) {
      spells.push({ since: formatIsoDate(open), until: formatIsoDate(day), endedBy: state, days: day - open });
      open = undefined;
    }
  }
  if (open !== undefined) spells.push({ since: formatIsoDate(open), days: end - open });
  return { ok: true, spells, reported: true };
}

/** The household's state from its members' statuses on one day. */
function householdState(statuses: readonly (Status | undefined)[]): 'zero' | SpellEnd {
  if (statuses.includes('employed')) return 'employed';
  if (statuses.includes(undefined)) return 'unknown';
  return statuses.includes('unemployed') ? 'zero' : 'left-labour-force';
}

/** Reads a field of an untrusted value (a getter that throws reads as absent). */
function readField(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}
