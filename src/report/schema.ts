/**
 * The JSON form of a report, as zod schemas: the source of truth of its shape, of `parseReportJSON` and of
 * `schemas/report.json`. See docs/report.md.
 *
 * @module
 */
import * as z from 'zod';
import { locales } from '../locale.js';
import { recordKinds, type RecordKind } from '../models/kinds.js';
import { statisticIds } from '../statistics/types.js';

/**
 * The value of `format` in every report JSON document.
 *
 * @example
 * ```ts
 * toReportJSON(report).format; //=> 'community-standards/report'
 * ```
 */
export const REPORT_FORMAT = 'community-standards/report';

/**
 * The version of the report JSON form. Fields are only ever added within a version (as optional ones); the version
 * changes when a field is removed or changes meaning.
 *
 * @example
 * ```ts
 * toReportJSON(report).version === REPORT_FORMAT_VERSION; //=> true
 * ```
 */
export const REPORT_FORMAT_VERSION = 1;

const severity = z.enum(['error', 'warning', 'info']);
const locale = z.string().min(1).describe('`zh-CN`, `en`, or the tag of a host locale (e.g. `fr`).');
const recordKind = z.enum(recordKinds as readonly RecordKind[] as [RecordKind, ...RecordKind[]]);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const count = z.number().int().nonnegative();
const path = z.array(z.union([z.string(), z.number().int()]));
const localizedText = z.object(Object.fromEntries(locales.map((l) => [l, z.string()])) as Record<(typeof locales)[number], z.ZodString>);

const citation = z
  .object({
    document: z.string(),
    section: z.string().optional(),
    paragraph: z.number().int().optional(),
    quote: z.string().optional(),
    url: z.string().optional(),
  })
  .describe('A source: document, section, paragraph and the sentence quoted.');

const validationIssue = z
  .object({
    code: z.enum([
      'required', 'invalid_type', 'too_small', 'too_big', 'invalid_format', 'invalid_value', 'unrecognized_keys',
      'invalid_combination', 'unreadable_input', 'duplicate_id', 'unresolved_reference', 'duplicate_service_item_code',
    ]),
    path,
    message: z.string(),
    expected: z.string().optional(),
    received: z.string().optional(),
    params: z.record(z.string(), z.unknown()).optional(),
  })
  .describe('A validation issue of a record that could not be checked (it is left out of the findings).');

const resolvedParameter = z
  .object({
    id: z.string(),
    profile: z.string(),
    label: localizedText,
    unit: z.string().describe('The unit (`count`, `ratio`, `fen`, `square-metres`…, see the Unit type).'),
    value: z.unknown().describe('The value in force (money in integer fen).'),
    basis: z.enum(['registered-households', 'resident-households']).optional(),
    from: date.optional(),
    to: date.optional(),
    citation: citation.optional(),
    assumption: localizedText.optional().describe('Set when the value is our reading of the source, not its figure.'),
  })
  .describe('A parameter value a finding used, with its citation or assumption note.');

const outcomeCounts = z.object({ pass: count, fail: count, notApplicable: count });
const failureBasis = z.object({ onFigures: count, onReadings: count });

const finding = z
  .object({
    rule: z.string(),
    severity,
    outcome: z.enum(['pass', 'fail', 'not-applicable']),
    subject: z.object({ kind: recordKind, id: z.string() }),
    item: z.string().optional(),
    path,
    code: z.string(),
    message: z.string().describe('The message, in the report’s locale.'),
    expected: z.unknown().optional(),
    actual: z.unknown().optional(),
    values: z.record(z.string(), z.unknown()).optional(),
    parameters: z.array(z.string()).describe('The ids of the parameters used: the report’s `parameters` holds each one.'),
    assumptions: z.array(z.string()),
    restsOnAssumption: z.boolean(),
    source: citation,
  })
  .describe('One finding: a rule applied to one subject (or one item of it).');

const notApplicableReason = z.object({ code: z.string(), parameter: z.string().optional(), count, message: z.string() });

/**
 * The engine's `Report` (what `check` returns), field for field.
 *
 * @example
 * ```ts
 * ReportSchema.safeParse(check(dataset, { asOf: '2013-06-30' })).success; //=> true
 * ```
 */
export const ReportSchema = z
  .object({
    asOf: date,
    profile: z.string(),
    locale,
    rules: z.array(z.string()),
    parameters: z.record(z.string(), resolvedParameter).describe('Every parameter a finding rests on, by id, once.'),
    issues: z.array(validationIssue),
    findings: z.array(finding),
    summary: z.object({
      byRule: z.record(z.string(), outcomeCounts),
      bySubject: z.record(z.string(), outcomeCounts),
      bySeverity: z.object({ error: count, warning: count, info: count }),
      total: outcomeCounts,
      failures: z.object({ total: failureBasis, byRule: z.record(z.string(), failureBasis) }),
      notApplicable: z.record(z.string(), z.array(notApplicableReason)),
    }),
  })
  .describe('The report of the rule engine (`check`): findings and summaries.');

