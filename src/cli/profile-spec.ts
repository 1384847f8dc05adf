/**
 * A profile file's text as a profile: the options of `defineProfile` as JSON, with the base profile by name. Read by
 * the command line's `--profile FILE` (profile-file.ts) and by the documentation site's checker. Platform-neutral.
 *
 * @module
 */
import { z } from 'zod';
import { InvalidParameterValueError, isCommunityStandardsError } from '../errors.js';
import { defineProfile, type ProfileSpec } from '../profiles/define-profile.js';
import { kunshan } from '../profiles/kunshan.js';
import { national } from '../profiles/national.js';
import type { Profile, Unit } from '../profiles/types.js';
import { formatPath } from '../validation/issue.js';
import { UsageFailure } from './usage.js';

const units = [
  'fen-per-100-households',
  'fen-per-year',
  'fen',
  'fen-per-person-month',
  'count',
  'ratio',
  'minutes',
  'hours',
  'days',
  'months',
  'metres',
  'metres-per-minute',
  'square-metres',
  'square-metres-per-100-households',
  'points-per-hour',
  'factor',
  'time-of-day',
  'list',
  'record',
] as const satisfies readonly Unit[];
// Every unit is listed: this fails to compile when `Unit` gains one.
const everyUnit: Exclude<Unit, (typeof units)[number]> extends never ? true : never = true;

const Text = z.strictObject({ 'zh-CN': z.string().min(1), en: z.string().min(1) });
const Citation = z.strictObject({
  document: z.string().min(1),
  section: z.string().optional(),
  paragraph: z.int().min(1).optional(),
  quote: z.string().optional(),
  url: z.string().optional(),
});
const Value = z.strictObject({
  from: z.string().optional(),
  to: z.string().optional(),
  // Any JSON value, null too: defineProfile checks it against its parameter and names it when it does not fit.
  value: z.union([z.number(), z.string(), z.boolean(), z.null(), z.array(z.unknown()), z.record(z.string(), z.unknown())]),
  basis: z.enum(['registered-households', 'resident-households']).optional(),
  citation: Citation.optional(),
  assumption: Text.optional(),
});
const UnitName = z.enum(units);

/** The shape of a profile file. */
const ProfileFile = z.strictObject({
  extends: z.enum(['kunshan', 'national']).optional(),
  id: z.string().min(1),
  name: z.union([z.string().min(1), Text]),
  parameters: z.record(z.string(), z.strictObject({ unit: UnitName.optional(), mode: z.enum(['replace', 'add']).optional(), values: z.array(Value) })).optional(),
  newParameters: z
    .record(z.string(), z.strictObject({ label: Text, unit: UnitName, description: Text.optional(), values: z.array(Value) }))
    .optional(),
});

/**
 * Parses a profile file: `{ "extends": "kunshan", "id": "…", "name": "…" | { "zh-CN": "…", "en": "…" },
 * "parameters": { "<id>": { "values": [{ "from": "YYYY-MM-DD", "value": …, "citation": {…} | "assumption": {…} }] } },
 * "newParameters": … }`.
 *
 * @param text - the file's text
 * @param file - its name, for the messages
 * @returns the profile
 * @throws {@link UsageFailure} `profile_unreadable` when the text is not JSON, `profile_invalid` when its shape is
 *   wrong or `defineProfile` rejects it (with the reason), `profile_value_invalid` when a value does not fit its
 *   parameter (naming the parameter, its dates and the value)
 * @example
 * ```ts
 * parseProfileFile('{"extends":"kunshan","id":"suzhou","name":"苏州市"}', 'suzhou.json').extends?.id; //=> 'kunshan'
 * ```
 */
export function parseProfileFile(text: string, file: string): Profile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageFailure('profile_unreadable', { file, reason: error instanceof Error ? error.message : 'JSON' });
  }
  // JSON.parse makes "__proto__" an own key, which the schema's records would drop without a word.
  for (const group of ['parameters', 'newParameters'] as const) {
    const table: unknown = typeof json === 'object' && json !== null ? (json as Record<string, unknown>)[group] : undefined;
    if (typeof table === 'object' && table !== null && Object.prototype.hasOwnProperty.call(table, '__proto__')) {
      throw new UsageFailure('profile_invalid', { file, detail: `${group}.__proto__: not a parameter id (a dotted id such as hall.minServiceItems)` });
    }
  }
  const parsed = ProfileFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined ? '' : formatPath(issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)));
    throw new UsageFailure('profile_invalid', { file, detail: `${where}: ${issue?.message ?? ''}` });
  }
  const { extends: baseName, name, ...rest } = parsed.data;
  if (rest.id === 'kunshan' || rest.id === 'national') {
    throw new UsageFailure('profile_invalid', { file, detail: `id: "${rest.id}" is the id of a built-in profile; give the derived profile an id of its own` });
  }
  const base = baseName === 'national' ? national : baseName === 'kunshan' ? kunshan : undefined;
  try {
    return defineProfile({
      ...(rest as Omit<ProfileSpec, 'extends' | 'name'>),
      ...(base !== undefined && { extends: base }),
      name: typeof name === 'string' ? { 'zh-CN': name, en: name } : name,
    });
  } catch (error) {
    if (!isCommunityStandardsError(error)) throw error;
    if (error instanceof InvalidParameterValueError || error.code === 'INVALID_PARAMETER_VALUE') {
      // Which parameter, which dates, which value and why, in the CLI's locale.
      const { parameter, from, to, value, messages } = error.details;
      throw new UsageFailure('profile_value_invalid', { file, parameter, from, to, value, messages });
    }
    throw new UsageFailure('profile_invalid', { file, detail: error.message });
  }
}

void everyUnit;
