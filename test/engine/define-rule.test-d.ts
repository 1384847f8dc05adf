/**
 * Type tests of `defineRule` (checked by `npm run typecheck`): a rule's result codes are a union read from its
 * messages; a locale that lacks a message, or a check that returns a code with no message, does not compile.
 */
import { describe, expectTypeOf, it } from 'vitest';
import {
  defineRule,
  rules,
  type MessageFunction,
  type Rule,
  type RuleCode,
  type RuleResult,
} from '../../src/index.js';
import { hallMinItems, hallModes } from '../../src/rules.js';

const source = { document: 'example' };
const title = { 'zh-CN': '有名称', en: 'Has a name' };

describe('defineRule', () => {
  it('reads the codes from the messages', () => {
    const hasName = defineRule({
      id: 'example.has-name',
      subject: 'community',
      severity: 'info',
      title,
      source,
      parameters: [],
      messages: { 'zh-CN': { ok: () => '有名称', missing: () => '无名称' }, en: { ok: () => 'has a name', missing: () => 'no name' } },
      check: (community) => (community.name === '' ? { outcome: 'fail', code: 'missing' } : { outcome: 'pass', code: 'ok' }),
    });
    expectTypeOf(hasName).toEqualTypeOf<Rule<'community', 'ok' | 'missing', 'example.has-name'>>();
    expectTypeOf<RuleCode<typeof hasName>>().toEqualTypeOf<'ok' | 'missing'>();
    expectTypeOf(hasName.messages.en).toEqualTypeOf<Readonly<Record<'ok' | 'missing', MessageFunction>>>();
  });

  it('refuses a locale that lacks a message', () => {
    defineRule({
      id: 'example.has-name',
      subject: 'community',
      severity: 'info',
      title,
      source,
      parameters: [],
      messages: {
        'zh-CN': { ok: () => '有名称', missing: () => '无名称' },
        // @ts-expect-error -- en has no message for `missing`
        en: { ok: () => 'has a name' },
      },
      check: () => ({ outcome: 'pass', code: 'ok' }),
    });
  });

  it('refuses, with the codes given, messages that do not cover them', () => {
    defineRule<'community', 'ok' | 'missing'>({
      id: 'example.has-name',
      subject: 'community',
      severity: 'info',
      title,
      source,
      parameters: [],
      messages: {
        // @ts-expect-error -- zh-CN has no message for `missing`
        'zh-CN': { ok: () => '有名称' },
        en: { ok: () => 'has a name', missing: () => 'no name' },
      },
      check: () => ({ outcome: 'pass', code: 'ok' }),
    });
  });

  it('refuses a check that returns a code with no message', () => {
    defineRule({
      id: 'example.has-name',
      subject: 'community',
      severity: 'info',
      title,
      source,
      parameters: [],
      messages: { 'zh-CN': { ok: () => '有名称' }, en: { ok: () => 'has a name' } },
      // @ts-expect-error -- `missing` is not a code of the messages
      check: () => ({ outcome: 'fail', code: 'missing' }),
    });
  });

  it('refuses a reason for a code the rule does not have', () => {
    defineRule({
      id: 'example.has-name',
      subject: 'community',
      severity: 'info',
      title,
      source,
      parameters: [],
      messages: { 'zh-CN': { ok: () => '有名称' }, en: { ok: () => 'has a name' } },
      // @ts-expect-error -- `unknown` is not a code of the rule
      reasons: { 'zh-CN': { unknown: '不明' }, en: {} },
      check: () => ({ outcome: 'pass', code: 'ok' }),
    });
  });
});

describe('the built-in rules', () => {
  it('have their codes as unions', () => {
    expectTypeOf<RuleCode<typeof hallMinItems>>().toEqualTypeOf<'enough' | 'too-few' | 'not-reported' | 'enough-partial' | 'partial-list'>();
    expectTypeOf<RuleCode<typeof hallModes>>().toEqualTypeOf<'all' | 'missing' | 'not-reported'>();
    expectTypeOf(hallMinItems.check).returns.toEqualTypeOf<
      RuleResult<'enough' | 'too-few' | 'not-reported' | 'enough-partial' | 'partial-list'> | readonly RuleResult<'enough' | 'too-few' | 'not-reported' | 'enough-partial' | 'partial-list'>[]
    >();
    // @ts-expect-error -- hall.modes has no message `too-few`
    hallModes.messages.en['too-few'];
    expectTypeOf(rules).toEqualTypeOf<readonly Rule[]>();
  });
});
