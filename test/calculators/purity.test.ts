import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accruePoints,
  allocateWelfareBudget,
  checkMinimumWage,
  cityWorkFunds,
  communityWorkFunds,
  correctPoints,
  createPointsLedger,
  kunshanIndicators,
  pointsBalance,
  previousFromGrowth,
  previousYearOf,
  redeemPoints,
  starLevel,
  subsistenceAllowance,
} from '../../src/calculators/index.js';
import { money } from '../../src/money/index.js';
import { deepFreeze } from '../helpers.js';

describe('no calculator mutates its input', () => {
  it('property: deep-frozen inputs and options come through every calculator unchanged', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ registered: fc.nat(100_000), resident: fc.nat(100_000) }), { maxLength: 5 }),
        fc.array(fc.record({ score: fc.nat(100), requestedFen: fc.integer({ min: 1, max: 10_000_000 }) }), { maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 2_400 }), { minLength: 1, maxLength: 6 }),
        fc.nat(1_000_000),
        fc.integer({ min: 1, max: 10 }),
        (households, bids, hundredths, fen, members) => {
          const input = deepFreeze({
            communities: households.map((h, i) => ({ id: `c${i}`, name: `c${i}`, households: h })),
            projects: bids.map((b, i) => ({ id: `p${i}`, title: `p${i}`, programme: 'venture' as const, year: 2013, ...b })),
            services: hundredths.map((h, i) => ({ id: `s${i}`, volunteerId: 'v1', activity: 'a', date: `2013-05-${String(i + 1).padStart(2, '0')}`, hours: h / 100 })),
            household: { id: 'h', members, monthlyIncome: money(fen) },
            wage: money(fen),
            options: { asOf: '2013-06-30', locale: 'en' as const },
          });
          const before = JSON.stringify(input);
          const { options } = input;
          for (const c of input.communities) communityWorkFunds(c, options);
          cityWorkFunds(input, options);
          allocateWelfareBudget(input.projects, { ...options, programme: 'venture' });
          allocateWelfareBudget(input.projects, { ...options, programme: 'venture', budget: money(fen), whenShort: 'partial' });
          let ledger = deepFreeze(createPointsLedger('v1'));
          for (const s of input.services) {
            const update = accruePoints(ledger, s);
            if (update.ok) ledger = update.ledger;
          }
          const frozenLedger = JSON.stringify(ledger);
          redeemPoints(ledger, { points: 1 }, options);
          correctPoints(ledger, { seq: 1, hours: 1 }, options);
          pointsBalance(ledger, options);
          starLevel(ledger, options);
          expect(JSON.stringify(ledger)).toBe(frozenLedger);
          subsistenceAllowance(input.household, options);
          checkMinimumWage(input.wage, options);
          previousFromGrowth(input.wage, '61.9%', 'half-up');
          expect(JSON.stringify(input)).toBe(before);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('leaves the shipped indicators as they are', () => {
    const before = JSON.stringify(kunshanIndicators);
    for (const indicator of kunshanIndicators) if (indicator.change !== undefined) previousYearOf(indicator, { rounding: 'half-up' });
    expect(JSON.stringify(kunshanIndicators)).toBe(before);
  });
});
