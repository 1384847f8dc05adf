/**
 * The schema of a parameter's values: the one its unit implies, and the parameter's own.
 *
 * @module
 */
import * as z from 'zod';
import type { Locale, LocalizedText } from '../locale.js';
import { fromZodIssue } from '../validation/from-zod.js';
import type { PathSegment } from '../validation/issue.js';
import type { Unit } from './types.js';

/**
 * Whether a string is a time of day `HH:mm`, 00:00–23:59, or 24:00 (the end of a day). A function, not a regular
 * expression in the schema: zod resets a pattern's `lastIndex`, which fails once a host deep-freezes a profile.
 */
const isTimeOfDay = (s: string): boolean => /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/.test(s);

/**
 * A time of day `HH:mm` (00:00–23:59, or 24:00 for the end of a day), the schema of unit `time-of-day`.
 *
 * @example
 * ```ts
 * TimeOfDay.safeParse('19:00').success; //=> true
 * TimeOfDay.safeParse('25:00').success; //=> false
 * ```
 */
export const TimeOfDay = /* @__PURE__ */ z.stringFormat('HH:mm', isTimeOfDay);

const money = /* @__PURE__ */ z.int().min(0);
const measure = /* @__PURE__ */ z.number().min(0);
const ratio = /* @__PURE__ */ z.number().min(0).max(1);
const list = /* @__PURE__ */ z.array(z.unknown());
const record = /* @__PURE__ */ z.record(z.string(), z.unknown());

/**
 * The schema a unit implies for a value: whole fen from 0 for money (`fen…`, within 2^53), a whole count from 0,
 * a ratio from 0 to 1, a finite number from 0 for every other measure, `HH:mm` for a time of day, a list for
 * `list` and an object for `record` (a parameter declares the fields of its records and the members of its lists
 * in its own `schema`).
 *
 * @param unit - the unit
 * @returns the schema
 * @example
 * ```ts
 * unitSchema('count').safeParse(1.5).success; //=> false
 * unitSchema('ratio').safeParse(1.2).success; //=> false
 * unitSchema('time-of-day').safeParse('25:00').success; //=> false
 * ```
 */
export function unitSchema(unit: Unit): z.ZodType {
  switch (unit) {
    case 'fen-per-100-households':
    case 'fen-per-year':
    case 'fen':
    case 'fen-per-person-month':
    case 'count':
      return money;
    case 'ratio':
      return ratio;
    case 'time-of-day':
      return TimeOfDay;
    case 'list':
      return list;
    case 'record':
      return record;
    default:
      return measure;
  }
}

/** One way a value fails its parameter's schema: where in the value, and why, in every locale. */
export interface ParameterValueIssue {
  /** The zod-derived code (`invalid_type`, `too_small`, `invalid_format`…), as in validation issues. */
  readonly code: string;
  /** Where inside the value (`[]` for the value itself). */
  readonly path: readonly PathSegment[];
  /** The requirement, machine-readable (e.g. `'>= 0'`, `'int'`). */
  readonly expected?: string;
  /** What was received, described briefly. */
  readonly received?: string;
  /** The reason, in every locale, naming the place in the value (`value`, `value.days[0]`…). */
  readonly message: LocalizedText;
}

const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/**
 * Checks one value against its parameter: first the schema of its unit (for a `list` or `record` with a schema of
 * its own, only that schema), then the parameter's own `schema`. Never throws on a value.
 *
 * @param definition - the parameter's unit and schema
 * @param value - the value
 * @returns the issues; empty when the value fits
 * @example
 * ```ts
 * parameterValueIssues({ unit: 'count' }, 'twenty')[0]?.message.en; //=> 'value: expected number, received "twenty"'
 * parameterValueIssues({ unit: 'count' }, 20); //=> []
 * ```
 */
export function parameterValueIssues(definition: { readonly unit: Unit; readonly schema?: z.ZodType | undefined }, value: unknown): readonly ParameterValueIssue[] {
  const structured = definition.unit === 'list' || definition.unit === 'record';
  const schemas: z.ZodType[] = [];
  if (!(structured && definition.schema !== undefined)) schemas.push(unitSchema(definition.unit));
  if (definition.schema !== undefined) schemas.push(definition.schema);
  for (const schema of schemas) {
    const result = schema.safeParse(value, { reportInput: true });
    if (result.success) continue;
    return result.error.issues.map((issue): ParameterValueIssue => {
      const [zh, en] = LOCALES.map((locale) => fromZodIssue(issue, locale, ['value'])) as [ReturnType<typeof fromZodIssue>, ReturnType<typeof fromZodIssue>];
      return {
        code: en.code,
        path: en.path.slice(1),
        ...(en.expected !== undefined && { expected: en.expected }),
        ...(en.received !== undefined && { received: en.received }),
        message: { 'zh-CN': zh.message, en: en.message },
      };
    });
  }
  return [];
}
