/**
 * The report JSON form: its types, `toReportJSON`, `parseReportJSON` and its JSON Schema.
 *
 * @module
 */
import * as z from 'zod';
import type { Report } from '../engine/types.js';
import { resolveLocale, type Locale } from '../locale.js';
import { optionBag } from '../options.js';
import { InvalidOptionError } from '../errors.js';
import { fromZodIssue, makeIssue } from '../validation/from-zod.js';
import type { ValidationIssue } from '../validation/issue.js';
import { SCHEMA_BASE_URI } from '../schema/to-json-schema.js';
import { ProblemsSchema, REPORT_FORMAT, REPORT_FORMAT_VERSION, ReportJSONSchema } from './schema.js';

/** A type with every property and array read-only, all the way down. */
type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** The report JSON form: see {@link ReportJSONSchema} and docs/report.md. */
export type ReportJSON = DeepReadonly<Omit<z.output<typeof ReportJSONSchema>, 'report'>> & {
  /** The engine's report; absent only when nothing was checked (`run.exitCode` 2). */
  readonly report?: Report;
};

/** What a run adds to a report in its JSON form (every field optional): see {@link ReportJSONSchema}. */
export type ReportExtras = Omit<ReportJSON, 'format' | 'version' | 'locale' | 'report'>;

/** Input problems: how many, and the first ones. */
export type ProblemsJSON = DeepReadonly<z.output<typeof ProblemsSchema>>;

/** One input problem, located in the files. */
export type ProblemJSON = ProblemsJSON['items'][number];

/** A file the command line read. */
export type FileJSON = NonNullable<ReportJSON['input']>['files'][number];

/** A city statistic beside the survey report's figure. */
export type StatisticJSON = NonNullable<ReportJSON['statistics']>[number];

/** A rule of the report, with its title. */
export type RuleJSON = NonNullable<ReportJSON['rules']>[number];

/**
 * The JSON form of a report: the report unchanged under `report`, with `format`, `version` and `locale`, and what
 * a run adds (see {@link ReportExtras}). The result is plain data: `JSON.stringify` it as it is.
 *
 * @param report - the engine's report (`check(…)`)
 * @param extras - the optional parts (titles of the rules, the profile's name, the input read, statistics, the run)
 * @returns the document
 * @throws {@link index!InvalidOptionError} when the report is not an object or the extras are not an object
 * @example
 * ```ts
 * const json = toReportJSON(check(dataset, { asOf: '2013-06-30' }));
 * json.format; //=> 'community-standards/report'
 * json.version; //=> 1
 * json.report.summary.total; //=> { pass: …, fail: …, notApplicable: … }
 * ```
 */
export function toReportJSON(report: Report, extras: ReportExtras = {}): ReportJSON {
  if (typeof report !== 'object' || report === null) throw new InvalidOptionError('report', 'expected a Report', report);
  return { format: REPORT_FORMAT, version: REPORT_FORMAT_VERSION, locale: report.locale, report, ...optionBag(extras) };
}

/** Options of {@link parseReportJSON}. */
export interface ParseReportJSONOptions {
  /** The locale of the issues' messages (default `zh-CN`). */
  readonly locale?: Locale;
}

/** What {@link parseReportJSON} returns: the document, or the issues that make it not one. */
export type ParseReportJSONResult =
  | { readonly ok: true; readonly value: ReportJSON; readonly issues: readonly [] }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/**
 * Reads a report JSON document (parsed JSON, or its text) back, checking it against {@link ReportJSONSchema}. Never
 * throws on data: a wrong document gives issues with a path and a message in the locale asked for.
 *
 * @param json - the document, as text or as parsed JSON
 * @param options - the issues' locale
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`
 * @throws {@link index!InvalidOptionError} for a bad option (never for the document)
 * @example
 * ```ts
 * const back = parseReportJSON(JSON.stringify(toReportJSON(report)));
 * back.ok && back.value.report?.summary.total; //=> the same counts as report.summary.total
 * parseReportJSON('{"format":"x"}', { locale: 'en' }).ok; //=> false
 * ```
 */
export function parseReportJSON(json: unknown, options: ParseReportJSONOptions = {}): ParseReportJSONResult {
  const locale = resolveLocale(optionBag(options).locale);
  let value: unknown = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch {
      return { ok: false, issues: [makeIssue(locale, 'invalid_format', [], { expected: 'JSON', received: 'text' })] };
    }
  }
  let result;
  try {
    result = ReportJSONSchema.safeParse(value, { reportInput: true });
  } catch {
    return { ok: false, issues: [makeIssue(locale, 'unreadable_input', [])] };
  }
  if (result.success) return { ok: true, value: result.data as ReportJSON, issues: [] };
  return { ok: false, issues: result.error.issues.map((issue) => fromZodIssue(issue, locale)) };
}

/**
 * The JSON Schema (draft 2020-12) of the report JSON form, as `schemas/report.json` holds it, for projects in
 * other languages.
 *
 * @returns a fresh JSON Schema object
 * @example
 * ```ts
 * reportJSONSchema().$id; //=> 'https://unpkg.com/community-standards/schemas/report.json'
 * ```
 */
export function reportJSONSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(ReportJSONSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { $schema, $id: `${SCHEMA_BASE_URI}report.json`, title: '检查报告 / Report', ...rest };
}
