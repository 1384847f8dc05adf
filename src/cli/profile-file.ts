/**
 * `--profile`: a built-in profile by name, or a JSON file describing a derived one, fed to `defineProfile`.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { kunshan } from '../profiles/kunshan.js';
import { national } from '../profiles/national.js';
import type { Profile } from '../profiles/types.js';
import { parseProfileFile } from './profile-spec.js';
import { UsageFailure } from './usage.js';

/**
 * Resolves `--profile`: `kunshan` (the default) or `national`, or the path of a JSON file
 * `{ "extends": "kunshan", "id": "…", "name": "…" | { "zh-CN": "…", "en": "…" }, "parameters": { "<id>":
 * { "values": [{ "from": "YYYY-MM-DD", "value": …, "citation": {…} | "assumption": {…} }] } }, "newParameters": … }`
 * — the options of `defineProfile`, with the base profile by name.
 *
 * @param option - the option's value, if given
 * @param cwd - the directory a relative path is read from
 * @returns the profile
 * @throws {@link UsageFailure} `profile_unreadable` when the file cannot be read or parsed, `profile_invalid`
 *   when its shape is wrong or `defineProfile` rejects it (with the reason), `profile_value_invalid` when a value
 *   does not fit its parameter (naming the parameter, its dates and the value, in the CLI's locale)
 * @example
 * ```ts
 * (await loadProfile(undefined, '.')).id; //=> 'kunshan'
 * (await loadProfile('my-city.json', '.')).extends?.id; //=> 'kunshan' when my-city.json extends kunshan
 * ```
 */
export async function loadProfile(option: string | undefined, cwd: string): Promise<Profile> {
  if (option === undefined || option === 'kunshan') return kunshan;
  if (option === 'national') return national;
  let text: string;
  try {
    text = await readFile(resolve(cwd, option), 'utf8');
  } catch (error) {
    const reason = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'EIO';
    throw new UsageFailure('profile_unreadable', { file: option, reason });
  }
  return parseProfileFile(text, option);
}
