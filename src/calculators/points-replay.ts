/**
 * Replaying a points ledger up to a date: accruals, corrections, redemptions and lapses, lot by lot.
 * Internal to the points calculators.
 *
 * @module
 * @internal
 */
import type { PointsLedger } from './points-ledger.js';

/** What is left of one accrual. */
export interface Lot {
  /** The accrual's `seq`. */
  readonly seq: number;
  /** Its service date. */
  readonly serviceDate: string;
  /** The first day it no longer counts. */
  readonly expiresOn: string;
  /** Points left, in hundredths (after corrections, redemptions and lapse). */
  remaining: number;
  /** Points credited so far (accrual plus corrections), in hundredths. */
  credited: number;
  /** Whether it has lapsed. */
  lapsed: boolean;
}

/** The state of a ledger at a date. */
export interface Replay {
  /** Sum of accruals, and their count. */
  accrued: number;
  accruals: number;
  /** Net sum of corrections (signed), and their count. */
  corrected: number;
  corrections: number;
  /** Sum of redemptions, and their count. */
  redeemed: number;
  redemptions: number;
  /** Sum of lapsed points, and each lapse of a lot that still had points. */
  expired: number;
  lapses: { seq: number; serviceDate: string; expiresOn: string; centipoints: number }[];
  /** Credited minutes (accruals plus corrections). */
  creditedMinutes: number;
  /** Every accrual's lot, by `seq`. */
  lots: Map<number, Lot>;
  /** For every redemption (by `seq`), the lots it used. */
  consumption: Map<number, { seq: number; centipoints: number }[]>;
  /** Points available: the sum of what is left of the lots. */
  balance: number;
}

/**
 * Replays the entries dated on or before `asOf`, in order. Before each entry, and at `asOf`, every lot whose
 * `expiresOn` has come lapses with what is left of it. A redemption uses the lots that lapse first (then the
 * older entry first). The identity `balance = accrued + corrected − redeemed − lapsed` holds for any ledger
 * built by this module's functions, which refuse redemptions and corrections the lots cannot cover.
 */
export function replay(ledger: PointsLedger, asOf: string): Replay {
  const state: Replay = {
    accrued: 0, accruals: 0, corrected: 0, corrections: 0, redeemed: 0, redemptions: 0,
    expired: 0, lapses: [], creditedMinutes: 0, lots: new Map(), consumption: new Map(), balance: 0,
  };
  const lapseUpTo = (date: string) => {
    for (const lot of state.lots.values()) {
      if (lot.lapsed || lot.expiresOn > date) continue;
      lot.lapsed = true;
      state.expired += lot.remaining;
      if (lot.remaining > 0) state.lapses.push({ seq: lot.seq, serviceDate: lot.serviceDate, expiresOn: lot.expiresOn, centipoints: lot.remaining });
      lot.remaining = 0;
    }
  };
  for (const entry of ledger.entries) {
    if (entry.date > asOf) break;
    lapseUpTo(entry.date);
    if (entry.kind === 'accrual') {
      state.accrued += entry.centipoints;
      state.accruals += 1;
      state.creditedMinutes += entry.creditedMinutes;
      const { seq, serviceDate, expiresOn, centipoints } = entry;
      state.lots.set(seq, { seq, serviceDate, expiresOn, remaining: centipoints, credited: centipoints, lapsed: false });
      lapseUpTo(entry.date);
    } else if (entry.kind === 'correction') {
      state.corrected += entry.centipoints;
      state.corrections += 1;
      state.creditedMinutes += entry.creditedMinutes;
      const lot = state.lots.get(entry.corrects);
      if (lot !== undefined) {
        lot.remaining += entry.centipoints;
        lot.credited += entry.centipoints;
      }
    } else {
      state.redeemed += entry.centipoints;
      state.redemptions += 1;
      let due = entry.centipoints;
      const used: { seq: number; centipoints: number }[] = [];
      const live = [...state.lots.values()].filter((l) => !l.lapsed && l.remaining > 0);
      live.sort((a, b) => (a.expiresOn < b.expiresOn ? -1 : a.expiresOn > b.expiresOn ? 1 : a.seq - b.seq));
      for (const lot of live) {
        if (due === 0) break;
        const take = Math.min(due, lot.remaining);
        lot.remaining -= take;
        due -= take;
        used.push({ seq: lot.seq, centipoints: take });
      }
      state.consumption.set(entry.seq, used);
    }
  }
  lapseUpTo(asOf);
  for (const lot of state.lots.values()) state.balance += lot.remaining;
  return state;
}
