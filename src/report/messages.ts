/**
 * Text of the report renderers, in every locale: the words and sentences of the text and HTML forms of a report
 * (and of the statistics page the command line draws with the same pieces). Renderers emit codes and numbers;
 * the text lives here.
 *
 * @module
 */
import type { Severity } from '../engine/types.js';
import type { Locale } from '../locale.js';

/** Counts the verdict of a check reads. */
export interface CheckVerdictInput {
  /** Problems of severity error in the input (invalid records' issues and, from the CLI, unreadable lines). */
  readonly errors: number;
  /** Failures at or above `failOn`. */
  readonly failing: number;
  /** Whether an input file could not be read (nothing was checked). */
  readonly fatal: boolean;
  /** The exit code of the run, when the report comes from a run (the command line); none for a host's report. */
  readonly exitCode?: number;
  /** The severity from which a failure counts, as a word. */
  readonly failOn: string;
  /** Whether `failOn` is not the most serious severity (so “or worse” is said). */
  readonly orWorse: boolean;
}

/** What the heading of a report names. */
export interface HeadingInput {
  /** `check` for a report, `stats` for the statistics page of the command line. */
  readonly command: 'check' | 'stats';
  /** The files read, when the report comes from files. */
  readonly files?: string;
  /** How many records were read, grouped (`11,032`), when known. */
  readonly records?: string;
  /** The date checked. */
  readonly asOf: string;
  /** The profile, as `name (id)` or its id. */
  readonly profile: string;
}

/** The report renderers' text in one locale. */
export interface ReportMessages {
  /** Severities. */
  readonly severity: Readonly<Record<Severity, string>>;
  /** Column headings and single words. */
  readonly words: Readonly<Record<
    | 'rule' | 'title' | 'severity' | 'subject' | 'pass' | 'fail' | 'notApplicable' | 'total' | 'figure' | 'computed'
    | 'report' | 'location' | 'message' | 'source' | 'onFigures' | 'onReadings' | 'count' | 'reason',
    string
  >>;
  /** Sentences of the text and HTML forms. */
  readonly text: {
    readonly heading: (p: HeadingInput) => string;
    readonly checkVerdict: (v: CheckVerdictInput) => string;
    readonly bySeverity: (counts: string) => string;
    readonly noSubjects: (rules: string) => string;
    readonly failureBasis: (onFigures: string, onReadings: string) => string;
    readonly notApplicableReasons: string;
    readonly failures: (listed: number, total: number) => string;
    readonly problems: (listed: number, total: number) => string;
    readonly more: (n: number) => string;
  };
  /** The HTML page's own text. */
  readonly html: {
    readonly title: (command: 'check' | 'stats') => string;
    readonly byRule: string;
    readonly bySeverity: string;
    readonly notApplicable: string;
    readonly basisNote: string;
    readonly statistics: string;
    readonly statisticsNote: string;
    readonly failures: string;
    readonly problems: string;
    readonly noStatistics: (reason: string) => string;
    readonly generatedBy: string;
  };
}

const exit = (code: number | undefined, zh: boolean) => (code === undefined ? '' : zh ? `(退出码 ${code})` : ` (exit code ${code})`);

const zhCN: ReportMessages = {
  severity: { error: '错误', warning: '警告', info: '提示' },
  words: {
    total: '合计', rule: '规则', title: '标题', severity: '严重程度', subject: '对象', pass: '符合', fail: '不符合',
    notApplicable: '不适用', figure: '指标', computed: '计算值', report: '报告', location: '位置', message: '说明',
    source: '依据', onFigures: '依据报告', onReadings: '依据解读', count: '项数', reason: '原因',
  },
  text: {
    heading: ({ command, files, records, asOf, profile }) =>
      files === undefined
        ? `${command === 'check' ? '检查' : '统计'}${records === undefined ? '' : ` ${records} 条记录`},截至 ${asOf},标准:${profile}`
        : `${command === 'check' ? '检查' : '统计'} ${files}:${records ?? '?'} 条记录,截至 ${asOf},标准:${profile}`,
    checkVerdict: (v) =>
      v.fatal
        ? `✗ 有文件无法读取${exit(v.exitCode, true)}`
        : v.failing > 0 || v.errors > 0
          ? `✗ ${[v.failing > 0 ? `${v.failing} 项“${v.failOn}”级${v.orWorse ? '及以上' : ''}的不符合` : '', v.errors > 0 ? `${v.errors} 个输入问题(相关记录未检查)` : ''].filter(Boolean).join(',')}${exit(v.exitCode, true)}`
          : `✓ 没有“${v.failOn}”级${v.orWorse ? '及以上' : ''}的不符合${exit(v.exitCode, true)}`,
    bySeverity: (counts) => `不符合项按严重程度:${counts}`,
    noSubjects: (rules) => `数据中没有其检查对象的规则:${rules}`,
    failureBasis: (onFigures, onReadings) => `不符合项按依据:依据报告数字 ${onFigures} · 依据我们的解读(假设)${onReadings}`,
    notApplicableReasons: '不适用的原因:',
    failures: (listed, total) => (listed < total ? `不符合项(共 ${total} 项,列出前 ${listed} 项,按严重程度):` : `不符合项(共 ${total} 项):`),
    problems: (listed, total) => (listed < total ? `输入问题(共 ${total} 个,列出前 ${listed} 个):` : `输入问题(共 ${total} 个):`),
    more: (n) => `…… 另有 ${n} 项未列出`,
  },
  html: {
    title: (command) => (command === 'check' ? '社区公共服务标准检查报告' : '社区公共服务统计'),
    byRule: '按规则汇总',
    bySeverity: '不符合项按严重程度',
    notApplicable: '不适用的原因',
    basisNote: '“依据报告”的不符合项只用到报告(或所引标准)的数字;“依据解读”的不符合项至少用到一项标记为假设的参数,即我们对报告的解读。',
    statistics: '统计数与调研报告对照',
    statisticsNote: '每项上一条为由记录计算的值,下一条为报告的数字,各项自零起画、各用各的比例尺(比例项为 0–100%);✓ 表示按报告的写法一致。',
    failures: '不符合项',
    problems: '输入问题',
    noStatistics: (reason) => `无法计算统计数:${reason}`,
    generatedBy: '由 community-standards 生成;本页不加载任何外部资源。',
  },
};

