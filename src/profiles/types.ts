/**
 * The shape of profiles and parameters: dated values, each with a citation or an assumption note.
 *
 * @module
 */
import type { ZodType } from 'zod';
import type { Assumption, Citation } from '../citation.js';
import type { LocalizedText } from '../locale.js';

/**
 * Units of parameter values. Money is always in integer fen (分) so that amounts stay exact.
 *
 * - `fen-per-100-households`: fen per 100 households (社区工作经费; the report gives no period, such as a year)
 * - `fen-per-year`, `fen`: fen a year, or once
 * - `fen-per-person-month`: fen per person per month (低保, 最低工资)
 * - `count`, `ratio` (0–1), `minutes`, `hours`, `days`, `months`, `metres`, `metres-per-minute`, `square-metres`,
 *   `square-metres-per-100-households`, `points-per-hour`, `factor` (a dimensionless multiplier)
 * - `time-of-day` (`HH:mm`), `list` (ids or names), `record` (a structured value described by the parameter)
 */
export type Unit =
  | 'fen-per-100-households'
  | 'fen-per-year'
  | 'fen'
  | 'fen-per-person-month'
  | 'count'
  | 'ratio'
  | 'minutes'
  | 'hours'
  | 'days'
  | 'months'
  | 'metres'
  | 'metres-per-minute'
  | 'square-metres'
  | 'square-metres-per-100-households'
  | 'points-per-hour'
  | 'factor'
  | 'time-of-day'
  | 'list'
  | 'record';

/** What a per-household figure counts: 户籍 (registered) or 常住 (resident) households. */
export type Basis = 'registered-households' | 'resident-households';

/** The value types a parameter can hold (a parameter's own type is in `ParameterTypes`, for a built-in id). */
export type ParameterValueType = number | string | boolean | readonly unknown[] | Readonly<Record<string, unknown>>;

/**
 * One dated value of a parameter. `from` and `to` are inclusive calendar dates (`YYYY-MM-DD`); an absent `from`
 * means "since before any date the source speaks of" and an absent `to` means "still in force". Each value carries
 * a `citation`, an `assumption` note, or both (a cited figure whose dates are our reading).
 */
export interface ParameterValue<V = ParameterValueType> {
  /** First day in force (inclusive). */
  readonly from?: string;
  /** Last day in force (inclusive). */
  readonly to?: string;
  /** The value. */
  readonly value: V;
  /** What a per-household value counts, where it matters. */
  readonly basis?: Basis;
  /** Where the value comes from. */
  readonly citation?: Citation;
  /** What we assumed, and why, where the source is silent. */
  readonly assumption?: Assumption['assumption'];
}

/**
 * A parameter: a dotted id, a bilingual label, a unit, the schema of its values and its dated values.
 *
 * `defineProfile` checks every dated value against the unit's schema (see `unitSchema`: a whole count from 0, a
 * ratio 0–1, whole fen from 0, `HH:mm`…) and against `schema`, the parameter's own (required in practice for a
 * `list` or `record`: without one, any list or any object passes). A profile derived from another keeps the
 * schema of the parameter it changes.
 */
export interface ParameterDefinition<V = ParameterValueType> {
  /** Dotted id, e.g. `funding.communityWork`. */
  readonly id: string;
  /** Label in every locale. */
  readonly label: LocalizedText;
  /** Unit of the values. */
  readonly unit: Unit;
  /** What the parameter means, where the label is not enough. */
  readonly description?: LocalizedText;
  /** What a value must be, beyond its unit (the fields of a record, the members of a list…). */
  readonly schema?: ZodType<V>;
  /** Dated values, in date order, not overlapping. */
  readonly values: readonly ParameterValue<V>[];
}

/** A policy profile: a named set of parameters, optionally built on another profile. */
export interface Profile {
  /** Id, e.g. `kunshan`. */
  readonly id: string;
  /** Name in every locale. */
  readonly name: LocalizedText;
  /** The profile it builds on: its parameters apply unless this one replaces them. */
  readonly extends?: Profile;
  /** Parameters defined (or replaced) by this profile. */
  readonly parameters: Readonly<Record<string, ParameterDefinition>>;
}

/**
 * A parameter value in force at a date, with everything needed to cite it. `V` is the value's type: the one
 * `ParameterTypes` gives a known id, `unknown` for any other id.
 */
export interface ResolvedParameter<V = unknown> {
  /** Dotted id. */
  readonly id: string;
  /** The profile that defines the value (e.g. `national` for a figure a Kunshan check inherits). */
  readonly profile: string;
  /** Label in every locale. */
  readonly label: LocalizedText;
  /** Unit. */
  readonly unit: Unit;
  /** The value. */
  readonly value: V;
  /** Basis, where it matters. */
  readonly basis?: Basis;
  /** First day in force, if known. */
  readonly from?: string;
  /** Last day in force, if any. */
  readonly to?: string;
  /** Citation, if any. */
  readonly citation?: Citation;
  /** Assumption note, if any. */
  readonly assumption?: Assumption['assumption'];
}
