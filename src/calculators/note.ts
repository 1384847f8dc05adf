/**
 * Building worked notes (explanation trees) in every locale at once. Internal to the calculators.
 *
 * @module
 * @internal
 */
import type { Explanation, ExplanationStep } from '../engine/explanation.js';
import { locales, type Locale, type LocalizedText } from '../locale.js';
import type { ResolvedParameter } from '../profiles/types.js';

/**
 * Writes a text in every locale from a table of sentences per locale.
 *
 * @param table - the sentences, by locale
 * @param write - picks and fills a sentence
 * @returns the text in every locale
 */
export function localized<T>(table: Readonly<Record<Locale, T>>, write: (text: T, locale: Locale) => string): LocalizedText {
  const out = {} as Record<Locale, string>;
  for (const locale of locales) out[locale] = write(table[locale], locale);
  return out;
}

/**
 * One step of a note, optionally showing a parameter (so that `explain` prints its value and citation) and
 * sub-steps.
 *
 * @param text - the step
 * @param extra - the parameter used, sub-steps
 * @returns the step
 */
export function noteStep(
  text: LocalizedText,
  extra: { parameter?: ResolvedParameter | undefined; steps?: readonly ExplanationStep[] | undefined } = {},
): ExplanationStep {
  return {
    text,
    ...(extra.parameter !== undefined && { parameter: extra.parameter }),
    ...(extra.steps !== undefined && extra.steps.length > 0 && { steps: extra.steps }),
  };
}

/**
 * A note: a title and its steps.
 *
 * @param title - the title
 * @param steps - the steps
 * @returns the explanation
 */
export function note(title: LocalizedText, steps: readonly ExplanationStep[]): Explanation {
  return { title, steps };
}
