/**
 * Spending volunteer service points — only against the balance.
 *
 * @module
 */
import { optionBag } from '../options.js';
import { resolveLocale } from '../locale.js';
import { pointsText } from './messages/points.js';
import { decimalToFen, readDecimal } from '../money/decimal.js';
import { toIsoDate } from '../profiles/as-of.js';
import type { PointsOptions } from './accrue-points.js';
import { received } from './issue.js';
import { localized, note, noteStep } from './note.js';
import { append, checkLedger, formatPoints, lastDate, refuse, type LedgerUpdate, type PointsLedger, type PointsRedemption } from './points-ledger.js';
import { replay } from './points-replay.js';
import type { InvalidOptionError } from '../errors.js';

/** A redemption request. */
export interface RedemptionRequest {
  /** Points to spend: a positive number or decimal string with at most two decimals (`10`, `'2.5'`). */
  readonly points: number | string;
  /** What they are spent on. */
  readonly note?: string;
}

/**
 * Spends points, as a new redemption entry dated `asOf` — only when the balance that day (after lapsed points)
 * covers them; otherwise the ledger is returned unchanged with an `insufficient_balance` issue giving the balance
 * and the shortfall. The points used are those that lapse first (then the older entry first), which the note lists.
 *
 * @param ledger - the volunteer's ledger
 * @param request - the points (and a note)
 * @param options - `asOf` (required: the day of the redemption), `locale`
 * @returns the new ledger and entry, or the unchanged ledger and the issue; with the worked note
 * @throws {@link index!InvalidOptionError} for a ledger that is not one, or a missing or bad `asOf` or locale
 * @example
 * ```ts
 * // with 2.5 points earned on 2013-05-04:
 * redeemPoints(ledger, { points: 2 }, { asOf: '2013-06-01' }).ok; //=> true (0.5 left)
 * redeemPoints(ledger, { points: 3 }, { asOf: '2013-06-01' }).ok; //=> false (issue 'insufficient_balance', 0.5 short)
 * ```
 */
export function redeemPoints(ledger: PointsLedger, request: RedemptionRequest, options: PointsOptions & { readonly asOf: string | Date }): LedgerUpdate {
  options = optionBag(options);
  checkLedger(ledger);
  const locale = resolveLocale(options.locale);
  const date = toIsoDate(options?.asOf);
  const title = localized(pointsText, (t) => t.redemptionTitle({ volunteerId: ledger.volunteerId, date }));
  const raw: unknown = typeof request === 'object' && request !== null ? request.points : undefined;
  const centipoints = centipointsOf(raw);
  if (centipoints === undefined) {
    return refuse(ledger, locale, title, 'invalid_points', ['request', 'points'], { expected: '> 0, at most 2 decimals', received: received(raw) });
  }
  const last = lastDate(ledger);
  if (last !== undefined && date < last) return refuse(ledger, locale, title, 'out_of_order', ['asOf'], { params: { date, last } });
  const balance = replay(ledger, date).balance;
  if (balance < centipoints) {
    const params = { requested: formatPoints(centipoints), balance: formatPoints(balance), shortfall: formatPoints(centipoints - balance) };
    return refuse(ledger, locale, title, 'insufficient_balance', ['request', 'points'], { params });
  }
  const memo = request.note;
  const entry: PointsRedemption = { seq: ledger.entries.length + 1, date, kind: 'redemption', centipoints, ...(typeof memo === 'string' && { note: memo }) };
  const next = append(ledger, entry);
  const lots = replay(next, date).consumption.get(entry.seq) ?? [];
  const steps = [
    noteStep(localized(pointsText, (t) => t.available({ date, centipoints: balance }))),
    noteStep(localized(pointsText, (t) => t.redeemed({ centipoints, lots }))),
    noteStep(localized(pointsText, (t) => t.after({ centipoints: balance - centipoints }))),
  ];
  return { ok: true, ledger: next, entry, issues: [], explanation: note(title, steps) };
}

/** Positive points with at most two decimals, in hundredths; `undefined` otherwise. */
function centipointsOf(points: unknown): number | undefined {
  const text = typeof points === 'number' && Number.isFinite(points) ? String(points) : typeof points === 'string' ? points.trim() : undefined;
  const decimal = text === undefined || text.length > 30 ? undefined : readDecimal(text);
  const hundredths = decimal === undefined ? undefined : decimalToFen(decimal, 0);
  if (hundredths === undefined || hundredths <= 0n || hundredths > BigInt(Number.MAX_SAFE_INTEGER)) return undefined;
  return Number(hundredths);
}
