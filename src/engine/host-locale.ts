/**
 * Languages a host adds: the shape the engine reads a host locale in, and how it picks a rule's text in a locale.
 * The engine knows no rule set, so it does not check a host locale for completeness: `defineLocale` (beside the
 * default rule set) does, at compile time and when it is called.
 *
 * @module
 */
import { InvalidOptionError } from '../errors.js';
import { optionBag } from '../options.js';
import { locales, resolveLocale, type Locale } from '../locale.js';
import { engineMessages, type EngineMessages } from './messages.js';
import type { Rule, RuleMessageSet } from './types.js';

/**
 * A rule's text in a host's locale: its title, a message for every result code, and (optionally) the reasons of
 * its not-applicable codes for summaries.
 *
 * @typeParam Code - the rule's result codes
 */
export interface RuleTranslation<Code extends string = string> {
  /** The rule's title. */
  readonly title: string;
  /** A message for every result code of the rule. */
  readonly messages: RuleMessageSet<Code>;
  /** Why the rule does not apply, by not-applicable code (a code with none is summarised with its findings' message). */
  readonly reasons?: Readonly<Partial<Record<Code, string>>>;
}

/**
 * A language a host adds (made by `defineLocale`): the engine's messages and the rules' texts in it, by rule id.
 * Text it does not hold — a rule it does not translate, parameter labels, validation issues, calculators and the
 * command line — is in its `fallback`, a built-in locale.
 */
export interface HostLocale {
  /** The locale's tag, e.g. `fr` (never a built-in one). */
  readonly tag: string;
  /** The built-in locale used for any text the host locale does not hold. */
  readonly fallback: Locale;
  /** The engine's own messages. */
  readonly engine: EngineMessages;
  /** The rules' texts, by rule id. */
  readonly rules: Readonly<Record<string, RuleTranslation | undefined>>;
}

/** A locale option of the engine: a built-in locale's tag, or a host locale. */
export type AnyLocale = Locale | HostLocale;

/** A locale option once resolved: its tag, the built-in locale behind it, and the host locale if it is one. */
export interface ResolvedLocale {
  /** The tag reports carry: `zh-CN`, `en`, or the host locale's. */
  readonly tag: string;
  /** The built-in locale: the locale itself, or the host locale's fallback. */
  readonly builtIn: Locale;
  /** The host locale, when the option is one. */
  readonly host?: HostLocale;
}

/**
 * Reads a locale option: a built-in locale (default `zh-CN`) or a host locale made by `defineLocale`.
 *
 * @param option - the option as received
 * @returns the resolved locale
 * @throws {@link InvalidOptionError} for anything else
 * @example
 * ```ts
 * resolveLocaleOption('en'); //=> { tag: 'en', builtIn: 'en' }
 * resolveLocaleOption(undefined).tag; //=> 'zh-CN'
 * ```
 */
export function resolveLocaleOption(option: unknown): ResolvedLocale {
  if (typeof option === 'object' && option !== null && !Array.isArray(option)) {
    const host = option as Partial<HostLocale>;
    const ok =
      typeof host.tag === 'string' &&
      (locales as readonly unknown[]).includes(host.fallback) &&
      typeof host.engine === 'object' &&
      host.engine !== null &&
      typeof host.rules === 'object' &&
      host.rules !== null;
    if (!ok) throw new InvalidOptionError('locale', 'expected zh-CN, en, or a locale made by defineLocale', option);
    return { tag: host.tag!, builtIn: host.fallback!, host: option as HostLocale };
  }
  const locale = resolveLocale(option);
  return { tag: locale, builtIn: locale };
}

/**
 * A rule's message set in a locale: the host locale's translation of the rule when it has one, else the rule's
 * own messages in the built-in locale.
 *
 * @param rule - the rule
 * @param locale - the resolved locale
 * @returns the messages, by result code
 * @example
 * ```ts
 * ruleMessages(hallMinItems, resolveLocaleOption('en'))['too-few']!({ count: 19, min: 20, gap: 1 });
 * //=> '19 service items, fewer than 20 (1 short)'
 * ```
 */
export function ruleMessages(rule: Rule, locale: ResolvedLocale): Readonly<Record<string, ((values: Readonly<Record<string, unknown>>) => string) | undefined>> {
  return locale.host?.rules[rule.id]?.messages ?? rule.messages[locale.builtIn];
}

/** Options of {@link ruleTitle}. */
export interface RuleTitleOptions {
  /** A built-in locale (default `zh-CN`) or a host locale made by `defineLocale`. */
  readonly locale?: AnyLocale;
}

/**
 * A rule's title in a locale: a built-in locale's, or a host locale's (its fallback's when it does not translate
 * the rule).
 *
 * @param rule - the rule
 * @param options - `locale`
 * @returns the title
 * @throws {@link InvalidOptionError} for a bad locale, or a `rule` that is not a rule
 * @example
 * ```ts
 * ruleTitle(hallMinItems, { locale: 'en' }); //=> 'At least 20 service items'
 * ```
 */
export function ruleTitle(rule: Rule, options: RuleTitleOptions = {}): string {
  const resolved = resolveLocaleOption(optionBag(options).locale);
  const title: unknown = typeof rule === 'object' && rule !== null ? (resolved.host?.rules[rule.id]?.title ?? rule.title?.[resolved.builtIn]) : undefined;
  if (typeof title !== 'string') throw new InvalidOptionError('rule', 'expected a rule with a title', rule);
  return title;
}

/**
 * The engine's messages in a locale: a host locale's, or a built-in locale's.
 *
 * @param locale - the resolved locale
 * @returns the messages
 * @example
 * ```ts
 * engineMessagesIn(resolveLocaleOption('en')).basis.onReadings; //=> 'on our readings'
 * ```
 */
export function engineMessagesIn(locale: ResolvedLocale): EngineMessages {
  return locale.host?.engine ?? engineMessages[locale.builtIn];
}

/**
 * The reasons a summary gives for a rule's not-applicable codes in a locale: the host locale's translation's,
 * else the rule's own in the built-in locale — unless the host locale translates the rule's messages but not its
 * reasons, in which case none (the summary then uses the findings' messages, in the host's language).
 *
 * @param rule - the rule
 * @param locale - the resolved locale
 * @returns the reasons by code, or `undefined`
 * @example
 * ```ts
 * ruleReasons(hallMinItems, resolveLocaleOption('en'))?.['partial-list'];
 * //=> 'the service item list is partial and lists fewer items than the minimum'
 * ```
 */
export function ruleReasons(rule: Rule, locale: ResolvedLocale): Readonly<Partial<Record<string, string>>> | undefined {
  const translation = locale.host?.rules[rule.id];
  if (translation !== undefined) return translation.reasons;
  return rule.reasons?.[locale.builtIn];
}
