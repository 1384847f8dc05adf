/**
 * The engine takes its rules and profile as arguments: `runRules` runs exactly the rules and profile it is given,
 * `createChecker` composes a check of a host's own set and default profile, and the library's `check` is that
 * composition with the default set and `kunshan`.
 */
import { describe, expect, it } from 'vitest';
import {
  check,
  createChecker,
  defineProfile,
  InvalidOptionError,
  kunshan,
  rules,
  runRules,
  UnknownRuleError,
} from '../../src/index.js';
import { hallMinItems, hallOneStop } from '../../src/rules.js';
import { center, community, items } from '../rules/fixtures.js';

// One community whose centre lists 19 distinct items: one short of Kunshan's 20 (paragraph 3, "20个以上").
const data = {
  meta: { asOf: '2013-06-30' },
  communities: [community('c1')],
  serviceCenters: [center('s1', ['c1'], { serviceItemIds: items('i', 19).map((i) => i['id']) })],
  serviceItems: items('i', 19),
};
// A profile of another city that asks for 15 items: 19 is enough there.
const fifteen = defineProfile({
  id: 'fifteen',
  name: { 'zh-CN': '十五项', en: 'Fifteen' },
  extends: kunshan,
  parameters: { 'hall.minServiceItems': { values: [{ value: 15, assumption: { 'zh-CN': '测试城市', en: 'a test city' } }] } },
});

describe('runRules', () => {
  it('runs the rules and the profile it is given, nothing else', () => {
    const report = runRules(data, { rules: [hallMinItems], profile: fifteen });
    expect(report.rules).toEqual(['hall.min-items']);
    expect(report.profile).toBe('fifteen');
    expect(report.findings.map((f) => [f.outcome, f.code, f.values])).toEqual([['pass', 'enough', { count: 19, min: 15 }]]);
  });

  it('has no default profile and no default rule set', () => {
    expect(() => runRules(data, { rules: [hallMinItems] } as never)).toThrow(InvalidOptionError);
    expect(() => runRules(data, { profile: kunshan } as never)).toThrow(InvalidOptionError);
    expect(() => runRules(data, { rules: ['hall.min-items'], profile: kunshan } as never)).toThrow(InvalidOptionError);
  });
});

describe('createChecker', () => {
  const checkHalls = createChecker({ rules: [hallOneStop, hallMinItems], profile: fifteen });

  it('runs its own set with its own default profile', () => {
    const report = checkHalls(data);
    expect(report.rules).toEqual(['hall.one-stop', 'hall.min-items']);
    expect(report.profile).toBe('fifteen');
    expect(report.findings.map((f) => [f.rule, f.outcome])).toEqual([
      ['hall.one-stop', 'pass'],
      ['hall.min-items', 'pass'],
    ]);
  });

  it('picks rules by id from its own set only, and takes another profile when asked', () => {
    expect(checkHalls(data, { rules: ['hall.min-items'], profile: kunshan }).findings.map((f) => [f.code, f.values])).toEqual([
      ['too-few', { count: 19, min: 20, gap: 1 }],
    ]);
    expect(() => checkHalls(data, { rules: ['service.6x'] })).toThrow(UnknownRuleError);
  });

  it('refuses a setup that is not a rule list and a profile', () => {
    expect(() => createChecker({ rules: ['hall.min-items'], profile: kunshan } as never)).toThrow(InvalidOptionError);
    expect(() => createChecker({ rules: [hallMinItems] } as never)).toThrow(InvalidOptionError);
  });
});

describe('check (the default composition)', () => {
  it('runs every rule of the default set with kunshan', () => {
    const report = check(data);
    expect(report.rules).toEqual(rules.map((r) => r.id));
    expect(report.profile).toBe('kunshan');
    expect(report).toEqual(createChecker({ rules, profile: kunshan })(data));
  });
});
