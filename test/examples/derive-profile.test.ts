/** Runs examples/derive-profile.ts, so that the example never rots. */
import { describe, expect, it } from 'vitest';
import { runExample } from './run-example.js';

describe('examples/derive-profile.ts', () => {
  const lines = runExample('derive-profile').split('\n');

  // By hand: 500 m² for 1,500 households is 500 × 100 ÷ 1,500 = 33.3 m² per 100 households. At 30 m² it passes;
  // at 40 m² the community would need 40 × 1,500 ÷ 100 = 600 m², 100 m² more than it has.
  it('passes under kunshan, which inherits the national 30 m²', () => {
    expect(lines[0]).toMatch(/^kunshan\s+2020-06-30 {2}area\.perHundredHouseholds = 30\(来自 national\) {2}✓ /);
    expect(lines[0]).toContain('每百户 33.3 平方米,不低于 30 平方米');
  });

  it('follows the derived profile’s dated values: 30 m² in 2019, 40 m² from 2020', () => {
    expect(lines[1]).toMatch(/^suzhou-like 2019-06-30 {2}area\.perHundredHouseholds = 30\(来自 suzhou-like\) {2}✓ /);
    expect(lines[2]).toMatch(/^suzhou-like 2020-06-30 {2}area\.perHundredHouseholds = 40\(来自 suzhou-like\) {2}✗ /);
    expect(lines[2]).toContain('每百户 33.3 平方米,低于 40 平方米(差 100.0 平方米)');
  });

  it('keeps the assumption note of the derived value and rejects a misspelt parameter id', () => {
    expect(lines).toContain('area.perHundredHouseholds @ suzhou-like 2020: An illustrative figure, not Suzhou’s actual standard');
    expect(lines).toContain(
      'ProfileDefinitionError (INVALID_PROFILE): Profile "typo" changes parameter "area.perHundredHousehold", which its base profile does not have.',
    );
  });
});
