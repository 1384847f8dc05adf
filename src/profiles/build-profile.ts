/**
 * Building a profile: a city's own parameters on top of another profile, checked for consistency — everything
 * but the values themselves, which `defineProfile` checks against their schemas (with zod: kept apart so that the
 * built-in profiles, built here, do not bring zod into a bundle that only reads them).
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
  /** Parameters that the base profile does not have, defined in full (a `list` or `record` with its `schema`). */
  readonly newParameters?: Readonly<Record<string, Omit<ParameterDefinition, 'id'>>>;
}

/**
 * Checks the values given for one parameter (see `defineProfile`), throwing on the first that does not fit.
 *
 * @example
 * ```ts
 * const none: ValuesCheck = () => undefined;
 * ```
 */
export type ValuesCheck = (profile: string, id: string, definition: Pick<ParameterDefinition, 'unit' | 'schema'>, values: readonly ParameterValue[]) => void;

/**
 * Builds a profile as `defineProfile` does, with the values checked by `checkValues` when given (the built-in
 * profiles, whose values a test checks against their schemas, are built without it).
 *
 * @param spec - the base profile, id, name and parameter changes
 * @param checkValues - the check of each parameter's values
 * @returns the profile (frozen)
 * @throws {@link ProfileDefinitionError} for any inconsistency
 * @example
 * ```ts
 * buildProfile({ id: 'empty', name: { 'zh-CN': '空', en: 'Empty' } }).id; //=> 'empty'
 * ```
 */
export function buildProfile(spec: ProfileSpec, checkValues?: ValuesCheck): Profile {
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
    checkValues?.(spec.id, id, base.definition, change.values);
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
    checkValues?.(spec.id, id, definition, definition.values);
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
    if (typeof v !== 'object' || v === null) throw new ProfileDefinitionError(`Value #${index} of parameter "${id}" is not an object.`, { id, index });
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

function safeDate(value: string, id: string, index: number): string {
  try {
    return toIsoDate(value);
  } catch {
    throw new ProfileDefinitionError(`Value #${index} of parameter "${id}" has a malformed date "${String(value)}".`, { id, index });
  }
}
