/**
 * Locales the library speaks, and the helpers that pick text for one.
 *
 * @module
 */
import { InvalidOptionError } from './errors.js';

/**
 * The locales every message exists in. `zh-CN` is the default.
 *
 * @example
 * ```ts
 * locales; //=> ['zh-CN', 'en']
 * ```
 */
export const locales = /* @__PURE__ */ Object.freeze(['zh-CN', 'en'] as const);

/** A supported locale: `'zh-CN'` (default) or `'en'`. */
export type Locale = (typeof locales)[number];

/**
 * The options of a function whose only option is the locale of the text it writes. Every function takes its locale
 * this way (never as a positional argument), defaulting to `zh-CN`.
 *
 * @example
 * ```ts
 * const options: LocaleOptions = { locale: 'en' };
 * formatCitation(kunshanReport(7), options);
 * ```
 */
export interface LocaleOptions {
  /** The locale (default `zh-CN`). */
  readonly locale?: Locale;
}

/** A text in every supported locale. */
export type LocalizedText = Readonly<Record<Locale, string>>;

/**
 * Checks a `locale` option and returns it, defaulting to `zh-CN`.
 *
 * @param locale - the option as received (may be `undefined`)
 * @returns the locale to use
 * @throws {@link InvalidOptionError} when the locale is not one of {@link locales}
 * @example
 * ```ts
 * resolveLocale(undefined); //=> 'zh-CN'
 * resolveLocale('en'); //=> 'en'
 * ```
 */
export function resolveLocale(locale: unknown): Locale {
  if (locale === undefined) return 'zh-CN';
  if (locale === 'zh-CN' || locale === 'en') return locale;
  throw new InvalidOptionError('locale', `expected one of ${locales.join(', ')}`, locale);
}
