import { describe, expectTypeOf, it } from 'vitest';
import { defineRule } from '../../src/engine/define-rule.js';
import { kunshan, parameter, type ParameterTypes, type ParameterValueOf, type ResolvedParameter, type RuleContext } from '../../src/index.js';

// A host declares the type of its own parameter by module augmentation (declaration merging).
declare module '../../src/profiles/parameter-types.js' {
  interface ParameterTypes {
    'suzhou.maxQueueMinutes': number;
  }
}

declare const context: RuleContext;

describe('typed parameters', () => {
  it('types a built-in parameter by its id, without a cast', () => {
    expectTypeOf(context.param('hall.minServiceItems').value).toEqualTypeOf<number>();
    expectTypeOf(parameter(kunshan, 'hall.minServiceItems', '2013-06-30').value).toEqualTypeOf<number>();
    expectTypeOf(parameter(kunshan, 'hall.minServiceItems', '2013-06-30')).toEqualTypeOf<ResolvedParameter<number>>();
    expectTypeOf(context.param('hall.requiredModes').value).toEqualTypeOf<readonly ('one-door' | 'one-stop' | 'one-card')[]>();
    expectTypeOf(context.param('hall.eveningUntil').value).toEqualTypeOf<string>();
    expectTypeOf(context.param('points.rounding').value).toEqualTypeOf<'half-up' | 'half-even' | 'floor' | 'ceil' | 'down'>();
    expectTypeOf(context.param('staff.professionalised').value.minEducation).toEqualTypeOf<'below-college' | 'college' | 'bachelor' | 'postgraduate' | null>();
    expectTypeOf<ParameterValueOf<'circle.distance15Minutes'>>().toEqualTypeOf<{ readonly min: number; readonly max: number }>();
  });

  it('types a host parameter declared by module augmentation', () => {
    expectTypeOf<ParameterTypes['suzhou.maxQueueMinutes']>().toEqualTypeOf<number>();
    expectTypeOf(context.param('suzhou.maxQueueMinutes').value).toEqualTypeOf<number>();
  });

  it('gives an undeclared id, or any string, an unknown value rather than breaking', () => {
    expectTypeOf(context.param('city.undeclared').value).toEqualTypeOf<unknown>();
    const id: string = 'hall.minServiceItems';
    expectTypeOf(parameter(kunshan, id, '2013-06-30').value).toEqualTypeOf<unknown>();
  });

  it('makes a wrong use a compile error', () => {
    // @ts-expect-error a count is a number, not a string
    const text: string = context.param('hall.minServiceItems').value;
    // @ts-expect-error a list has no arithmetic
    const sum: number = context.param('hall.requiredModes').value + 1;
    // @ts-expect-error the value of an undeclared id is unknown: it must be checked before use
    const undeclared: number = context.param('hall.minItemz').value;
    // @ts-expect-error the value is read-only
    context.param('hall.requiredModes').value.push('one-stop');
    void [text, sum, undeclared];
  });

  it('types param in a rule written with defineRule', () => {
    defineRule({
      id: 'x.typed',
      title: { 'zh-CN': 'x', en: 'x' },
      subject: 'community',
      severity: 'info',
      source: { document: 'x' },
      parameters: ['hall.minServiceItems'],
      messages: { 'zh-CN': { ok: () => 'ok' }, en: { ok: () => 'ok' } },
      check(_community, ctx) {
        expectTypeOf(ctx.param('hall.minServiceItems').value).toEqualTypeOf<number>();
        return { outcome: 'pass', code: 'ok' };
      },
    });
  });
});
