/**
 * City indicators (民生指标): dated figures with their citation, and last year's figures derived from them.
 *
 * @module
 */
import { optionBag } from '../options.js';
import type { Citation } from '../citation.js';
import { formatCitation, type Explanation, type ExplanationStep } from '../engine/explanation.js';
import { InvalidOptionError } from '../errors.js';
import { type Locale, type LocalizedText, resolveLocale, type LocaleOptions } from '../locale.js';
import { countText, scaledText } from './messages/format.js';
import { indicatorsText } from './messages/indicators.js';
import { subtract } from '../money/arithmetic.js';
import type { Money } from '../money/money.js';
import type { RoundingMode } from '../money/rounding.js';
import { previousFromGrowth } from './growth.js';
import { localized, note, noteStep } from './note.js';
import type { IndicatorUnit } from './indicator-unit.js';
export type { IndicatorUnit } from './indicator-unit.js';


/** An indicator's value: a count with its unit, an amount of money, or a percentage (an exact decimal string). */
export type IndicatorValue =
  | { readonly kind: 'count'; readonly value: number; readonly unit: IndicatorUnit }
  | { readonly kind: 'money'; readonly amount: Money }
  | { readonly kind: 'percent'; readonly value: string };

/** How the figure changed on the year before: a growth rate (`'61.9%'`), or an absolute increase. */
export type IndicatorChange = { readonly kind: 'growth'; readonly rate: string } | { readonly kind: 'increase'; readonly by: IndicatorValue };

/** 民生指标: one dated city figure, with where it comes from. */
export interface CityIndicator {
  /** A dotted id, e.g. `housing.providentFundLoans`. */
  readonly id: string;
  /** What it measures, in every locale. */
  readonly label: LocalizedText;
  /** The year it describes. */
  readonly year: number;
  /** The figure. */
  readonly value: IndicatorValue;
  /** Its change on the year before, when the source gives one. */
  readonly change?: IndicatorChange;
  /** The source. */
  readonly citation: Citation;
  /** What was assumed (the year, a reading of the text), when anything was. */
  readonly assumption?: LocalizedText;
}

/** A figure derived by {@link previousYearOf}. */
export interface DerivedIndicator {
  /** The indicator it is derived from. */
  readonly from: string;
  /** The year before the indicator's. */
  readonly year: number;
  /** The derived figure, of the same kind. */
  readonly value: IndicatorValue;
  /** The worked note: the source, then the arithmetic. */
  readonly explanation: Explanation;
}

/**
 * Derives an indicator's figure for the year before from its change: `value ÷ (1 + rate)` for a growth rate
 * (exact, then rounded by `rounding`, see {@link previousFromGrowth}), `value − increase` for an absolute increase.
 * Derived figures are computed, never typed in.
 *
 * @param indicator - the indicator, with a `change`
 * @param options - `rounding` (required for a growth rate)
 * @returns the derived figure and its worked note
 * @throws {@link index!InvalidOptionError} when the indicator has no change, is a percentage, its increase is of another
 *   kind or unit, or the rounding is missing for a growth rate
 * @example
 * ```ts
 * const loans = kunshanIndicators.find((i) => i.id === 'housing.providentFundLoanHouseholds')!;
 * previousYearOf(loans, { rounding: 'half-up' }).value; //=> { kind: 'count', value: 4015, unit: 'households' }
 * ```
 */
export function previousYearOf(indicator: CityIndicator, options: { readonly rounding?: RoundingMode } = {}): DerivedIndicator {
  options = optionBag(options);
  const { value, change } = indicator;
  if (change === undefined || value.kind === 'percent') {
    throw new InvalidOptionError('indicator', 'needs a change on the year before and a count or money value', indicator.id);
  }
  const year = indicator.year - 1;
  const head = [
    noteStep(localized(indicatorsText, (t, l) => t.source({ citation: formatCitation(indicator.citation, { locale: l }) }))),
    ...(indicator.assumption === undefined ? [] : [noteStep(localized(indicatorsText, (t, l) => t.assumption({ text: indicator.assumption?.[l] ?? '' })))]),
  ];
  let previous: IndicatorValue;
  let steps: readonly ExplanationStep[];
  if (change.kind === 'growth') {
    const rounding = options.rounding as RoundingMode;
    const result = value.kind === 'count' ? previousFromGrowth(value.value, change.rate, rounding) : previousFromGrowth(value.amount, change.rate, rounding);
    previous = value.kind === 'count' ? { ...value, value: result.previous as number } : { kind: 'money', amount: result.previous as Money };
    steps = result.explanation.steps;
  } else {
    const by = change.by;
    if (value.kind === 'count' && by.kind === 'count' && by.unit === value.unit) previous = { ...value, value: value.value - by.value };
    else if (value.kind === 'money' && by.kind === 'money') previous = { kind: 'money', amount: subtract(value.amount, by.amount) };
    else throw new InvalidOptionError('indicator', 'its increase must be of the same kind and unit as its value', indicator.id);
    const result = previous;
    steps = [noteStep(localized(indicatorsText, (t, l) => t.increase({ current: indicatorValueText(value, { locale: l }), by: indicatorValueText(by, { locale: l }), previous: indicatorValueText(result, { locale: l }) })))];
  }
  const title = localized(indicatorsText, (t, l) => t.indicatorTitle({ label: indicator.label[l], year }));
  return { from: indicator.id, year, value: previous, explanation: note(title, [...head, ...steps]) };
}

/**
 * Writes an indicator value: `6,500户`, `19亿元`, `2.3%` (zh-CN); `6,500 households`, `CNY 1.9 billion` (en).
 *
 * @param value - the value
 * @param options - `locale`: the locale (default `zh-CN`)
 * @throws {@link index!InvalidOptionError} for options that are not an object, or an unknown locale
 * @returns the text
 * @example
 * ```ts
 * indicatorValueText({ kind: 'count', value: 6500, unit: 'households' }, { locale: 'en' }); //=> '6,500 households'
 * ```
 */
export function indicatorValueText(value: IndicatorValue, options: LocaleOptions = {}): string {
  const locale = resolveLocale(optionBag(options).locale);
  if (value.kind === 'money') return scaledText(value.amount, locale);
  if (value.kind === 'percent') return `${value.value}%`;
  const unit = indicatorsText[locale].unit[value.unit];
  // A count is a whole number; anything else is written as JavaScript writes it rather than rejected.
  const count = Number.isSafeInteger(value.value) ? countText(value.value) : String(value.value);
  return locale === 'zh-CN' ? `${count}${unit}` : `${count} ${unit}`;
}
