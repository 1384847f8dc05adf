/**
 * The registered urban unemployment rate (城镇登记失业率), computed from its inputs as the statistic defines them.
 *
 * @module
 */
import { optionBag } from '../options.js';
import type { Citation } from '../citation.js';
import type { Explanation } from '../engine/explanation.js';
import { resolveLocale, type Locale } from '../locale.js';
import { divideRounded } from '../money/rounding.js';
import type { PathSegment } from '../validation/issue.js';
import type { CityIndicator } from './city-indicator.js';
import { calculatorIssue, issueText, received, type CalculatorIssue } from './issue.js';
import { kunshanIndicators } from './kunshan-indicators.js';
import { employmentText } from './messages/employment.js';
import { localized, note, noteStep } from './note.js';
import { InvalidOptionError } from '../errors.js';

/**
 * The definition of 城镇登记失业率 by the National Bureau of Statistics (国家统计局), in the explanatory notes of the
 * China Statistical Yearbook's chapter on employment and wages. The quote is as several public restatements give it
 * (we did not read it in the yearbook itself): unemployed over 城镇从业人员 plus unemployed, with 城镇从业人员 spelled
 * out as the components of {@link UrbanEmployedComponents}.
 *
 * @example
 * ```ts
 * REGISTERED_UNEMPLOYMENT_RATE_DEFINITION.document; //=> '国家统计局《中国统计年鉴》“就业人员和职工工资”主要统计指标解释'
 * ```
 */
export const REGISTERED_UNEMPLOYMENT_RATE_DEFINITION: Citation = Object.freeze({
  document: '国家统计局《中国统计年鉴》“就业人员和职工工资”主要统计指标解释',
  quote:
    '城镇登记失业率 指城镇登记失业人员与城镇单位就业人员(扣除使用的农村劳动力、聘用的离退休人员、港澳台及外方人员)、城镇单位中的不在岗职工、城镇私营业主、个体户主、城镇私营企业和个体就业人员、城镇登记失业人员之和的比',
});

/** 城镇从业人员 by the components of the NBS definition (numbers of people). */
export interface UrbanEmployedComponents {
  /** 城镇单位就业人员: employees of urban units. */
  readonly unitEmployees: number;
  /** 使用的农村劳动力: rural labour they use (deducted; default 0). */
  readonly ruralLabourUsed?: number;
  /** 聘用的离退休人员: retirees they re-employ (deducted; default 0). */
  readonly rehiredRetirees?: number;
  /** 港澳台及外方人员: Hong Kong, Macao, Taiwan and foreign staff (deducted; default 0). */
  readonly hkMacaoTaiwanForeign?: number;
  /** 城镇单位中的不在岗职工: off-post staff of urban units (added; default 0). */
  readonly offPostStaff?: number;
  /** 城镇私营业主、个体户主: private business owners and self-employed proprietors (added; default 0). */
  readonly privateOwnersAndProprietors?: number;
  /** 城镇私营企业和个体就业人员: employees of private and individual businesses (added; default 0). */
  readonly privateAndIndividualEmployees?: number;
}

/** The inputs of {@link registeredUnemploymentRate}, named as the statistic defines them. */
export interface RegisteredUnemploymentInput {
  /** 城镇登记失业人员数: registered urban unemployed. */
  readonly registeredUnemployed: number;
  /** 城镇从业人员: urban employed — the total, or its components as the NBS definition lists them. */
  readonly urbanEmployed: number | UrbanEmployedComponents;
}

/** Options of {@link registeredUnemploymentRate}. */
export interface UnemploymentRateOptions {
  /** The locale of issue messages (default `zh-CN`); the explanation is always in every locale. */
  readonly locale?: Locale;
  /**
   * The reported figure to compare with (a `percent` indicator); default Kunshan's 2.3% (`kunshanIndicators`,
   * `employment.registeredUnemploymentRate`, paragraph 9); `null` compares with nothing.
   */
  readonly report?: CityIndicator | null;
}

/** What every {@link RegisteredUnemploymentRate} says, computed or not. */
export interface UnemploymentRateBase {
  /** The definition applied. */
  readonly definition: Citation;
  /** The worked note, in every locale. */
  readonly explanation: Explanation;
}

/** The reported figure and whether the computed one, written to as many decimals, is the same. */
export interface ReportedRate {
  /** The reported percentage as written, e.g. `'2.3'`. */
  readonly value: string;
  /** Where it is reported. */
  readonly citation: Citation;
  /** Whether `percent` equals `value`. */
  readonly matches: boolean;
}

