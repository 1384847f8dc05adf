/**
 * The codes of the calculator issues (a module of its own, so that the messages can be typed by code without importing the issues).
 *
 * @module
 */
/** The codes of `CalculatorIssue`. */
export type CalculatorIssueCode =
  /** The household count for the basis in force (户籍 or 常住) is not given: the funds are not computed. */
  | 'missing_households'
  /** A household count that is not a non-negative safe integer. */
  | 'invalid_households'
  /** A record that could not be read at all (not an object, a getter that throws). */
  | 'unreadable_input'
  /** Two projects share an id; the later one is left out. */
  | 'duplicate_id'
  /** A project's `requestedFen` is not a non-negative safe integer. */
  | 'invalid_request'
  /** A project asks for nothing (0 fen). */
  | 'nothing_requested'
  /** A project has no review score, so it cannot be ranked. */
  | 'unscored'
  /** A project's score is not a finite number. */
  | 'invalid_score'
  /** A project belongs to the other programme (公益创投 vs 招投标试点). */
  | 'other_programme'
  /** A project belongs to another year's round. */
  | 'other_year'
  /** A volunteer service belongs to another volunteer than the ledger's. */
  | 'wrong_volunteer'
  /** A volunteer service already earned points in this ledger. */
  | 'duplicate_service'
  /** Hours that are not a number from 0 to 24. */
  | 'invalid_hours'
  /** A date that is not a calendar date `YYYY-MM-DD`. */
  | 'invalid_date'
  /** An accrual recorded before the service took place. */
  | 'recorded_before_service'
  /** An entry dated before the ledger's last entry: the ledger is append-only and in date order. */
  | 'out_of_order'
  /** Points that are not a positive amount with at most two decimals. */
  | 'invalid_points'
  /** A redemption larger than the balance. */
  | 'insufficient_balance'
  /** A correction refers to no accrual of the ledger. */
  | 'unknown_entry'
  /** A correction of an accrual whose points have already lapsed. */
  | 'accrual_expired'
  /** A correction that takes back more points than are left of the accrual. */
  | 'correction_exceeds_remaining'
  /** A correction that changes nothing. */
  | 'no_change'
  /** A household size that is not a positive safe integer. */
  | 'invalid_members'
  /** A household income that is not a non-negative amount of money. */
  | 'invalid_income'
  /** A count of people that is not a non-negative safe integer. */
  | 'invalid_count'
  /** Deductions from a total that are larger than the total. */
  | 'deductions_exceed_total'
  /** A rate whose denominator is zero (no one to count). */
  | 'empty_denominator'
  /** An amount of money that is not a non-negative safe integer of fen. */
  | 'invalid_fen'
  /** An area that is not a positive finite number of square metres. */
  | 'invalid_area';
