/**
 * `community-standards/report` — a report of the rule engine (`check`) rendered as text or as one self-contained
 * HTML page, and its stable, versioned JSON form with a JSON Schema (`schemas/report.json`). Runs anywhere: no Node
 * built-ins, no DOM. The command line's `check` prints exactly these (`--output text|json|html`). See
 * docs/report.md.
 *
 * @example
 * ```ts
 * import { check } from 'community-standards';
 * import { renderHtml, renderText, toReportJSON } from 'community-standards/report';
 *
 * const report = check(dataset, { asOf: '2013-06-30', locale: 'en' });
 * console.log(renderText(report));
 * const page = renderHtml(report); // one page, inline CSS and SVG, nothing loaded from elsewhere
 * const json = JSON.stringify(toReportJSON(report));
 * ```
 *
 * @module
 */
export { renderText, type RenderTextOptions } from './text.js';
export { renderHtml, type RenderHtmlOptions } from './html.js';
export {
  toReportJSON,
  parseReportJSON,
  reportJSONSchema,
  type ReportJSON,
  type ReportExtras,
  type ParseReportJSONOptions,
  type ParseReportJSONResult,
  type ProblemsJSON,
  type ProblemJSON,
  type FileJSON,
  type StatisticJSON,
  type RuleJSON,
} from './json.js';
export { REPORT_FORMAT, REPORT_FORMAT_VERSION, ReportJSONSchema, ReportSchema, ProblemsSchema } from './schema.js';
export type { ReportInput } from './view.js';
