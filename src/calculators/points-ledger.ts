/**
 * The volunteer service points ledger (服务积分管理): an append-only list of dated entries. History is never
 * rewritten — a correction is a new entry.
 *
 * Points are counted exactly in hundredths of a point (`centipoints`, integers), like money in fen: 2.5 points
 * are `250`. Service time is counted in whole minutes.
 *
 * @module
 */
import type { Explanation } from '../engine/explanation.js';
import { InvalidOptionError } from '../errors.js';
import type { Locale, LocalizedText } from '../locale.js';
import { quotientText } from './messages/format.js';
import { pointsText } from './messages/points.js';
import type { PathSegment } from '../validation/issue.js';
import { calculatorIssue, issueText, type CalculatorIssue, type CalculatorIssueCode } from './issue.js';
import { localized, note, noteStep } from './note.js';

/** What every entry has. */
interface EntryBase {
  /** Its number in the ledger: 1, 2, 3… in the order recorded. */
  readonly seq: number;
  /** The day it takes effect (`YYYY-MM-DD`); entries are in date order. */
  readonly date: string;
}

/** Points earned by one volunteer service (one activity). */
export interface PointsAccrual extends EntryBase {
  /** The kind. */
  readonly kind: 'accrual';
  /** The `VolunteerService` record's id: a service earns points once. */
  readonly serviceId: string;
  /** The activity. */
  readonly activity: string;
  /** The day of the service; validity runs from it. */
  readonly serviceDate: string;
  /** Minutes served, as recorded. */
  readonly servedMinutes: number;
  /** Minutes credited, after the per-activity cap. */
  readonly creditedMinutes: number;
  /** Points earned, in hundredths of a point. */
  readonly centipoints: number;
  /** The first day these points no longer count. */
  readonly expiresOn: string;
}

/** Points spent. */
export interface PointsRedemption extends EntryBase {
  /** The kind. */
  readonly kind: 'redemption';
  /** Points spent, in hundredths of a point (positive). */
  readonly centipoints: number;
  /** What they were spent on. */
  readonly note?: string;
}

/** A correction of an accrual: the difference, as a new entry. */
export interface PointsCorrection extends EntryBase {
  /** The kind. */
  readonly kind: 'correction';
  /** The `seq` of the accrual corrected. */
  readonly corrects: number;
  /** Change in credited minutes (signed). */
  readonly creditedMinutes: number;
  /** Change in points, in hundredths (signed, never zero together with the minutes). */
  readonly centipoints: number;
  /** Why. */
  readonly reason?: string;
}

/** One entry of a {@link PointsLedger}. */
export type PointsEntry = PointsAccrual | PointsRedemption | PointsCorrection;

/** One volunteer's points ledger. Frozen; every change returns a new ledger. */
export interface PointsLedger {
  /** The volunteer's id. */
  readonly volunteerId: string;
  /** The entries, in the order recorded (and so in date order). */
  readonly entries: readonly PointsEntry[];
}

/**
 * The result of adding an entry: the new ledger and the entry, or — when the data does not allow it — the
 * ledger unchanged and the issue. Either way, a worked note.
 */
export type LedgerUpdate =
  | { readonly ok: true; readonly ledger: PointsLedger; readonly entry: PointsEntry; readonly issues: readonly []; readonly explanation: Explanation }
  | { readonly ok: false; readonly ledger: PointsLedger; readonly issues: readonly [CalculatorIssue]; readonly explanation: Explanation };

/**
 * Opens an empty points ledger for a volunteer.
 *
 * @param volunteerId - the volunteer's id
 * @returns the empty, frozen ledger
 * @throws {@link index!InvalidOptionError} when the id is not a non-empty string
 * @example
 * ```ts
 * createPointsLedger('v1'); //=> { volunteerId: 'v1', entries: [] }
 * ```
 */
export function createPointsLedger(volunteerId: string): PointsLedger {
  if (typeof volunteerId !== 'string' || volunteerId === '') {
    throw new InvalidOptionError('volunteerId', 'expected a non-empty string', volunteerId);
  }
  return Object.freeze({ volunteerId, entries: Object.freeze([]) });
}

/**
 * Writes hundredths of a point as points, exactly: `250` → `'2.5'`.
 *
 * @param centipoints - an integer number of hundredths of a point
 * @returns the points as a decimal string, without trailing zeros
 * @throws {@link index!InvalidOptionError} when `centipoints` is not a safe integer
 * @example
 * ```ts
 * formatPoints(250); //=> '2.5'
 * formatPoints(-33); //=> '-0.33'
 * ```
 */
export function formatPoints(centipoints: number): string {
  if (!Number.isSafeInteger(centipoints)) throw new InvalidOptionError('centipoints', 'expected a safe integer', centipoints);
  return quotientText(BigInt(centipoints), 100n, 2);
}

/** Appends an entry, returning a new frozen ledger. @internal */
export function append(ledger: PointsLedger, entry: PointsEntry): PointsLedger {
  return Object.freeze({ volunteerId: ledger.volunteerId, entries: Object.freeze([...ledger.entries, Object.freeze(entry)]) });
}

/** The date of the ledger's last entry, if any. @internal */
export function lastDate(ledger: PointsLedger): string | undefined {
  return ledger.entries[ledger.entries.length - 1]?.date;
}

/** Checks that a ledger argument looks like one, down to its entries (a ledger may come back from storage). @internal */
export function checkLedger(ledger: PointsLedger): void {
  if (
    typeof ledger !== 'object' ||
    ledger === null ||
    typeof ledger.volunteerId !== 'string' ||
    !Array.isArray(ledger.entries) ||
    !ledger.entries.every(isReadableEntry)
  ) {
    throw new InvalidOptionError('ledger', 'expected a points ledger from createPointsLedger()', ledger);
  }
}

/** The entry fields that hold counts (minutes, hundredths of a point, sequence numbers): safe integers when present. */
const INTEGER_FIELDS = ['seq', 'centipoints', 'creditedMinutes', 'servedMinutes', 'corrects'] as const;

function isReadableEntry(entry: unknown): boolean {
  if (typeof entry !== 'object' || entry === null) return false;
  const e = entry as Record<string, unknown>;
  return (
    typeof e['date'] === 'string' &&
    typeof e['kind'] === 'string' &&
    Number.isSafeInteger(e['seq']) &&
    Number.isSafeInteger(e['centipoints']) &&
    INTEGER_FIELDS.every((field) => e[field] === undefined || Number.isSafeInteger(e[field]))
  );
}

/** Refuses an entry: the ledger unchanged, the issue, and a note saying why. @internal */
export function refuse(
  ledger: PointsLedger,
  locale: Locale,
  title: LocalizedText,
  code: CalculatorIssueCode,
  path: readonly PathSegment[],
  extra: { expected?: string; received?: string; params?: Record<string, unknown> } = {},
): LedgerUpdate {
  const reason = issueText(code, path, extra);
  const explanation = note(title, [noteStep(localized(pointsText, (t, l) => t.refused({ reason: reason[l] })))]);
  return { ok: false, ledger, issues: [calculatorIssue(locale, code, path, extra)], explanation };
}
