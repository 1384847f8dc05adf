import { describe, expectTypeOf, it } from 'vitest';
import {
  allocate,
  formatMoney,
  money,
  multiply,
  parseMoney,
  yuan,
  type Money,
  type MoneyUnit,
  type Ratio,
  type RoundingMode,
} from '../../src/money/index.js';

describe('money types', () => {
  it('returns Money values with a read-only fen', () => {
    expectTypeOf(money(1)).toEqualTypeOf<Money>();
    expectTypeOf(yuan('1370.50')).toEqualTypeOf<Money>();
    expectTypeOf(parseMoney('500万元')).toEqualTypeOf<Money>();
    expectTypeOf(allocate(money(100), [1, 1])).toEqualTypeOf<Money[]>();
    expectTypeOf<Money['fen']>().toEqualTypeOf<number>();
    // @ts-expect-error fen is read-only
    money(1).fen = 2;
  });

  it('requires an explicit rounding mode and a ratio', () => {
    expectTypeOf<RoundingMode>().toEqualTypeOf<'half-up' | 'half-even' | 'floor' | 'ceil' | 'down'>();
    expectTypeOf<{ numerator: number; denominator: number }>().toMatchTypeOf<Ratio>();
    // @ts-expect-error rounding is required
    multiply(money(1), 2);
    // @ts-expect-error not a rounding mode
    multiply(money(1), 2, 'nearest');
  });

  it('knows the units', () => {
    expectTypeOf<MoneyUnit>().toEqualTypeOf<'yuan' | 'wan' | 'yi'>();
    expectTypeOf(formatMoney)
      .parameter(1)
      .toEqualTypeOf<{ readonly locale?: 'zh-CN' | 'en'; readonly unit?: MoneyUnit | 'auto' } | undefined>();
  });
});
