/**
 * A check report as a workbook: a summary sheet, the findings with an autofilter, one row per community, and the
 * city statistics beside the survey report's figures.
 *
 * @module
 */
import { formatCitation } from '../engine/explanation.js';
import type { Citation } from '../citation.js';
import type { Finding } from '../engine/types.js';
import type { Locale } from '../locale.js';
import { recordKindLabels } from '../models/kinds.js';
import type { ReportJSON } from '../report/json.js';
import { reportMessages } from '../report/messages.js';
import { whereText } from '../report/text-common.js';
import { reportView, type ReportInput } from '../report/view.js';
import { ExcelJS, type Worksheet } from './vendor.js';

/** Options of {@link renderXlsx}. */
export interface RenderXlsxOptions {
  /** The locale of the workbook's words (default: the report's). */
  readonly locale?: Locale;
}

/** Excel's rows per sheet, less the header: findings beyond are left out (and the summary says how many). */
const MAX_ROWS = 1_048_575;

const WORDS = {
  'zh-CN': {
    sheets: { summary: '汇总', findings: '检查结果', communities: '社区', statistics: '统计' },
    outcome: { pass: '符合', fail: '不符合', 'not-applicable': '不适用' },
    basis: '依据',
    sourceText: '依据原文',
    parameters: '参数',
    assumption: '(假设)',
    community: '社区',
    subjectKind: '对象类别',
    subjectId: '对象编号',
    outcomeWord: '结果',
    item: '项目',
    severityHead: '不符合项按严重程度',
    basisHead: '不符合项按依据',
    ruleHead: '按规则汇总',
    matches: '一致',
    citation: '出处',
    omitted: (n: number) => `另有 ${n} 项检查结果超出 Excel 的行数上限,未写入`,
  },
  en: {
    sheets: { summary: 'Summary', findings: 'Findings', communities: 'Communities', statistics: 'Statistics' },
    outcome: { pass: 'pass', fail: 'fail', 'not-applicable': 'n/a' },
    basis: 'basis',
    sourceText: 'source sentence',
    parameters: 'parameters',
    assumption: ' (assumption)',
    community: 'community',
    subjectKind: 'subject kind',
    subjectId: 'subject id',
    outcomeWord: 'outcome',
    item: 'item',
    severityHead: 'Failures by severity',
    basisHead: 'Failures by basis',
    ruleHead: 'By rule',
    matches: 'agrees',
    citation: 'source',
    omitted: (n: number) => `${n} more findings are beyond Excel's row limit and were left out`,
  },
} as const;

function header(sheet: Worksheet, values: readonly string[]): void {
  const row = sheet.addRow([...values]);
  row.font = { bold: true };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
}

function communityOf(f: Finding): string {
  if (f.subject.kind === 'community') return f.subject.id;
  const id = f.values?.['communityId'];
  return typeof id === 'string' ? id : '';
}

/**
 * Renders a check report (the engine's `Report`, or its JSON document with the statistics and input locations a
 * run adds) as an .xlsx workbook:
 *
 * - **汇总 / Summary**: the heading and verdict, failures by severity, by basis (the report's figures or our
 *   readings), and every rule's pass / fail / not-applicable counts;
 * - **检查结果 / Findings**: one row per finding — rule, severity, outcome, basis, subject, community, message,
 *   the source sentence, the parameters (readings marked) and where the record is — with an autofilter and a
 *   frozen header;
 * - **社区 / Communities**: one row per community with its pass / fail / not-applicable counts;
 * - **统计 / Statistics** (when the document has them): each city statistic beside the report's figure.
 *
 * Text is written as text (never as a formula), so a record's value cannot run in the reader's spreadsheet.
 *
 * @param report - the report or report document
 * @param options - the locale of the words
 * @returns the workbook's bytes
 * @throws {@link index!InvalidOptionError} when `report` is neither a report nor a report document
 * @example
 * ```ts
 * const bytes = await renderXlsx(check(kunshan2013(), { asOf: '2013-06-30' }));
 * ```
 */
