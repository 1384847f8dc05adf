/**
 * Explanation trees, and rendering them as readable text.
 *
 * @module
 */
import { optionBag } from '../options.js';
import type { Citation } from '../citation.js';
import { escapeControlCharacters } from '../control-characters.js';
import { resolveLocale, type Locale, type LocalizedText, type LocaleOptions } from '../locale.js';
import { engineMessages } from './messages.js';
import { recordKindLabels } from '../models/kinds.js';
import type { ResolvedParameter } from '../profiles/types.js';
import { formatParameterValue } from './format-parameter.js';
import type { Finding } from './types.js';
import { InvalidOptionError, isCommunityStandardsError } from '../errors.js';

/** One step of an explanation: a sentence in every locale, optionally a parameter and sub-steps. */
export interface ExplanationStep {
  /** The step, in every locale. */
  readonly text: LocalizedText;
  /** A parameter the step used, shown with its value and citation. */
  readonly parameter?: ResolvedParameter;
  /** Sub-steps. */
  readonly steps?: readonly ExplanationStep[];
}

/** An explanation tree: a title and its steps. Calculators attach one to every result. */
export interface Explanation {
  /** The title, in every locale. */
  readonly title: LocalizedText;
  /** The steps. */
  readonly steps: readonly ExplanationStep[];
}

/** Anything {@link explain} can render: a result carrying an explanation, or a finding. */
export type Explainable = { readonly explanation: Explanation } | Finding;

/** Options of {@link explain}. */
export interface ExplainOptions {
  /** Locale (default `zh-CN`). */
  readonly locale?: Locale;
  /**
   * For a finding: the parameters of its report (`report.parameters`), which findings name by id. With them, each
   * parameter is shown with its value and citation (or assumption note); without them, by id only.
   */
  readonly parameters?: Readonly<Record<string, ResolvedParameter>>;
}

/**
 * Renders an explanation — of a calculator's result, or of a finding — as readable text, one step a line,
 * with every parameter's value and citation (or assumption note). Control characters from the data (escape
 * sequences, line breaks, bidirectional overrides) are written as visible `\u001B` escapes.
 *
 * @param result - a result with an `explanation`, or a finding from a report
 * @param options - `locale`; for a finding, `parameters`: its report's parameters
 * @returns the text
 * @throws {@link InvalidOptionError} for a bad locale, or a `result` that is neither a calculator's result nor a finding
 * @example
 * ```ts
 * console.log(explain(report.findings[0]!, { locale: 'en', parameters: report.parameters }));
 * // Rule hall.min-items: At least 20 service items
 * // - Source: 昆山市基本公共服务调研报告, 二 依托社区完善公共服务, para. 3: “85%的社区服务项目达20个以上”
 * // - Parameter hall.minServiceItems = 20 …
 * ```
 */
export function explain(result: Explainable, options: ExplainOptions = {}): string {
  options = optionBag(options);
  const locale = resolveLocale(options.locale);
  if (typeof result !== 'object' || result === null) throw notExplainable(result);
  const lines: string[] = [];
  try {
    const explanation = 'explanation' in result ? result.explanation : findingExplanation(result, options.parameters ?? {});
    const text = (t: LocalizedText): string => {
      const value = t[locale];
      if (typeof value !== 'string') throw notExplainable(result);
      return value;
    };
    lines.push(text(explanation.title));
    const walk = (steps: readonly ExplanationStep[], depth: number) => {
      if (!Array.isArray(steps) || depth > MAX_DEPTH) throw notExplainable(result);
      for (const step of steps) {
        lines.push(`${'  '.repeat(depth)}- ${text(step.text)}`);
        if (step.parameter !== undefined) {
          for (const line of describeParameter(step.parameter, locale)) lines.push(`${'  '.repeat(depth + 1)}${line}`);
        }
        if (step.steps !== undefined) walk(step.steps, depth + 1);
      }
    };
    walk(explanation.steps, 0);
  } catch (error) {
    // A record that is not a result or a finding (a missing field, a wrong type, a cycle): say so, typed.
    if (isCommunityStandardsError(error)) throw error;
    throw notExplainable(result);
  }
  // One step a line: a control character from the data (an id, a value) is written as a visible escape.
  return lines.map((line) => escapeControlCharacters(line)).join('\n');
}

