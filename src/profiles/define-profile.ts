/**
 * Deriving a profile: a city's own parameters on top of another profile, checked for consistency.
 *
 * @module
 */
import { deepFrozen } from '../deep-freeze.js';
import { objectArgument } from '../arguments.js';
import { ProfileDefinitionError } from '../errors.js';
import type { LocalizedText } from '../locale.js';
import { toIsoDate } from './as-of.js';
import { findParameter } from './parameter.js';
import type { ParameterDefinition, ParameterValue, Profile, Unit } from './types.js';

/** A change to a parameter the base profile already has. */
export interface ParameterChange {
  /** The unit, repeated as a safeguard: it must match the base parameter's unit. */
  readonly unit?: Unit;
  /**
   * `replace` (default): these values replace the base parameter's values entirely.
   * `add`: these values are added to the base parameter's (dates must not overlap).
   */
  readonly mode?: 'replace' | 'add';
  /** The dated values, each with a citation or an assumption note. */
  readonly values: readonly ParameterValue[];
}

/** What {@link defineProfile} takes. */
export interface ProfileSpec {
  /** The profile to build on. */
  readonly extends?: Profile;
  /** The new profile's id, e.g. `suzhou`. */
  readonly id: string;
  /** Its name in every locale. */
  readonly name: LocalizedText;
  /** Changes to parameters that the base profile has (an unknown id throws: it is most likely a typo). */
  readonly parameters?: Readonly<Record<string, ParameterChange>>;
  /** Parameters that the base profile does not have, defined in full. */
  readonly newParameters?: Readonly<Record<string, Omit<ParameterDefinition, 'id'>>>;
}

/**
 * Defines a profile, usually by deriving a city's own from `kunshan` or `national`: replace a parameter's values,
 * add dated values, or define new parameters. Everything is checked: an unknown id, a unit that does not match,
 * a value with neither citation nor assumption note, a malformed date or overlapping date ranges all throw.
 *
 * @param spec - the base profile, id, name and parameter changes
 * @returns the profile (frozen)
 * @throws {@link ProfileDefinitionError} for any inconsistency
 * @example
 * ```ts
 * const suzhou = defineProfile({
 *   extends: kunshan, id: 'suzhou-like', name: { 'zh-CN': '苏州(示例)', en: 'Suzhou-like (example)' },
 *   parameters: {
 *     'area.perHundredHouseholds': {
 *       unit: 'square-metres-per-100-households',
 *       values: [{ from: '2016-01-01', value: 40, assumption: { 'zh-CN': '示例', en: 'example' } }],
 *     },
 *   },
 * });
 * parameter(suzhou, 'area.perHundredHouseholds', '2020-01-01').value; //=> 40
 * ```
 */
export function defineProfile(spec: ProfileSpec): Profile {
  objectArgument(spec, 'spec');
  if (typeof spec.id !== 'string' || spec.id === '') throw new ProfileDefinitionError('A profile needs a non-empty id.');
  const parameters: Record<string, ParameterDefinition> = {};

  for (const [id, change] of Object.entries(spec.parameters ?? {})) {
    const base = spec.extends === undefined ? undefined : findParameter(spec.extends, id);
    if (base === undefined) {
      throw new ProfileDefinitionError(`Profile "${spec.id}" changes parameter "${id}", which its base profile does not have.`, { id });
    }
    if (change.unit !== undefined && change.unit !== base.definition.unit) {
      throw new ProfileDefinitionError(
        `Parameter "${id}" has unit "${base.definition.unit}", not "${change.unit}".`,
        { id, expected: base.definition.unit, received: change.unit },
      );
    }
    if (!Array.isArray(change.values)) throw new ProfileDefinitionError(`Parameter "${id}" needs a list of values.`, { id });
    change.values.forEach((v, index) => checkValueShape(id, base.definition.unit, v, index, base.definition.values));
    const values = change.mode === 'add' ? [...base.definition.values, ...change.values] : [...change.values];
    parameters[id] = checkDefinition({ ...base.definition, values });
  }

  for (const [id, definition] of Object.entries(spec.newParameters ?? {})) {
    if (spec.extends !== undefined && findParameter(spec.extends, id) !== undefined) {
      throw new ProfileDefinitionError(`Parameter "${id}" already exists in the base profile: change it under "parameters".`, { id });
    }
    if (Object.prototype.hasOwnProperty.call(parameters, id)) {
      throw new ProfileDefinitionError(`Parameter "${id}" is defined twice.`, { id });
    }
    if (!Array.isArray(definition.values)) throw new ProfileDefinitionError(`Parameter "${id}" needs a list of values.`, { id });
    definition.values.forEach((v, index) => checkValueShape(id, definition.unit, v, index, []));
    parameters[id] = checkDefinition({ ...definition, id });
  }

  return Object.freeze({
    id: spec.id,
    name: deepFrozen(spec.name),
    ...(spec.extends !== undefined && { extends: spec.extends }),
    parameters: Object.freeze(parameters),
  });
}

