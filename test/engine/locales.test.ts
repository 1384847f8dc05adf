/**
 * Languages: every built-in locale holds every message of zh-CN (parity), a host adds a language with
 * `defineLocale` — refused when its dictionary has a gap — and a check in that language puts its messages in the
 * report, falling back to a built-in locale only for what the dictionary does not hold.
 */
import { describe, expect, it } from 'vitest';
import { kunshan2013 } from '../../src/datasets/index.js';
import {
  check,
  defineLocale,
  defineRule,
  InvalidOptionError,
  localeMessages,
  locales,
  ruleTitle,
  rules,
  type Finding,
  type LocaleMessages,
  type MessageFunction,
} from '../../src/index.js';
import { hallMinItems } from '../../src/rules.js';
import { engineMessages } from '../../src/engine/messages.js';

/** The shape of a dictionary: every key path, functions and strings alike. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [`${path}:${typeof value}`];
  return Object.keys(value)
    .sort()
    .flatMap((k) => shape((value as Record<string, unknown>)[k], path === '' ? k : `${path}.${k}`));
}

describe('the built-in locales', () => {
  it('hold every key of zh-CN, and nothing else: rules (titles, messages, reasons) and the engine', () => {
    const zh = shape(localeMessages({ locale: 'zh-CN' }));
    expect(zh.length).toBeGreaterThan(100);
    expect(zh).toContain('rules.hall.min-items.messages.too-few:function');
    for (const locale of locales) expect(shape(localeMessages({ locale }))).toEqual(zh);
    for (const locale of locales) expect(shape(engineMessages[locale])).toEqual(shape(engineMessages['zh-CN']));
  });

  it('cover every rule of the default set', () => {
    expect(Object.keys(localeMessages({ locale: 'en' }).rules)).toEqual(rules.map((r) => r.id));
  });
});

/** A French dictionary: English throughout, but hall.min-items, the engine's basis and not-in-force message in French. */
function french(): LocaleMessages {
  const en = localeMessages({ locale: 'en' });
  return {
    engine: {
      ...en.engine,
      parameterNotInForce: ({ parameter, asOf }) => `le paramètre ${parameter} n’a pas de valeur au ${asOf}`,
      basis: { onFigures: 'sur les chiffres du rapport', onReadings: 'sur nos lectures' },
    },
    rules: {
      ...en.rules,
      'hall.min-items': {
        title: 'Au moins 20 services',
        messages: {
          enough: (v) => `${String(v['count'])} services, au moins ${String(v['min'])}`,
          'too-few': (v) => `${String(v['count'])} services, moins de ${String(v['min'])}`,
          'not-reported': () => 'services non déclarés',
          'enough-partial': (v) => `liste partielle, déjà ${String(v['count'])}`,
          'partial-list': (v) => `liste partielle (${String(v['count'])})`,
        },
      },
    },
  };
}

const withoutMessage = ({ message: _message, ...rest }: Finding) => rest;