/**
 * The registered urban unemployment rate: the exact fraction, its ratio, and the percentage written to the reported
 * figure's decimals (one when there is none), rounded half up; or `ok: false` with the issues (never a throw).
 */
export type RegisteredUnemploymentRate =
  | (UnemploymentRateBase & {
      readonly ok: true;
      /** 城镇登记失业人员数. */
      readonly registeredUnemployed: number;
      /** 城镇从业人员 (the total, or the sum of the components). */
      readonly urbanEmployed: number;
      /** The rate as an exact fraction and its ratio. */
      readonly share: { readonly numerator: number; readonly denominator: number; readonly ratio: number };
      /** The percentage, e.g. `'2.3'`. */
      readonly percent: string;
      /** The reported figure compared with, when there is one. */
      readonly reported?: ReportedRate;
      readonly issues: readonly [];
    })
  | (UnemploymentRateBase & { readonly ok: false; readonly percent: null; readonly issues: readonly CalculatorIssue[] });

const COMPONENTS = [
  ['unitEmployees', 1],
  ['ruralLabourUsed', -1],
  ['rehiredRetirees', -1],
  ['hkMacaoTaiwanForeign', -1],
  ['offPostStaff', 1],
  ['privateOwnersAndProprietors', 1],
  ['privateAndIndividualEmployees', 1],
] as const;

/**
 * Computes the registered urban unemployment rate (城镇登记失业率) as the National Bureau of Statistics defines it
 * ({@link REGISTERED_UNEMPLOYMENT_RATE_DEFINITION}): 城镇登记失业人员数 ÷ (城镇从业人员 + 城镇登记失业人员数), where
 * 城镇从业人员 is given as a total or by its components (城镇单位就业人员 less the rural labour, re-employed retirees
 * and Hong Kong, Macao, Taiwan and foreign staff they use, plus off-post staff, private owners and proprietors, and
 * private and individual business employees). The percentage is compared with the report's figure — Kunshan's
 * 2.3% by default:
 *
 * > 城镇登记失业率2.3% (paragraph 9)
 *
 * Counts that are not non-negative integers, deductions larger than 城镇单位就业人员, or a denominator of zero give
 * `ok: false` and issues, never a throw.
 *
 * @param input - 城镇登记失业人员数 and 城镇从业人员
 * @param options - `locale`, `report`
 * @returns the rate, the percentage, the comparison and the worked note
 * @throws {@link index!InvalidOptionError} for an unknown locale, or a `report` that is not a city indicator (a
 *   `percent` one written as a decimal, e.g. `'2.3'`)
 * @example
 * ```ts
 * const rate = registeredUnemploymentRate({ registeredUnemployed: 23, urbanEmployed: 977 });
 * rate.percent; //=> '2.3'
 * rate.ok && rate.reported?.matches; //=> true
 * registeredUnemploymentRate({ registeredUnemployed: -1, urbanEmployed: 977 }).issues[0]?.code; //=> 'invalid_count'
 * ```
 */
