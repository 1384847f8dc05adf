/**
 * What differs between two profiles at a date, or in one profile between two dates.
 *
 * @module
 */
import { InvalidOptionError, NoValueInForceError } from '../errors.js';
import { toIsoDate } from './as-of.js';
import { parameter, parameterIds } from './parameter.js';
import type { Profile, ResolvedParameter } from './types.js';

/**
 * One parameter that differs: `added` (in force only after), `removed` (in force only before) or `changed` (in force
 * on both sides with another value, basis or unit). `before` and `after` are the values resolved on each side.
 */
export interface ParameterDifference {
  /** The parameter's id. */
  readonly id: string;
  /** How it differs. */
  readonly change: 'added' | 'removed' | 'changed';
  /** The value in force on the first side (absent for `added`). */
  readonly before?: ResolvedParameter;
  /** The value in force on the second side (absent for `removed`). */
  readonly after?: ResolvedParameter;
}

/** A JSON text with object keys sorted, so that two equal values give the same text whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

function resolve(profile: Profile, id: string, date: string): ResolvedParameter | undefined {
  try {
    return parameter(profile, id, date);
  } catch (error) {
    if (error instanceof NoValueInForceError) return undefined;
    throw error;
  }
}

function differences(before: Profile, beforeDate: string, after: Profile, afterDate: string): ParameterDifference[] {
  const inBefore = new Set(parameterIds(before));
  const inAfter = new Set(parameterIds(after));
  const ids = [...new Set([...inBefore, ...inAfter])].sort();
  const out: ParameterDifference[] = [];
  for (const id of ids) {
    const a = inBefore.has(id) ? resolve(before, id, beforeDate) : undefined;
    const b = inAfter.has(id) ? resolve(after, id, afterDate) : undefined;
    if (a === undefined && b === undefined) continue;
    if (a === undefined) out.push({ id, change: 'added', after: b as ResolvedParameter });
    else if (b === undefined) out.push({ id, change: 'removed', before: a });
    else if (a.unit !== b.unit || a.basis !== b.basis || canonical(a.value) !== canonical(b.value)) out.push({ id, change: 'changed', before: a, after: b });
  }
  return out;
}

/**
 * Compares two profiles at one date: every parameter whose value in force differs (value, basis or unit), or that
 * only one of them has in force. A citation or assumption that changes with an equal value is not a difference.
 *
 * @param before - the first profile (e.g. `national`)
 * @param after - the second profile (e.g. `kunshan`, or a city's own)
 * @param options - `asOf`: the date compared (`YYYY-MM-DD` or a `Date`, read in Asia/Shanghai)
 * @returns the differences, sorted by parameter id
 * @throws {@link InvalidOptionError} when a profile is not a profile object or the date is malformed
 * @example
 * ```ts
 * const suzhou = defineProfile({ id: 'suzhou', extends: kunshan, name: { 'zh-CN': '苏州', en: 'Suzhou' },
 *   parameters: { 'hall.minServiceItems': { unit: 'count', values: [{ value: 25, assumption: { 'zh-CN': '示例', en: 'example' } }] } } });
 * diffProfiles(kunshan, suzhou, { asOf: '2013-06-30' }).map((d) => [d.id, d.before?.value, d.after?.value]);
 * //=> [['hall.minServiceItems', 20, 25]]
 * ```
 */
export function diffProfiles(before: Profile, after: Profile, options: { readonly asOf: string | Date }): ParameterDifference[] {
  if (options === null || typeof options !== 'object') throw new InvalidOptionError('options', 'expected an object { asOf }', options);
  const date = toIsoDate(options.asOf);
  return differences(before, date, after, date);
}

/**
 * Compares one profile with itself at two dates: what changed between them (e.g. on 2012-01-01, the community work
 * funds went from 8,000 yuan per 100 registered households to 15,000 per 100 resident households).
 *
 * @param profile - the profile
 * @param options - `from` and `to`: the two dates (`YYYY-MM-DD` or `Date`); `from` may be after `to`
 * @returns the differences from `from` to `to`, sorted by parameter id
 * @throws {@link InvalidOptionError} when `profile` is not a profile object or a date is malformed
 * @example
 * ```ts
 * diffDates(kunshan, { from: '2011-12-31', to: '2012-01-01' }).map((d) => `${d.id} ${d.change}`);
 * //=> ['funding.communityWork changed', 'funding.welfareVenture added']
 * // funding.communityWork: before.value 800000, after.value 1500000 (fen per 100 households)
 * ```
 */
export function diffDates(profile: Profile, options: { readonly from: string | Date; readonly to: string | Date }): ParameterDifference[] {
  if (options === null || typeof options !== 'object') throw new InvalidOptionError('options', 'expected an object { from, to }', options);
  return differences(profile, toIsoDate(options.from, 'from'), profile, toIsoDate(options.to, 'to'));
}