function checkDefinition(definition: ParameterDefinition): ParameterDefinition {
  const { id } = definition;
  if (!/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/.test(id)) {
    throw new ProfileDefinitionError(`Parameter id "${id}" is not a dotted camelCase id like "hall.minServiceItems".`, { id });
  }
  if (definition.values.length === 0) throw new ProfileDefinitionError(`Parameter "${id}" has no values.`, { id });
  const values = definition.values.map((v, index) => {
    if (v.citation === undefined && v.assumption === undefined) {
      throw new ProfileDefinitionError(`Value #${index} of parameter "${id}" has neither a citation nor an assumption note.`, { id, index });
    }
    const from = v.from === undefined ? undefined : safeDate(v.from, id, index);
    const to = v.to === undefined ? undefined : safeDate(v.to, id, index);
    if (from !== undefined && to !== undefined && to < from) {
      throw new ProfileDefinitionError(`Value #${index} of parameter "${id}" ends (${to}) before it starts (${from}).`, { id, index });
    }
    return v;
  });
  const sorted = [...values].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1];
    const current = sorted[i];
    if (previous === undefined || current === undefined) continue;
    if (previous.to === undefined || current.from === undefined || previous.to >= current.from) {
      throw new ProfileDefinitionError(`Parameter "${id}" has values whose dates overlap.`, { id });
    }
  }
  return deepFrozen({ ...definition, values: sorted });
}

/** The JSON kind of a value: `number`, `string`, `boolean`, `array`, `object` or `null`. */
function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

const MONEY_UNITS: ReadonlySet<string> = new Set(['fen-per-100-households', 'fen-per-year', 'fen', 'fen-per-person-month']);
const NOT_NUMERIC: ReadonlySet<string> = new Set(['time-of-day', 'list', 'record']);

/**
 * Checks a value against its parameter's unit (a finite number for a measure, whole fen for money, a whole count,
 * `HH:MM` for a time of day, an array for a list) and, when the parameter already has values (a base profile's),
 * against their shape: the same kind (a number where numbers are, a list where lists are), list elements of the
 * kinds the base's lists hold, and, in a record, each field the base record has of the same kind when given (or `null`).
 */
function checkValueShape(id: string, unit: string, entry: ParameterValue, index: number, like: readonly ParameterValue[]): void {
  if (typeof entry !== 'object' || entry === null) throw new ProfileDefinitionError(`Value #${index} of parameter "${id}" is not an object.`, { id, index });
  const value: unknown = entry.value;
  const refuse = (expected: string): never => {
    throw new ProfileDefinitionError(`Value #${index} of parameter "${id}" is ${describeKind(value)}, where the parameter (unit ${unit}) holds ${expected}.`, {
      id,
      index,
      expected,
      received: kindOf(value),
    });
  };
  if (!NOT_NUMERIC.has(unit)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) refuse('a finite number');
    if (MONEY_UNITS.has(unit) && !Number.isSafeInteger(value)) refuse('a whole number of fen');
    if (unit === 'count' && (!Number.isSafeInteger(value) || (value as number) < 0)) refuse('a whole count from 0');
  }
  if (unit === 'time-of-day' && (typeof value !== 'string' || !/^([01]\d|2[0-4]):[0-5]\d$/.test(value))) refuse('a time of day "HH:MM"');
  if (unit === 'list' && !Array.isArray(value)) refuse('a list');
  if (value === undefined) refuse('a value');
  if (like.length === 0) return;
  const kinds = new Set(like.map((v) => kindOf(v.value)));
  if (!kinds.has(kindOf(value))) refuse([...kinds].map((k) => `a ${k}`).join(' or '));
  if (Array.isArray(value)) {
    const elements = new Set(like.flatMap((v) => (Array.isArray(v.value) ? v.value.map(kindOf) : [])));
    if (elements.size > 0) {
      for (const element of value as unknown[]) if (!elements.has(kindOf(element))) refuse(`a list of ${[...elements].join(' or ')} values`);
    }
  } else if (kindOf(value) === 'object') {
    const model = like.find((v) => kindOf(v.value) === 'object')?.value as Readonly<Record<string, unknown>> | undefined;
    for (const [field, fieldValue] of Object.entries(model ?? {})) {
      if (!Object.prototype.hasOwnProperty.call(value, field)) continue; // a field left out: the record's own rules say
      const given = (value as Record<string, unknown>)[field];
      // `null` stands for "none" (no education criterion…), so a field may always be null.
      if (given !== null && fieldValue !== null && kindOf(given) !== kindOf(fieldValue)) refuse(`a record whose "${field}" is a ${kindOf(fieldValue)}`);
    }
  }
}

function describeKind(value: unknown): string {
  const kind = kindOf(value);
  if (kind === 'string') return `the string ${JSON.stringify((value as string).slice(0, 40))}`;
  if (kind === 'number') return `the number ${String(value)}`;
  return kind === 'undefined' ? 'missing' : `a ${kind}`;
}

function safeDate(value: string, id: string, index: number): string {
  try {
    return toIsoDate(value);
  } catch {
    throw new ProfileDefinitionError(`Value #${index} of parameter "${id}" has a malformed date "${String(value)}".`, { id, index });
  }
}
