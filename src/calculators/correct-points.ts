/**
 * Correcting an accrual of volunteer service points — by a new entry, never by rewriting history.
 *
 * @module
 */
import { optionBag } from '../options.js';
import { resolveLocale } from '../locale.js';
import { pointsText } from './messages/points.js';
import { toIsoDate } from '../profiles/as-of.js';
import { kunshan } from '../profiles/kunshan.js';
import type { PointsOptions } from './accrue-points.js';
import { received } from './issue.js';
import { localized, note, noteStep } from './note.js';
import { creditFor, minutesOf } from './points-credit.js';
import { append, checkLedger, formatPoints, lastDate, refuse, type LedgerUpdate, type PointsCorrection, type PointsLedger } from './points-ledger.js';
import { replay } from './points-replay.js';
import type { InvalidOptionError } from '../errors.js';

/** A correction request: the accrual and the hours it should have had. */
export interface CorrectionRequest {
  /** The `seq` of the accrual to correct. */
  readonly seq: number;
  /** The correct hours served, 0–24. */
  readonly hours: number;
  /** Why (kept in the entry). */
  readonly reason?: string;
}

/**
 * Corrects the hours of an accrual: recomputes its points by the parameters in force on its day of service and
 * records the difference as a new correction entry dated `asOf` (the original entry stays as it was). Refused,
 * with the ledger unchanged and an issue: an unknown accrual, hours outside 0–24, an accrual whose points have
 * lapsed, a correction that would take back more than is left of the accrual (the rest was redeemed), no change,
 * or a date before the ledger's last entry.
 *
 * @param ledger - the volunteer's ledger
 * @param request - the accrual's `seq`, the correct hours and the reason
 * @param options - `asOf` (required: the day of the correction), `profile`, `locale`
 * @returns the new ledger and entry, or the unchanged ledger and the issue; with the worked note
 * @throws {@link index!InvalidOptionError} for a ledger that is not one, or a missing or bad `asOf` or locale
 * @example
 * ```ts
 * // entry #1 recorded 2.5 hours (2.5 points); it was 2 hours:
 * correctPoints(ledger, { seq: 1, hours: 2, reason: '登记有误' }, { asOf: '2013-05-10' }).entry;
 * //=> { seq: 2, kind: 'correction', corrects: 1, creditedMinutes: -30, centipoints: -50, … }
 * ```
 */
export function correctPoints(ledger: PointsLedger, request: CorrectionRequest, options: PointsOptions & { readonly asOf: string | Date }): LedgerUpdate {
  options = optionBag(options);
  checkLedger(ledger);
  const locale = resolveLocale(options.locale);
  const date = toIsoDate(options?.asOf);
  const seq: unknown = typeof request === 'object' && request !== null ? request.seq : undefined;
  const title = localized(pointsText, (t) => t.correctionTitle({ seq: Number(seq), date }));
  const accrual = ledger.entries.find((e) => e.kind === 'accrual' && e.seq === seq);
  if (accrual?.kind !== 'accrual') return refuse(ledger, locale, title, 'unknown_entry', ['request', 'seq'], { received: received(seq), params: { seq: String(seq) } });
  const minutes = minutesOf(request.hours);
  if (minutes === undefined) return refuse(ledger, locale, title, 'invalid_hours', ['request', 'hours'], { expected: '0..24', received: received(request.hours) });
  const last = lastDate(ledger);
  if (last !== undefined && date < last) return refuse(ledger, locale, title, 'out_of_order', ['asOf'], { params: { date, last } });
  const lot = replay(ledger, date).lots.get(accrual.seq);
  if (lot === undefined || lot.lapsed) {
    return refuse(ledger, locale, title, 'accrual_expired', ['request', 'seq'], { params: { seq: accrual.seq, expiresOn: accrual.expiresOn } });
  }
  const credit = creditFor(minutes, accrual.serviceDate, options.profile ?? kunshan);
  const creditedSoFar = ledger.entries.reduce(
    (acc, e) => (e.kind === 'correction' && e.corrects === accrual.seq ? acc + e.creditedMinutes : acc),
    accrual.creditedMinutes,
  );
  const delta = credit.centipoints - lot.credited;
  const deltaMinutes = credit.creditedMinutes - creditedSoFar;
  if (delta === 0 && deltaMinutes === 0) return refuse(ledger, locale, title, 'no_change', ['request', 'hours'], { params: { seq: accrual.seq } });
  if (-delta > lot.remaining) {
    const params = { seq: accrual.seq, takeBack: formatPoints(-delta), remaining: formatPoints(lot.remaining) };
    return refuse(ledger, locale, title, 'correction_exceeds_remaining', ['request', 'hours'], { params });
  }
  const reason = request.reason;
  const entry: PointsCorrection = {
    seq: ledger.entries.length + 1,
    date,
    kind: 'correction',
    corrects: accrual.seq,
    creditedMinutes: deltaMinutes,
    centipoints: delta,
    ...(typeof reason === 'string' && { reason }),
  };
  const change = { seq: accrual.seq, before: lot.credited, after: credit.centipoints, delta };
  const steps = [...credit.steps, noteStep(localized(pointsText, (t) => t.corrected(change)))];
  return { ok: true, ledger: append(ledger, entry), entry, issues: [], explanation: note(title, steps) };
}
