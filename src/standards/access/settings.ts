/**
 * Reading the access parameters of a profile (the two lists, the review bodies, their aliases) and checking
 * their shape, since a city supplies them as data.
 *
 * @module
 */
import { ProfileDefinitionError } from '../../errors.js';
import type { ResolvedParameter } from '../../profiles/types.js';
import type { AccessListEntry } from './types.js';

/** Resolves a parameter in force (a profile lookup, or a rule context's `param`). */
export type ParamReader = (id: string) => ResolvedParameter;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(id: string, what: string): never {
  throw new ProfileDefinitionError(`Parameter "${id}" must hold ${what}.`, { id });
}

/**
 * Reads a list of access entries (`access.dutiesList`, `access.assistList`) and checks each entry's shape.
 *
 * @param param - the parameter reader
 * @param id - the parameter id
 * @returns the entries
 * @throws {@link ProfileDefinitionError} when the value is not a list of `{ id, title: { 'zh-CN', en }, source }`
 * @example
 * ```ts
 * readAccessList((id) => parameter(kunshan, id, '2013-06-30'), 'access.dutiesList')[2]?.id; //=> 'duty-3'
 * ```
 */
export function readAccessList(param: ParamReader, id: string): readonly AccessListEntry[] {
  const value = param(id).value;
  if (!Array.isArray(value)) fail(id, 'a list of entries');
  const seen = new Set<string>();
  for (const entry of value as unknown[]) {
    if (!isRecord(entry) || typeof entry['id'] !== 'string' || entry['id'] === '') fail(id, 'entries with an id');
    const title = entry['title'];
    if (!isRecord(title) || typeof title['zh-CN'] !== 'string' || typeof title['en'] !== 'string') {
      fail(id, `a zh-CN and an en title for entry "${entry['id']}"`);
    }
    if (!isRecord(entry['source']) || typeof entry['source']['document'] !== 'string') fail(id, `a source for entry "${entry['id']}"`);
    if (entry['department'] !== undefined && typeof entry['department'] !== 'string') fail(id, `a department name for entry "${entry['id']}"`);
    if (seen.has(entry['id'])) fail(id, `entries with distinct ids ("${entry['id']}" twice)`);
    seen.add(entry['id']);
  }
  return value as readonly AccessListEntry[];
}

/**
 * Reads a list of names (`access.reviewBodies`, `access.requiredApprovers`).
 *
 * @param param - the parameter reader
 * @param id - the parameter id
 * @returns the names
 * @throws {@link ProfileDefinitionError} when the value is not a list of non-empty strings
 * @example
 * ```ts
 * readNames((id) => parameter(kunshan, id, '2013-06-30'), 'access.requiredApprovers'); //=> ['市纪委', '市民政局', '市法制办公室']
 * ```
 */
export function readNames(param: ParamReader, id: string): readonly string[] {
  const value = param(id).value;
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.trim() !== '')) fail(id, 'a list of names');
  return value as readonly string[];
}

/**
 * Reads a record of aliases (`access.bodyAliases`: another name → the canonical name).
 *
 * @param param - the parameter reader
 * @param id - the parameter id
 * @returns the aliases
 * @throws {@link ProfileDefinitionError} when the value is not a record of strings
 * @example
 * ```ts
 * readAliases((id) => parameter(kunshan, id, '2013-06-30'), 'access.bodyAliases')['市法制办']; //=> '市法制办公室'
 * ```
 */
export function readAliases(param: ParamReader, id: string): Readonly<Record<string, string>> {
  const value = param(id).value;
  if (!isRecord(value) || !Object.values(value).every((v) => typeof v === 'string')) fail(id, 'a record of names');
  return value as Readonly<Record<string, string>>;
}
