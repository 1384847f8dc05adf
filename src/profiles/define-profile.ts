/**
 * Deriving a profile: a city's own parameters on top of another profile, checked for consistency.
 *
 * @module
 */
import { deepFrozen } from '../deep-freeze.js';
import { objectArgument } from '../arguments.js';
import { InvalidParameterValueError, ProfileDefinitionError } from '../errors.js';
import type { LocalizedText } from '../locale.js';
import { toIsoDate } from './as-of.js';
import { findParameter } from './parameter.js';
import type { ParameterDefinition, ParameterValue, Profile, Unit } from './types.js';
import { parameterValueIssues } from './value-schema.js';

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
  /** Parameters that the base profile does not have, defined in full (a `list` or `record` with its `schema`). */
  readonly newParameters?: Readonly<Record<string, Omit<ParameterDefinition, 'id'>>>;
}

/**
 * Defines a profile, usually by deriving a city's own from `kunshan` or `national`: replace a parameter's values,
 * add dated values, or define new parameters. Everything is checked: an unknown id, a unit that does not match,
 * a value with neither citation nor assumption note, a malformed date or overlapping date ranges all throw; and
 * every dated value is checked against its parameter's unit and schema (a changed parameter keeps the schema of
 * the base profile's; a new one declares its own in `schema`), so `'twenty'`, `null`, `-1` or `1.5` for a count,
 * `1.2` for a ratio or `'25:00'` for a time of day are refused with an {@link InvalidParameterValueError} that
 * names the parameter, the value's dates and the value.
 *
 * @param spec - the base profile, id, name and parameter changes
 * @returns the profile (frozen)
 * @throws {@link InvalidParameterValueError} for a value that does not fit its parameter;
 *   {@link ProfileDefinitionError} for any other inconsistency
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
    checkValues(spec.id, id, base.definition, change.values);
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
    if (definition.schema !== undefined && typeof (definition.schema as { safeParse?: unknown } | null)?.safeParse !== 'function') {
      throw new ProfileDefinitionError(`Parameter "${id}" has a schema that is not a zod schema.`, { id });
    }
    checkValues(spec.id, id, definition, definition.values);
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

/**
 * Checks each given value against its parameter's unit and schema (see {@link parameterValueIssues}).
 *
 * @throws {@link InvalidParameterValueError} naming the parameter, the value's dates and the value
 */
function checkValues(profile: string, id: string, definition: Pick<ParameterDefinition, 'unit' | 'schema'>, values: readonly ParameterValue[]): void {
  values.forEach((entry, index) => {
    if (typeof entry !== 'object' || entry === null) throw new ProfileDefinitionError(`Value #${index} of parameter "${id}" is not an object.`, { id, index });
    const issues = parameterValueIssues(definition, entry.value);
    if (issues.length === 0) return;
    const place = {
      profile,
      index,
      ...(typeof entry.from === 'string' && { from: entry.from }),
      ...(typeof entry.to === 'string' && { to: entry.to }),
    };
    throw new InvalidParameterValueError(id, place, entry.value, issues);
  });
}

function safeDate(value: string, id: string, index: number): string {
  try {
    return toIsoDate(value);
  } catch {
    throw new ProfileDefinitionError(`Value #${index} of parameter "${id}" has a malformed date "${String(value)}".`, { id, index });
  }
}
