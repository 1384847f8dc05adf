/**
 * Type tests of a host locale's dictionary (checked by `npm run typecheck`): `LocaleMessages` requires the
 * engine's messages and a message for every result code of every rule of the default set.
 */
import { describe, expectTypeOf, it } from 'vitest';
import { defineLocale, localeMessages, type HostLocale, type LocaleMessages, type MessageFunction } from '../../src/index.js';

const en = localeMessages({ locale: 'en' });
const minItems = {
  enough: (() => 'assez') as MessageFunction,
  'too-few': (() => 'trop peu') as MessageFunction,
  'not-reported': (() => 'non déclaré') as MessageFunction,
  'enough-partial': (() => 'assez (partiel)') as MessageFunction,
  'partial-list': (() => 'partiel') as MessageFunction,
};
const { 'too-few': _tooFew, ...withoutTooFew } = minItems;
const { 'hall.modes': _modes, ...withoutModes } = en.rules;
const { words: _words, ...withoutWords } = en.engine;

describe('LocaleMessages', () => {
  it('accepts a complete dictionary, and defineLocale makes a host locale of it', () => {
    const fr = { engine: en.engine, rules: { ...en.rules, 'hall.min-items': { title: 'Au moins 20 services', messages: minItems } } } satisfies LocaleMessages;
    expectTypeOf(defineLocale('fr', { messages: fr })).toEqualTypeOf<HostLocale>();
    expectTypeOf(en.rules['hall.min-items'].messages).toHaveProperty('too-few');
  });

  it('refuses a rule that lacks a message', () => {
    ({
      engine: en.engine,
      // @ts-expect-error -- hall.min-items lacks `too-few`
      rules: { ...en.rules, 'hall.min-items': { title: 'Au moins 20 services', messages: withoutTooFew } },
    }) satisfies LocaleMessages;
  });

  it('refuses a dictionary that lacks a rule', () => {
    ({
      engine: en.engine,
      // @ts-expect-error -- hall.modes is missing
      rules: withoutModes,
    }) satisfies LocaleMessages;
  });

  it('refuses a dictionary that lacks engine messages', () => {
    ({
      // @ts-expect-error -- the engine's words are missing
      engine: withoutWords,
      rules: en.rules,
    }) satisfies LocaleMessages;
  });

  it('refuses a rule without a title', () => {
    ({
      engine: en.engine,
      // @ts-expect-error -- hall.min-items has no title
      rules: { ...en.rules, 'hall.min-items': { messages: minItems } },
    }) satisfies LocaleMessages;
  });
});