const problem = z
  .object({
    severity: z.enum(['error', 'warning']),
    code: z.string().describe('An input problem code (`malformed_line`…) or a validation issue code (`too_small`…).'),
    message: z.string(),
    file: z.string().optional(),
    line: z.number().int().positive().optional(),
    pointer: z.string().optional(),
    sheet: z.string().optional().describe('The sheet of a workbook (.xlsx).'),
    cell: z.string().optional().describe('The cell in the sheet, e.g. `D12`.'),
    column: z.string().optional(),
    kind: recordKind.optional(),
    id: z.string().optional(),
    path: z.string().optional().describe('The field, e.g. `households.resident`.'),
    fatal: z.boolean().optional().describe('Whether the file could not be read on.'),
  })
  .describe('A problem with the input: an input problem or a validation issue, located in the files.');

/**
 * Problems of the input: how many, and the first ones.
 *
 * @example
 * ```ts
 * ProblemsSchema.parse({ total: 0, errors: 0, warnings: 0, byCode: {}, items: [] }).total; //=> 0
 * ```
 */
export const ProblemsSchema = z.object({
  total: count,
  errors: count,
  warnings: count,
  byCode: z.record(z.string(), count),
  items: z.array(problem).describe('The first problems, in the order found.'),
});

const location = z.object({
  file: z.string(),
  line: z.number().int().positive().optional(),
  pointer: z.string().optional(),
  sheet: z.string().optional(),
  cell: z.string().optional(),
});

const file = z.object({
  file: z.string(),
  format: z.enum(['json', 'ndjson', 'csv', 'xlsx']),
  readable: z.boolean(),
  records: count,
  valid: count.optional(),
  invalid: count.optional(),
});

const statistic = z
  .object({
    id: z.enum(statisticIds),
    label: z.string(),
    unit: z.enum(['count', 'share', 'square-metres']),
    value: z.number().nullable().describe('A count, a ratio 0–1 or m²; null when it cannot be computed.'),
    text: z.string(),
    share: z.object({ numerator: count, denominator: count }).optional(),
    notReported: count.optional(),
    report: z
      .object({ value: z.number(), reading: z.enum(['exact', 'whole-percent', 'over']), text: z.string(), citation })
      .optional()
      .describe('The survey report’s figure, when it gives one.'),
    reading: z.number().nullable().optional(),
    matches: z.boolean().optional(),
  })
  .describe('One city statistic, beside the survey report’s figure.');

/**
 * The report JSON form (version {@link REPORT_FORMAT_VERSION}): the engine's report unchanged under `report`, and
 * what a run adds — the rules' titles, the profile's name, the input read, the statistics, the exit code — as
 * documented optional fields. A host's `toReportJSON(report)` has `format`, `version`, `locale` and `report`.
 *
 * @example
 * ```ts
 * ReportJSONSchema.safeParse(toReportJSON(report)).success; //=> true
 * ```
 */
export const ReportJSONSchema = z
  .object({
    format: z.literal(REPORT_FORMAT),
    version: z.literal(REPORT_FORMAT_VERSION),
    locale: locale.describe('The locale of the text in the document (messages, titles, labels).'),
    report: ReportSchema.optional().describe(
      'The report. Absent only when nothing was checked: an input file of the command line could not be read (`run.exitCode` 2).',
    ),
    omitted: z
      .object({ findings: count })
      .optional()
      .describe(
        'Findings left out of `report.findings` (which keeps the engine’s order); the summaries count every finding. The command line keeps the failures only, the most severe first, up to --max-problems.',
      ),
    profile: z.object({ id: z.string(), name: z.string() }).optional().describe('The profile, with its name in `locale`.'),
    rules: z
      .array(z.object({ id: z.string(), title: z.string(), severity, subject: recordKind }))
      .optional()
      .describe('The rules of `report.rules`, in that order, with their titles in `locale`.'),
    input: z
      .object({
        files: z.array(file).describe('The files read.'),
        records: count.describe('Records read.'),
        problems: ProblemsSchema.describe('Input problems and invalid records (left out of the check).'),
        locations: z
          .record(z.string(), location)
          .optional()
          .describe('Where the subjects of `report.findings` are in the files, keyed `kind:id` as `report.summary.bySubject`.'),
      })
      .optional()
      .describe('The input of the command line.'),
    statistics: z.array(statistic).optional().describe('The city statistics computed from the same records, in the survey report’s order.'),
    statisticsUnavailable: z.string().optional().describe('Why the statistics could not be computed.'),
    run: z
      .object({
        exitCode: z.union([z.literal(0), z.literal(1), z.literal(2)]),
        ok: z.boolean(),
        failOn: severity.describe('The severity from which a failure makes the exit code 1.'),
      })
      .optional()
      .describe('The outcome of the command-line run.'),
  })
  .describe('A report of community-standards in its JSON form (docs/report.md).');
