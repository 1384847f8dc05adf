/**
 * The points balance of a volunteer at a date: accruals, corrections, redemptions and lapsed points.
 *
 * @module
 */
import { optionBag } from '../options.js';
import type { Explanation } from '../engine/explanation.js';
import { pointsText } from './messages/points.js';
import { toIsoDate } from '../profiles/as-of.js';
import { localized, note, noteStep } from './note.js';
import { checkLedger, formatPoints, type PointsLedger } from './points-ledger.js';
import { replay } from './points-replay.js';
import type { InvalidOptionError } from '../errors.js';

/** Options of {@link pointsBalance}. */
export interface PointsBalanceOptions {
  /** The day (required): entries dated later are not counted, and points lapse up to this day. */
  readonly asOf: string | Date;
}

/** A volunteer's points at a date. All amounts in hundredths of a point; `balance = accrued + corrected − redeemed − expired`. */
export interface PointsBalance {
  /** The volunteer's id. */
  readonly volunteerId: string;
  /** The day, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** Points available, in hundredths. */
  readonly balance: number;
  /** The balance as a decimal string of points (`'12.5'`). */
  readonly points: string;
  /** Sum of accruals. */
  readonly accrued: number;
  /** Net sum of corrections (signed). */
  readonly corrected: number;
  /** Sum of redemptions. */
  readonly redeemed: number;
  /** Sum of lapsed points. */
  readonly expired: number;
  /** The next points to lapse after `asOf`, if any. */
  readonly nextExpiry: { readonly date: string; readonly centipoints: number } | null;
  /** The worked note. */
  readonly explanation: Explanation;
}

/**
 * Computes a volunteer's points balance at a date by replaying the ledger: accruals and corrections add, redemptions
 * subtract, and whatever is left of an accrual on its `expiresOn` day lapses. Points lapse on the day their
 * validity ends, so on `expiresOn` itself they no longer count.
 *
 * @param ledger - the volunteer's ledger
 * @param options - `asOf` (required)
 * @returns the balance, its parts, the next lapse and the worked note
 * @throws {@link index!InvalidOptionError} for a ledger that is not one, or a missing or bad `asOf`
 * @example
 * ```ts
 * pointsBalance(ledger, { asOf: '2014-01-01' }).points; //=> '2.5' (2.5 points earned on 2013-05-04)
 * pointsBalance(ledger, { asOf: '2015-05-04' }).expired; //=> 250 (lapsed after 24 months)
 * ```
 */
export function pointsBalance(ledger: PointsLedger, options: PointsBalanceOptions): PointsBalance {
  options = optionBag(options);
  checkLedger(ledger);
  const asOf = toIsoDate(options?.asOf);
  const state = replay(ledger, asOf);
  const { accrued, corrected, redeemed, expired, balance } = state;
  let nextExpiry: { date: string; centipoints: number } | null = null;
  for (const lot of state.lots.values()) {
    if (lot.lapsed || lot.remaining === 0) continue;
    if (nextExpiry === null || lot.expiresOn < nextExpiry.date) nextExpiry = { date: lot.expiresOn, centipoints: lot.remaining };
    else if (lot.expiresOn === nextExpiry.date) nextExpiry = { date: lot.expiresOn, centipoints: nextExpiry.centipoints + lot.remaining };
  }
  const line = (what: 'accrued' | 'corrected' | 'redeemed' | 'expired', centipoints: number, count: number) =>
    localized(pointsText, (t) => t.line({ what, centipoints, count }));
  const lapses = state.lapses.map((l) => noteStep(localized(pointsText, (t) => t.lapsed(l))));
  const steps = [
    noteStep(line('accrued', accrued, state.accruals)),
    ...(state.corrections > 0 ? [noteStep(line('corrected', corrected, state.corrections))] : []),
    noteStep(line('redeemed', redeemed, state.redemptions)),
    noteStep(line('expired', expired, state.lapses.length), { steps: lapses }),
    noteStep(localized(pointsText, (t) => t.balance({ accrued, corrected, redeemed, expired, balance }))),
    ...(nextExpiry === null ? [] : [noteStep(localized(pointsText, (t) => t.nextExpiry(nextExpiry)))]),
  ];
  const explanation = note(localized(pointsText, (t) => t.balanceTitle({ volunteerId: ledger.volunteerId, asOf })), steps);
  return { volunteerId: ledger.volunteerId, asOf, balance, points: formatPoints(balance), accrued, corrected, redeemed, expired, nextExpiry, explanation };
}