export function registeredUnemploymentRate(input: RegisteredUnemploymentInput, options: UnemploymentRateOptions = {}): RegisteredUnemploymentRate {
  options = optionBag(options);
  const locale = resolveLocale(options.locale);
  const report = options.report === undefined ? kunshanIndicators.find((i) => i.id === 'employment.registeredUnemploymentRate') : options.report;
  const reportedValue = reportedPercent(report);
  const decimals = reportedValue === undefined ? 1 : (reportedValue.split('.')[1] ?? '').length;
  const issues: CalculatorIssue[] = [];
  const reasons: string[][] = [];
  const problem = (code: Parameters<typeof calculatorIssue>[1], path: PathSegment[], extra: Parameters<typeof calculatorIssue>[3] = {}) => {
    issues.push(calculatorIssue(locale, code, path, extra));
    reasons.push([issueText(code, path, extra)['zh-CN'], issueText(code, path, extra).en]);
  };
  const title = localized(employmentText, (t) => t.title());
  const steps = [noteStep(localized(employmentText, (t) => t.definition()))];
  const base = { definition: REGISTERED_UNEMPLOYMENT_RATE_DEFINITION };

  const read = (path: PathSegment[], fallback?: number): number | undefined => {
    let value: unknown;
    try {
      value = path.reduce<unknown>((v, key) => (typeof v === 'object' && v !== null ? (v as Record<PathSegment, unknown>)[key] : undefined), input);
    } catch {
      value = undefined;
    }
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
    problem('invalid_count', path, { expected: 'integer >= 0', received: received(value) });
    return undefined;
  };
  const unemployed = read(['registeredUnemployed']);
  let employedRaw: unknown;
  try {
    employedRaw = typeof input === 'object' && input !== null ? input.urbanEmployed : undefined;
  } catch {
    employedRaw = undefined;
  }
  let employed: number | undefined;
  if (typeof employedRaw === 'object' && employedRaw !== null) {
    const parts = COMPONENTS.map(([key]) => read(['urbanEmployed', key], key === 'unitEmployees' ? undefined : 0));
    if (parts.every((p) => p !== undefined)) {
      const values = parts as number[];
      const deducted = values[1]! + values[2]! + values[3]!;
      if (deducted > values[0]!) problem('deductions_exceed_total', ['urbanEmployed'], { params: { deducted, total: values[0] } });
      else {
        employed = values.reduce((sum, v, i) => sum + v * COMPONENTS[i]![1], 0);
        const [unit, rural, retirees, foreign, offPost, owners, priv] = values.map(String) as [string, string, string, string, string, string, string];
        steps.push(noteStep(localized(employmentText, (t) => t.employedSum({ unit, rural, retirees, foreign, offPost, owners, private: priv, employed: String(employed) }))));
      }
    }
  } else {
    employed = read(['urbanEmployed']);
    if (employed !== undefined) steps.push(noteStep(localized(employmentText, (t) => t.employedGiven({ employed: String(employed) }))));
  }
  if (unemployed !== undefined && employed !== undefined && unemployed + employed === 0) problem('empty_denominator', []);
  if (unemployed === undefined || employed === undefined || issues.length > 0) {
    for (const [zh, en] of reasons) steps.push(noteStep({ 'zh-CN': employmentText['zh-CN'].notComputed({ reason: zh! }), en: employmentText.en.notComputed({ reason: en! }) }));
    return { ...base, ok: false, percent: null, issues, explanation: note(title, steps) };
  }
  const total = unemployed + employed;
  const scaled = divideRounded(BigInt(unemployed) * 100n * 10n ** BigInt(decimals), BigInt(total), 'half-up');
  const percent = writeScaled(scaled, decimals);
  const exact = `${unemployed / total}`;
  steps.push(noteStep(localized(employmentText, (t) => t.rate({ unemployed: String(unemployed), employed: String(employed), total: String(total), percent, exact }))));
  const reported = reportedValue === undefined || report == null ? undefined : { value: reportedValue, citation: report.citation, matches: percent === reportedValue };
  if (reported !== undefined) steps.push(noteStep(localized(employmentText, (t) => t.compare({ percent, reported: reported.value, matches: reported.matches }))));
  return {
    ...base,
    ok: true,
    registeredUnemployed: unemployed,
    urbanEmployed: employed,
    share: { numerator: unemployed, denominator: total, ratio: unemployed / total },
    percent,
    ...(reported !== undefined && { reported }),
    issues: [],
    explanation: note(title, steps),
  };
}

/** The reported percentage of a `percent` indicator (`undefined` for another kind or none); a malformed one is a bad option. */
function reportedPercent(report: unknown): string | undefined {
  if (report === null || report === undefined) return undefined;
  let value: unknown;
  try {
    value = typeof report === 'object' ? (report as { value?: unknown }).value : undefined;
  } catch {
    value = undefined;
  }
  if (typeof value !== 'object' || value === null) throw new InvalidOptionError('report', 'expected a city indicator (kunshanIndicators) or null', report);
  const { kind, value: written } = value as { kind?: unknown; value?: unknown };
  if (kind !== 'percent') return undefined;
  if (typeof written !== 'string' || !/^\d{1,15}(?:\.\d{1,15})?$/.test(written)) {
    throw new InvalidOptionError('report', "expected a percentage written as a decimal, e.g. '2.3'", written);
  }
  return written;
}

/** Writes an integer scaled by 10^decimals as a decimal: `23n, 1` → `'2.3'`. */
function writeScaled(scaled: bigint, decimals: number): string {
  if (decimals === 0) return scaled.toString();
  const digits = scaled.toString().padStart(decimals + 1, '0');
  return `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}