describe('defineLocale', () => {
  it('makes a locale a check speaks: its messages where it has them, and nothing else changes', () => {
    const fr = defineLocale('fr', { fallback: 'en', messages: french() });
    const data = kunshan2013();
    const report = check(data, { asOf: '2020-06-30', locale: fr });
    const en = check(data, { asOf: '2020-06-30', locale: 'en' });
    expect(report.locale).toBe('fr');
    expect(report.findings.map(withoutMessage)).toEqual(en.findings.map(withoutMessage));
    const minItems = report.findings.filter((f) => f.rule === 'hall.min-items');
    expect(minItems.length).toBeGreaterThan(0);
    for (const f of minItems) {
      const v = f.values ?? {};
      const expected = {
        enough: `${String(v['count'])} services, au moins ${String(v['min'])}`,
        'too-few': `${String(v['count'])} services, moins de ${String(v['min'])}`,
        'not-reported': 'services non déclarés',
        'enough-partial': `liste partielle, déjà ${String(v['count'])}`,
        'partial-list': `liste partielle (${String(v['count'])})`,
      }[f.code];
      expect(f.message).toBe(expected);
    }
    // the rules it copied from English read as in English
    const others = (r: { findings: readonly Finding[] }) => r.findings.filter((f) => f.rule !== 'hall.min-items').map((f) => f.message);
    expect(others(report)).toEqual(others(en));
    expect(ruleTitle(hallMinItems, { locale: fr })).toBe('Au moins 20 services');
  });

  it('uses its engine messages, and its reasons — or, for a rule it translates without reasons, the findings’ messages', () => {
    const fr = defineLocale('fr', { messages: french() });
    // area.per-households reads a national standard in force from 2016 only: before, the rule does not apply.
    const report = check(kunshan2013(), { asOf: '2013-06-30', locale: fr, rules: ['area.per-households', 'hall.min-items'] });
    const area = report.findings.filter((f) => f.rule === 'area.per-households');
    expect(area.length).toBeGreaterThan(0);
    expect(new Set(area.map((f) => f.message))).toEqual(new Set(['le paramètre area.perHundredHouseholds n’a pas de valeur au 2013-06-30']));
    expect(report.summary.notApplicable['area.per-households']?.[0]?.message).toBe('le paramètre area.perHundredHouseholds n’a pas de valeur au 2013-06-30');
    // hall.min-items has a written reason for partial-list in zh-CN and en; the French translation gives none
    // (Kunshan 2013 has one centre with a partial list of too few items, and three communities with none reported)
    expect(report.summary.notApplicable['hall.min-items']?.map((r) => [r.code, r.count, r.message.replace(/\(\d+\)/, '(n)')])).toEqual([
      ['not-reported', 3, 'services non déclarés'],
      ['partial-list', 1, 'liste partielle (n)'],
    ]);
    // and in English, the written reason of the built-in locale
    const en = check(kunshan2013(), { asOf: '2013-06-30', locale: 'en', rules: ['hall.min-items'] });
    expect(en.summary.notApplicable['hall.min-items']?.[1]?.message).toBe('the service item list is partial and lists fewer items than the minimum');
  });

  it('falls back to the built-in locale for a host rule it does not translate, and uses a translation it has', () => {
    const hasName = defineRule({
      id: 'example.has-name',
      subject: 'community',
      severity: 'info',
      title: { 'zh-CN': '有名称', en: 'Has a name' },
      source: { document: 'example' },
      parameters: [],
      messages: { 'zh-CN': { ok: () => '有名称' }, en: { ok: () => 'has a name' } },
      check: () => ({ outcome: 'pass', code: 'ok' }),
    });
    const data = { meta: { asOf: '2013-06-30' }, communities: [{ id: 'c', name: 'c', kind: 'urban', model: 'old-town', households: {}, population: {} }] };
    const plain = defineLocale('fr', { fallback: 'en', messages: french() });
    expect(check(data, { locale: plain, rules: [hasName] }).findings.map((f) => f.message)).toEqual(['has a name']);
    const ok: MessageFunction = () => 'a un nom';
    const translated = defineLocale('fr', { messages: { ...french(), rules: { ...french().rules, 'example.has-name': { title: 'A un nom', messages: { ok } } } } });
    expect(check(data, { locale: translated, rules: [hasName] }).findings.map((f) => f.message)).toEqual(['a un nom']);
    expect(ruleTitle(hasName, { locale: translated })).toBe('A un nom');
    expect(ruleTitle(hasName, { locale: plain })).toBe('Has a name');
  });

  it('refuses a dictionary with a gap, naming each', () => {
    const missing = (messages: unknown): unknown => {
      try {
        defineLocale('fr', { messages: messages as LocaleMessages });
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidOptionError);
        return { missing: (error as Error).message.replace(/^.*lacks: /, '').split(', ') };
      }
      return 'accepted';
    };
    const { 'too-few': _tooFew, ...withoutTooFew } = french().rules['hall.min-items'].messages;
    expect(missing({ ...french(), rules: { ...french().rules, 'hall.min-items': { title: 'x', messages: withoutTooFew } } })).toEqual({
      missing: ['rules.hall.min-items.messages.too-few'],
    });
    const { 'hall.modes': _modes, ...withoutModes } = french().rules;
    expect(missing({ ...french(), rules: withoutModes })).toEqual({ missing: ['rules.hall.modes'] });
    const { paragraph: _p, ...words } = french().engine.words;
    expect(missing({ ...french(), engine: { ...french().engine, words } })).toEqual({ missing: ['engine.words.paragraph'] });
    expect(missing({ ...french(), rules: { ...french().rules, 'hall.one-stop': { messages: french().rules['hall.one-stop'].messages } } })).toEqual({
      missing: ['rules.hall.one-stop.title'],
    });
    expect(missing(undefined)).toEqual({ missing: ['engine.parameterNotInForce', 'engine.basis.onFigures', 'engine.basis.onReadings', ...Object.keys(engineMessages.en.words).map((w) => `engine.words.${w}`).slice(0, 7), `… (${3 + 11 + 1 + rules.length} in all)`] });
    expect(missing({ ...french(), rules: { ...french().rules, 'example.has-name': { title: 'A un nom', messages: { ok: 'a un nom' } } } })).toEqual({
      missing: ['rules.example.has-name.messages'],
    });
    expect(missing({ ...french(), rules: { ...french().rules, 'hall.modes': { ...french().rules['hall.modes'], reasons: { missing: 1 } } } })).toEqual({
      missing: ['rules.hall.modes.reasons'],
    });
    expect(missing(french())).toBe('accepted');
  });

  it('refuses a bad or built-in tag, a bad fallback, and a locale option it did not make', () => {
    expect(() => defineLocale('en', { messages: french() })).toThrow(InvalidOptionError);
    expect(() => defineLocale('', { messages: french() })).toThrow(InvalidOptionError);
    expect(() => defineLocale('fr fr', { messages: french() })).toThrow(InvalidOptionError);
    expect(() => defineLocale('fr', { fallback: 'fr' as never, messages: french() })).toThrow(InvalidOptionError);
    expect(() => defineLocale('fr', { fallback: 'fr' as never, messages: french() })).toThrow(/"fallback"/);
    expect(() => check({ meta: { asOf: '2013-06-30' } }, { locale: { tag: 'fr' } as never })).toThrow(InvalidOptionError);
    expect(() => check({ meta: { asOf: '2013-06-30' } }, { locale: 'fr' as never })).toThrow(InvalidOptionError);
  });

  it('refuses, in the check, a message written in JavaScript that returns no text (a finding’s message is a string)', () => {
    const dictionary = french();
    const minItems = dictionary.rules['hall.min-items'];
    const numbers = Object.fromEntries(Object.keys(minItems.messages).map((code) => [code, () => 42]));
    const fr = defineLocale('fr', { messages: { ...dictionary, rules: { ...dictionary.rules, 'hall.min-items': { ...minItems, messages: numbers as never } } } });
    const data = kunshan2013();
    expect(() => check(data, { asOf: '2013-06-30', locale: fr })).toThrow(InvalidOptionError);
    expect(() => check(data, { asOf: '2013-06-30', locale: fr })).toThrow(/hall\.min-items.*did not return a string/);
  });
});
