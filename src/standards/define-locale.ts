/**
 * Adding a language: a host's messages dictionary, checked for completeness against the default rule set and the
 * engine's messages — at compile time by {@link LocaleMessages}, and when {@link defineLocale} is called.
 *
 * @module
 */
import { deepFrozen } from '../deep-freeze.js';
import type { HostLocale, RuleTranslation } from '../engine/host-locale.js';
import type { RuleCode } from '../engine/types.js';
import { InvalidOptionError } from '../errors.js';
import { optionBag } from '../options.js';
import { locales, resolveLocale, type Locale, type LocaleOptions } from '../locale.js';
import { engineMessages, type EngineMessages } from '../engine/messages.js';
import { rules as defaultRules, type DefaultRule } from './index.js';

/** The texts of every rule of the default set, by rule id: each with a message for every one of its result codes. */
export type DefaultRuleTranslations = { readonly [R in DefaultRule as R['id']]: RuleTranslation<RuleCode<R>> };

/**
 * A language's messages dictionary: the engine's messages, and the title and a message for every result code of
 * every rule of the default set — a missing one is a compile error — plus the texts of a host's own rules, if it
 * has some.
 *
 * @example
 * ```ts
 * const fr = { ...localeMessages({ locale: 'en' }), engine: { ...localeMessages({ locale: 'en' }).engine, basis: { onFigures: 'sur les chiffres du rapport', onReadings: 'sur nos lectures' } } } satisfies LocaleMessages;
 * ```
 */
export interface LocaleMessages {
  /** The engine's own messages. */
  readonly engine: EngineMessages;
  /** The rules' texts: every rule of the default set, and any rule of the host's. */
  readonly rules: DefaultRuleTranslations & Readonly<Record<string, RuleTranslation>>;
}

/** What {@link defineLocale} takes besides the tag. */
export interface LocaleDefinition {
  /** The built-in locale for text the dictionary does not hold (default `zh-CN`): see {@link HostLocale}. */
  readonly fallback?: Locale;
  /** The dictionary. */
  readonly messages: LocaleMessages;
}

const TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;
const isFunction = (v: unknown) => typeof v === 'function';
const isString = (v: unknown) => typeof v === 'string';

/** The gaps of a dictionary, as `path: what is missing` lines. */
function gaps(messages: unknown): string[] {
  const out: string[] = [];
  const record = (v: unknown): Readonly<Record<string, unknown>> | undefined =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  const own = (o: Readonly<Record<string, unknown>> | undefined, key: string) =>
    o !== undefined && Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
  const dictionary = record(messages);
  const engine = record(own(dictionary, 'engine'));
  const model = engineMessages['zh-CN'];
  if (!isFunction(own(engine, 'parameterNotInForce'))) out.push('engine.parameterNotInForce');
  for (const group of ['basis', 'words'] as const) {
    const given = record(own(engine, group));
    for (const key of Object.keys(model[group])) if (!isString(own(given, key))) out.push(`engine.${group}.${key}`);
  }
  const translations = record(own(dictionary, 'rules'));
  if (translations === undefined) out.push('rules');
  for (const rule of defaultRules) {
    const t = record(own(translations, rule.id));
    if (t === undefined) {
      out.push(`rules.${rule.id}`);
      continue;
    }
    if (!isString(own(t, 'title'))) out.push(`rules.${rule.id}.title`);
    const given = record(own(t, 'messages'));
    for (const code of Object.keys(rule.messages['zh-CN'])) if (!isFunction(own(given, code))) out.push(`rules.${rule.id}.messages.${code}`);
  }
  const builtIn = new Set<string>(defaultRules.map((r) => r.id));
  for (const [id, value] of Object.entries(translations ?? {})) {
    const t = record(value);
    if (!builtIn.has(id)) {
      // a host rule's text: the dictionary cannot know its codes, only that it is text
      if (!isString(own(t, 'title'))) out.push(`rules.${id}.title`);
      const messages = record(own(t, 'messages'));
      if (messages === undefined || !Object.values(messages).every(isFunction)) out.push(`rules.${id}.messages`);
    }
    const reasons = own(t, 'reasons');
    if (reasons !== undefined && (record(reasons) === undefined || !Object.values(record(reasons) ?? {}).every(isString))) out.push(`rules.${id}.reasons`);
  }
  return out;
}

/**
 * Adds a language: a host locale with a messages dictionary that covers the engine's messages and every message
 * of every rule of the default set ({@link LocaleMessages}: a gap is a compile error, and this call refuses one
 * too, for callers in JavaScript). Pass the result as the `locale` option of `check` (or of a checker made by
 * `createChecker`); the report's messages are then in that language, and its `locale` is the tag. Text the
 * dictionary does not hold — a host rule it does not translate, parameter labels, validation issues, calculators,
 * `explain` and the command line — is in the `fallback` built-in locale. Returns a frozen copy.
 *
 * @param tag - the locale's tag, e.g. `fr` or `zh-HK` (not a built-in one)
 * @param definition - the dictionary, and the fallback
 * @returns the host locale
 * @throws {@link InvalidOptionError} for a bad tag, a bad fallback, or a dictionary with a gap (every gap named)
 * @example
 * ```ts
 * const fr = defineLocale('fr', { fallback: 'en', messages: frenchMessages });
 * check(dataset, { locale: fr }).locale; //=> 'fr'
 * ```
 */
export function defineLocale(tag: string, definition: LocaleDefinition): HostLocale {
  if (typeof tag !== 'string' || !TAG.test(tag)) throw new InvalidOptionError('tag', 'expected a language tag such as fr or zh-HK', tag);
  if ((locales as readonly string[]).includes(tag)) throw new InvalidOptionError('tag', `${tag} is a built-in locale`, tag);
  if (typeof definition !== 'object' || definition === null) throw new InvalidOptionError('definition', 'expected { fallback?, messages }', definition);
  if (definition.fallback !== undefined && !locales.includes(definition.fallback)) {
    throw new InvalidOptionError('fallback', `expected one of ${locales.join(', ')}`, definition.fallback);
  }
  const fallback = resolveLocale(definition.fallback);
  const missing = gaps(definition.messages);
  if (missing.length > 0) {
    const shown = missing.slice(0, 10).join(', ') + (missing.length > 10 ? `, … (${missing.length} in all)` : '');
    throw new InvalidOptionError('messages', `the ${tag} dictionary lacks: ${shown}`);
  }
  const { engine, rules } = definition.messages;
  return deepFrozen({ tag, fallback, engine, rules } as HostLocale);
}

/**
 * A built-in locale's messages as a dictionary: a starting point for a host's language, and what the parity test
 * compares the built-in locales by.
 *
 * @param options - `locale`
 * @returns its dictionary
 * @throws {@link InvalidOptionError} for a locale that is not built in
 * @example
 * ```ts
 * localeMessages({ locale: 'en' }).rules['hall.min-items'].messages['too-few']({ count: 19, min: 20, gap: 1 });
 * //=> '19 service items, fewer than 20 (1 short)'
 * ```
 */
export function localeMessages(options: LocaleOptions = {}): LocaleMessages {
  const builtIn = resolveLocale(optionBag(options).locale);
  const rules: Record<string, RuleTranslation> = {};
  for (const rule of defaultRules) {
    const reasons = rule.reasons?.[builtIn];
    rules[rule.id] = { title: rule.title[builtIn], messages: rule.messages[builtIn], ...(reasons !== undefined && { reasons }) };
  }
  return { engine: engineMessages[builtIn], rules: rules as LocaleMessages['rules'] };
}
