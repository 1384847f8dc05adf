/**
 * Defining a profile: a city's own parameters on top of another profile, every value checked against its schema.
 *
 * @module
 */
import type * as z from 'zod';
import { InvalidParameterValueError, ProfileDefinitionError } from '../errors.js';
import { buildProfile, type ProfileSpec, type ValuesCheck } from './build-profile.js';
import { builtInParameterSchemas } from './parameter-schemas.js';
import type { Profile } from './types.js';
import { parameterValueIssues, type ParameterValueIssue } from './value-schema.js';

export type { ParameterChange, ProfileSpec } from './build-profile.js';

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
  return buildProfile(spec, checkValues);
}

const builtIn: Readonly<Record<string, z.ZodType | undefined>> = builtInParameterSchemas;

/**
 * Checks each given value against its parameter's unit and schema, and, for a built-in id, against the built-in
 * parameter's schema (see {@link parameterValueIssues}).
 *
 * @throws {@link InvalidParameterValueError} naming the parameter, the value's dates and the value
 */
const checkValues: ValuesCheck = (profile, id, definition, values) => {
  const own = Object.prototype.hasOwnProperty.call(builtIn, id) ? builtIn[id] : undefined;
  values.forEach((entry, index) => {
    if (typeof entry !== 'object' || entry === null) throw new ProfileDefinitionError(`Value #${index} of parameter "${id}" is not an object.`, { id, index });
    let issues: readonly ParameterValueIssue[] = parameterValueIssues(definition.schema === undefined && own !== undefined ? { unit: definition.unit, schema: own } : definition, entry.value);
    if (issues.length === 0 && definition.schema !== undefined && own !== undefined && own !== definition.schema) {
      issues = parameterValueIssues({ unit: definition.unit, schema: own }, entry.value);
    }
    if (issues.length === 0) return;
    const place = {
      profile,
      index,
      ...(typeof entry.from === 'string' && { from: entry.from }),
      ...(typeof entry.to === 'string' && { to: entry.to }),
    };
    throw new InvalidParameterValueError(id, place, entry.value, issues);
  });
};
