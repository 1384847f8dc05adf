/**
 * `check` resolves each parameter once per run, not once per record: the engine caches resolutions
 * (src/engine/check.ts). Counted with a profile whose parameter table is a counting Proxy, and rules wrapped so
 * that their `context.param` reads are counted too.
 */
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/datasets/index.js';
import { check, kunshan, parameter, rules, type Profile, type Rule } from '../../src/index.js';

/**
 * Copies a profile (and the profiles it extends) so that each resolution of a parameter is counted: resolving a
 * value in force reads the definition's dated `values`, which nothing else in a check run does. (A bare existence
 * check — `findParameter`, which the model-template rule makes per centre for templates a profile may lack —
 * reads the table but not `values`, and is not a resolution.)
 */
function countingProfile(profile: Profile, resolutions = new Map<string, number>()): { profile: Profile; resolutions: Map<string, number> } {
  const parameters = Object.fromEntries(
    Object.entries(profile.parameters).map(([id, definition]) => [
      id,
      new Proxy(definition, {
        get(target, key, receiver) {
          if (key === 'values') resolutions.set(id, (resolutions.get(id) ?? 0) + 1);
          return Reflect.get(target, key, receiver) as unknown;
        },
      }),
    ]),
  );
  const parent = profile.extends === undefined ? undefined : countingProfile(profile.extends, resolutions).profile;
  return { profile: { ...profile, parameters, ...(parent !== undefined && { extends: parent }) }, resolutions };
}

/** Wraps rules so that every `context.param(id)` call is counted. */
function countingRules(list: readonly Rule[]): { rules: Rule[]; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const wrapped = list.map(
    (rule): Rule => ({
      ...rule,
      check: (subject, context) =>
        rule.check(subject as never, {
          ...context,
          param(id) {
            reads.set(id, (reads.get(id) ?? 0) + 1);
            return context.param(id);
          },
        }),
    }),
  );
  return { rules: wrapped, reads };
}

const total = (m: ReadonlyMap<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

describe('check resolves each parameter once per run', () => {
  const dataset = generateDataset({ communities: 60, seed: 3 });
  const communities = dataset.communities?.length ?? 0;

  it('the counter counts: three direct resolutions are three resolutions', () => {
    const { profile, resolutions } = countingProfile(kunshan);
    for (let i = 0; i < 3; i++) parameter(profile, 'hall.minServiceItems', '2013-06-30');
    parameter(profile, 'area.perHundredHouseholds', '2020-06-30'); // inherited from `national`
    expect(Object.fromEntries(resolutions)).toEqual({ 'hall.minServiceItems': 3, 'area.perHundredHouseholds': 1 });
  });

  it('one resolution per parameter, however many records read it', () => {
    const { profile, resolutions } = countingProfile(kunshan);
    const { rules: wrapped, reads } = countingRules(rules);
    const report = check(dataset, { asOf: '2013-06-30', profile, rules: wrapped });
    expect(report.issues).toEqual([]);

    // Every parameter the rules read was resolved exactly once…
    expect(new Set(resolutions.keys())).toEqual(new Set(reads.keys()));
    for (const [id, n] of resolutions) expect(n, id).toBe(1);
    // …and only parameters the rules declare.
    const declared = new Set(rules.flatMap((r) => r.parameters));
    for (const id of resolutions.keys()) expect(declared.has(id), id).toBe(true);

    // hall.min-items reads its minimum once per community (the first line of its check), so there were as many
    // reads as communities, served by one resolution.
    expect(communities).toBe(60);
    expect(reads.get('hall.minServiceItems')).toBe(communities);
    expect(total(reads)).toBeGreaterThan(10 * resolutions.size);
  });

  it('a second run resolves again (the cache lives for one run, not in a global)', () => {
    const { profile, resolutions } = countingProfile(kunshan);
    check(dataset, { asOf: '2013-06-30', profile, rules: ['hall.min-items', 'service.6x'] });
    const afterOne = total(resolutions);
    check(dataset, { asOf: '2013-06-30', profile, rules: ['hall.min-items', 'service.6x'] });
    expect(afterOne).toBeGreaterThan(0);
    expect(total(resolutions)).toBe(2 * afterOne);
  });
});