const en: ReportMessages = {
  severity: { error: 'error', warning: 'warning', info: 'info' },
  words: {
    total: 'total', rule: 'rule', title: 'title', severity: 'severity', subject: 'subject', pass: 'pass', fail: 'fail',
    notApplicable: 'n/a', figure: 'figure', computed: 'computed', report: 'report', location: 'where', message: 'message',
    source: 'Source', onFigures: 'on figures', onReadings: 'on readings', count: 'count', reason: 'reason',
  },
  text: {
    heading: ({ command, files, records, asOf, profile }) =>
      files === undefined
        ? `${command === 'check' ? 'Check' : 'Statistics'}${records === undefined ? '' : ` of ${records} records`} as of ${asOf}, profile ${profile}`
        : `${command === 'check' ? 'Check of' : 'Statistics of'} ${files}: ${records ?? '?'} records, as of ${asOf}, profile ${profile}`,
    checkVerdict: (v) =>
      v.fatal
        ? `✗ a file could not be read${exit(v.exitCode, false)}`
        : v.failing > 0 || v.errors > 0
          ? `✗ ${[v.failing > 0 ? `${v.failing} failures of severity ${v.failOn}${v.orWorse ? ' or worse' : ''}` : '', v.errors > 0 ? `${v.errors} input problems (those records were not checked)` : ''].filter(Boolean).join('; ')}${exit(v.exitCode, false)}`
          : `✓ no failure of severity ${v.failOn}${v.orWorse ? ' or worse' : ''}${exit(v.exitCode, false)}`,
    bySeverity: (counts) => `Failures by severity: ${counts}`,
    noSubjects: (rules) => `Rules with nothing to check in the data: ${rules}`,
    failureBasis: (onFigures, onReadings) => `Failures by basis: ${onFigures} on the report’s figures · ${onReadings} on our readings (assumptions)`,
    notApplicableReasons: 'Why not applicable:',
    failures: (listed, total) => (listed < total ? `Failures (${total}; the first ${listed}, most severe first):` : `Failures (${total}):`),
    problems: (listed, total) => (listed < total ? `Input problems (${total}; the first ${listed}):` : `Input problems (${total}):`),
    more: (n) => `… ${n} more not listed`,
  },
  html: {
    title: (command) => (command === 'check' ? 'Community public-service standards: check report' : 'Community public-service statistics'),
    byRule: 'By rule',
    bySeverity: 'Failures by severity',
    notApplicable: 'Why not applicable',
    basisNote: 'A failure “on figures” uses only the report’s (or a cited standard’s) figures; one “on readings” uses at least one parameter marked as an assumption — our reading of the report.',
    statistics: 'Statistics beside the survey report',
    statisticsNote: 'For each figure, the upper bar is the value computed from the records, the lower one the report’s; each figure is drawn from zero on its own scale (shares on 0–100%). ✓: they agree the way the report writes the figure.',
    failures: 'Failures',
    problems: 'Input problems',
    noStatistics: (reason) => `The statistics cannot be computed: ${reason}`,
    generatedBy: 'Made by community-standards; this page loads nothing from elsewhere.',
  },
};

/**
 * The report renderers' text, by locale.
 *
 * @example
 * ```ts
 * reportMessages.en.text.bySeverity('error 1'); //=> 'Failures by severity: error 1'
 * reportMessages['zh-CN'].severity.warning; //=> '警告'
 * ```
 */
export const reportMessages: Readonly<Record<Locale, ReportMessages>> = { 'zh-CN': zhCN, en };
