/**
 * Resolving a parameter's value in force at a date.
 *
 * @module
 */
import { InvalidOptionError, NoValueInForceError, UnknownParameterError } from '../errors.js';
import { toIsoDate } from './as-of.js';
import { assertProfile } from './assert-profile.js';
import type { ParameterId, ParameterValueOf } from './parameter-types.js';
import type { ParameterDefinition, Profile, ResolvedParameter } from './types.js';

/**
 * Finds a parameter's definition in a profile or the profiles it builds on (the nearest wins).
 *
 * @param profile - the profile
 * @param id - the dotted parameter id
 * @returns the definition and the id of the profile that holds it, or `undefined`
 * @throws {@link InvalidOptionError} when `profile` is not a profile object (see `profileOption`)
 * @example
 * ```ts
 * findParameter(kunshan, 'area.perHundredHouseholds')?.profile; //=> 'national'
 * ```
 */
export function findParameter(profile: Profile, id: string): { definition: ParameterDefinition; profile: string } | undefined {
  assertProfile(profile);
  for (let p: Profile | undefined = profile; p !== undefined; p = p.extends) {
    if (Object.prototype.hasOwnProperty.call(p.parameters, id)) {
      const definition = p.parameters[id];
      if (definition !== undefined) return { definition, profile: p.id };
    }
  }
  return undefined;
}

/**
 * Returns the value of a parameter in force at a date, with its unit, basis and citation (or assumption note).
 * Never a silent default: an unknown id or a date with no value in force throws. The value is typed by
 * {@link ParameterTypes} for a known id (`number` for `hall.minServiceItems`), `unknown` for any other string.
 *
 * @param profile - the profile, e.g. `kunshan`
 * @param id - the dotted parameter id, e.g. `funding.communityWork`
 * @param asOf - the date (`YYYY-MM-DD` or a `Date`, read in Asia/Shanghai)
 * @returns the resolved parameter
 * @throws {@link UnknownParameterError} for an unknown id; {@link NoValueInForceError} when no value is in force;
 *   {@link InvalidOptionError} for a malformed date
 * @example
 * ```ts
 * parameter(kunshan, 'funding.communityWork', '2011-06-30').value; //=> 800000 (fen per 100 registered households)
 * parameter(kunshan, 'funding.communityWork', '2013-06-30').basis; //=> 'resident-households'
 * ```
 */
export function parameter<Id extends ParameterId | (string & {})>(profile: Profile, id: Id, asOf: string | Date): ResolvedParameter<ParameterValueOf<Id>>;
export function parameter(profile: Profile, id: string, asOf: string | Date): ResolvedParameter {
  const date = toIsoDate(asOf);
  const found = findParameter(profile, id);
  if (found === undefined) throw new UnknownParameterError(id, profile.id);
  const { definition } = found;
  const values = definition.values;
  for (const v of values) {
    if ((v.from === undefined || v.from <= date) && (v.to === undefined || date <= v.to)) {
      return {
        id,
        profile: found.profile,
        label: definition.label,
        unit: definition.unit,
        value: v.value,
        ...(v.basis !== undefined && { basis: v.basis }),
        ...(v.from !== undefined && { from: v.from }),
        ...(v.to !== undefined && { to: v.to }),
        ...(v.citation !== undefined && { citation: v.citation }),
        ...(v.assumption !== undefined && { assumption: v.assumption }),
      };
    }
  }
  const from = values.map((v) => v.from).filter((d): d is string => d !== undefined && d > date).sort()[0];
  const to = values.map((v) => v.to).filter((d): d is string => d !== undefined && d < date).sort().at(-1);
  throw new NoValueInForceError(id, found.profile, date, { ...(from !== undefined && { from }), ...(to !== undefined && { to }) });
}

/**
 * Lists every parameter id a profile resolves, its own and inherited, sorted.
 *
 * @param profile - the profile
 * @returns the ids
 * @throws {@link InvalidOptionError} when `profile` is not a profile object
 * @example
 * ```ts
 * parameterIds(kunshan).includes('hall.minServiceItems'); //=> true
 * ```
 */
export function parameterIds(profile: Profile): string[] {
  assertProfile(profile);
  const ids = new Set<string>();
  for (let p: Profile | undefined = profile; p !== undefined; p = p.extends) for (const id of Object.keys(p.parameters)) ids.add(id);
  return [...ids].sort();
}