export async function renderXlsx(report: ReportInput, options: RenderXlsxOptions = {}): Promise<Uint8Array> {
  const view = reportView(report, { locale: options.locale, maxFailures: 0, failOn: undefined });
  const { locale, doc } = view;
  const m = reportMessages[locale];
  const w = m.words;
  const x = WORDS[locale];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'community-standards';

  const summary = workbook.addWorksheet(x.sheets.summary);
  summary.addRow([m.html.title('check')]).font = { bold: true, size: 14 };
  if (view.report !== undefined) summary.addRow([view.heading]);
  summary.addRow([view.verdict]);
  const findings = view.report?.findings ?? [];
  const omitted = Math.max(0, findings.length - MAX_ROWS);
  if (omitted > 0) summary.addRow([x.omitted(omitted)]);
  if (view.report !== undefined) {
    const s = view.report.summary;
    summary.addRow([]);
    summary.addRow([x.severityHead]).font = { bold: true };
    for (const severity of ['error', 'warning', 'info'] as const) summary.addRow([m.severity[severity], s.bySeverity[severity]]);
    summary.addRow([]);
    summary.addRow([x.basisHead]).font = { bold: true };
    summary.addRow([w.onFigures, s.failures.total.onFigures]);
    summary.addRow([w.onReadings, s.failures.total.onReadings]);
    summary.addRow([m.html.basisNote]);
    summary.addRow([]);
    summary.addRow([x.ruleHead]).font = { bold: true };
    header(summary, [w.rule, w.title, w.severity, w.pass, w.fail, w.onFigures, w.onReadings, w.notApplicable]);
    for (const r of view.rules) {
      summary.addRow([r.rule, r.title, r.severity === undefined ? '' : m.severity[r.severity], r.pass, r.fail, r.failOnFigures, r.failOnReadings, r.notApplicable]);
    }
  }
  summary.getColumn(1).width = 28;
  summary.getColumn(2).width = 30;

  const sheet = workbook.addWorksheet(x.sheets.findings, { views: [{ state: 'frozen', ySplit: 1 }] });
  const heads = [w.rule, w.severity, x.outcomeWord, x.basis, x.subjectKind, x.subjectId, x.community, x.item, w.message, x.sourceText, x.parameters, w.location];
  header(sheet, heads);
  const locations = doc.input?.locations ?? {};
  for (const f of findings.slice(0, MAX_ROWS)) {
    const at = Object.prototype.hasOwnProperty.call(locations, `${f.subject.kind}:${f.subject.id}`) ? locations[`${f.subject.kind}:${f.subject.id}`] : undefined;
    const readings = new Set(f.assumptions);
    sheet.addRow([
      f.rule,
      m.severity[f.severity],
      x.outcome[f.outcome],
      f.outcome === 'fail' ? (f.restsOnAssumption ? w.onReadings : w.onFigures) : '',
      recordKindLabels[f.subject.kind][locale],
      f.subject.id,
      communityOf(f),
      f.item ?? '',
      f.message,
      formatCitation(f.source, { locale }),
      f.parameters.map((p) => (readings.has(p) ? `${p}${x.assumption}` : p)).join('\n'),
      at === undefined ? '' : whereText(at),
    ]);
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: heads.length } };
  [24, 8, 8, 10, 10, 18, 18, 14, 50, 50, 30, 24].forEach((width, i) => (sheet.getColumn(i + 1).width = width));

  const communities = workbook.addWorksheet(x.sheets.communities, { views: [{ state: 'frozen', ySplit: 1 }] });
  header(communities, [x.community, w.pass, w.fail, w.notApplicable]);
  for (const [key, counts] of Object.entries(view.report?.summary.bySubject ?? {})) {
    if (!key.startsWith('community:')) continue;
    communities.addRow([key.slice('community:'.length), counts.pass, counts.fail, counts.notApplicable]);
  }
  communities.getColumn(1).width = 24;

  statisticsSheet(workbook.addWorksheet(x.sheets.statistics), doc, locale);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function statisticsSheet(sheet: Worksheet, doc: ReportJSON, locale: Locale): void {
  const m = reportMessages[locale];
  const x = WORDS[locale];
  if (doc.statistics === undefined) {
    sheet.addRow([doc.statisticsUnavailable === undefined ? '' : m.html.noStatistics(doc.statisticsUnavailable)]);
    return;
  }
  header(sheet, [m.words.figure, m.words.computed, m.words.report, x.matches, x.citation]);
  for (const s of doc.statistics) {
    sheet.addRow([s.label, s.text, s.report?.text ?? '', s.matches === undefined ? '' : s.matches ? '✓' : '✗', s.report === undefined ? '' : formatCitation(s.report.citation as Citation, { locale })]);
  }
  [36, 16, 16, 8, 60].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
}