/**
 * Renders a citation as one line.
 *
 * @param citation - the citation
 * @param options - `locale`: the locale (default `zh-CN`)
 * @throws {@link InvalidOptionError} for options that are not an object, or an unknown locale
 * @returns the text
 * @example
 * ```ts
 * formatCitation(kunshanReport(3, '打造“15分钟社区服务圈”'), { locale: 'en' });
 * //=> '昆山市基本公共服务调研报告, 二 依托社区完善公共服务, para. 3: “打造“15分钟社区服务圈””'
 * ```
 */
export function formatCitation(citation: Citation, options: LocaleOptions = {}): string {
  const locale = resolveLocale(optionBag(options).locale);
  const words = engineMessages[locale].words;
  const parts = [citation.document];
  if (citation.section !== undefined) parts.push(citation.section);
  if (citation.paragraph !== undefined) {
    parts.push(locale === 'zh-CN' ? `第 ${citation.paragraph} ${words.paragraph}` : `${words.paragraph} ${citation.paragraph}`);
  }
  const head = parts.join(locale === 'zh-CN' ? ',' : ', ');
  return citation.quote === undefined ? head : `${head}: “${citation.quote}”`;
}

function describeParameter(p: ResolvedParameter, locale: Locale): string[] {
  const words = engineMessages[locale].words;
  const lines = [`${words.parameter} ${p.id} = ${formatParameterValue(p, { locale })} (${p.label[locale]}; ${p.profile})`];
  if (p.citation !== undefined) lines.push(`${words.source}: ${formatCitation(p.citation, { locale })}`);
  if (p.assumption !== undefined) lines.push(`${words.assumption}: ${p.assumption[locale]}`);
  return lines;
}

/** How deep steps may nest (calculators nest two or three levels). */
const MAX_DEPTH = 100;

function notExplainable(result: unknown): InvalidOptionError {
  return new InvalidOptionError('result', 'expected a calculator result (with an explanation) or a finding of a report', result);
}

function both(f: (locale: Locale) => string): LocalizedText {
  return { 'zh-CN': f('zh-CN'), en: f('en') };
}

function findingExplanation(finding: Finding, parameters: Readonly<Record<string, ResolvedParameter>>): Explanation {
  const outcome = (locale: Locale) => {
    const w = engineMessages[locale].words;
    return finding.outcome === 'pass' ? w.pass : finding.outcome === 'fail' ? w.fail : w.notApplicable;
  };
  const json = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  const steps: ExplanationStep[] = [
    { text: both((l) => `${engineMessages[l].words.source}: ${formatCitation(finding.source, { locale: l })}`) },
    ...finding.parameters.map((id): ExplanationStep => {
      const p = Object.prototype.hasOwnProperty.call(parameters, id) ? parameters[id] : undefined;
      return p === undefined ? { text: both((l) => `${engineMessages[l].words.parameter} ${id}`) } : { text: p.label, parameter: p };
    }),
  ];
  steps.push({
    text: both((l) => {
      const basis = engineMessages[l].basis;
      return finding.restsOnAssumption ? `${basis.onReadings}: ${finding.assumptions.join(', ')}` : basis.onFigures;
    }),
  });
  if (finding.expected !== undefined) steps.push({ text: both((l) => `${engineMessages[l].words.expected}: ${json(finding.expected)}`) });
  if (finding.actual !== undefined) steps.push({ text: both((l) => `${engineMessages[l].words.actual}: ${json(finding.actual)}`) });
  steps.push({ text: both((l) => `${engineMessages[l].words.outcome}: ${outcome(l)} — ${finding.message}`) });
  // The subject in the reader's language: 规则 hall.min-items — 社区 yushan-jinghe.
  const subject = (l: Locale) =>
    `${recordKindLabels[finding.subject.kind]?.[l] ?? finding.subject.kind} ${finding.subject.id}${finding.item === undefined ? '' : ` / ${finding.item}`}`;
  return { title: both((l) => `${engineMessages[l].words.rule} ${finding.rule} — ${subject(l)}`), steps };
}
