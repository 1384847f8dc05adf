import { describe, expectTypeOf, it } from 'vitest';
import {
  communityWorkFunds,
  previousFromGrowth,
  type CommunityWorkFunds,
  type LedgerUpdate,
  type PointsLedger,
  accruePoints,
} from '../../src/calculators/index.js';
import { yuan, type Money } from '../../src/money/index.js';

describe('calculator types', () => {
  it('keeps the kind of figure through previousFromGrowth', () => {
    expectTypeOf(previousFromGrowth(6500, '61.9%', 'half-up').previous).toEqualTypeOf<number>();
    expectTypeOf(previousFromGrowth(yuan(1), '61.9%', 'half-up').previous).toEqualTypeOf<Money>();
  });

  it('narrows the funds on ok', () => {
    const result = communityWorkFunds({ id: 'a', name: 'a', households: {} }, { asOf: '2013-06-30' });
    expectTypeOf(result).toEqualTypeOf<CommunityWorkFunds>();
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<Money>();
    else expectTypeOf(result.value).toEqualTypeOf<null>();
  });

  it('returns ledger updates', () => {
    const update = accruePoints({} as PointsLedger, { id: 's', volunteerId: 'v', activity: 'a', date: '2013-01-01', hours: 1 });
    expectTypeOf(update).toEqualTypeOf<LedgerUpdate>();
    expectTypeOf(update.ledger).toEqualTypeOf<PointsLedger>();
  });
});
