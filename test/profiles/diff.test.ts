import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineProfile, diffDates, diffProfiles, InvalidOptionError, kunshan, national } from '../../src/index.js';

const note = { 'zh-CN': '测试', en: 'test' };

describe('diffDates', () => {
  it('finds what changed on 2012-01-01 in Kunshan: the work funds (report ¶7) and the venture budget that began (¶7)', () => {
    const changes = diffDates(kunshan, { from: '2011-12-31', to: '2012-01-01' });
    expect(changes.map((c) => [c.id, c.change])).toEqual([
      ['funding.communityWork', 'changed'],
      ['funding.welfareVenture', 'added'],
    ]);
    const [funds, venture] = changes;
    // 8,000 yuan per 100 registered households, then 15,000 per 100 resident households: in fen.
    expect([funds?.before?.value, funds?.before?.basis]).toEqual([800_000, 'registered-households']);
    expect([funds?.after?.value, funds?.after?.basis]).toEqual([1_500_000, 'resident-households']);
    // "2012年起,每年投入500万元开展公益创投活动": 5,000,000 yuan = 500,000,000 fen.
    expect(venture?.after?.value).toBe(500_000_000);
    expect(venture?.before).toBeUndefined();
  });

  it('reads backwards as the inverse: what was added is removed, before and after swap', () => {
    const back = diffDates(kunshan, { from: '2012-01-01', to: '2011-12-31' });
    expect(back.map((c) => [c.id, c.change, c.before?.value, c.after?.value])).toEqual([
      ['funding.communityWork', 'changed', 1_500_000, 800_000],
      ['funding.welfareVenture', 'removed', 500_000_000, undefined],
    ]);
  });

  it('finds nothing between two days of the same year with no change (2013-03-01 → 2013-03-02)', () => {
    expect(diffDates(kunshan, { from: '2013-03-01', to: '2013-03-02' })).toEqual([]);
  });

  it('is the inverse of itself for any two dates (property)', () => {
    const day = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 11, 31) }).map((t) => new Date(t).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (a, b) => {
        const forth = diffDates(kunshan, { from: a, to: b });
        const back = diffDates(kunshan, { from: b, to: a });
        const flip = { added: 'removed', removed: 'added', changed: 'changed' } as const;
        expect(back.map((c) => [c.id, c.change, c.before, c.after])).toEqual(forth.map((c) => [c.id, flip[c.change], c.after, c.before]));
      }),
      { numRuns: 60 },
    );
  });
});

describe('diffProfiles', () => {
  const city = defineProfile({
    id: 'city',
    extends: kunshan,
    name: { 'zh-CN': '某市', en: 'A city' },
    parameters: {
      'hall.minServiceItems': { unit: 'count', values: [{ value: 25, assumption: note }] },
      // Kunshan's 15-minute walk, restated with another note: not a difference of value.
      'circle.minutes': { unit: 'minutes', values: [{ value: 15, assumption: note }] },
    },
  });

  it('finds the one value a derived profile changes, and not a value restated with another note', () => {
    const d = diffProfiles(kunshan, city, { asOf: '2013-06-30' });
    expect(d.map((x) => [x.id, x.change, x.before?.value, x.after?.value])).toEqual([['hall.minServiceItems', 'changed', 20, 25]]);
    expect(d[0]?.after?.profile).toBe('city');
  });

  it('finds nothing between a profile and itself, and lists what Kunshan adds to the national profile', () => {
    expect(diffProfiles(kunshan, kunshan, { asOf: '2013-06-30' })).toEqual([]);
    const added = diffProfiles(national, kunshan, { asOf: '2013-06-30' });
    // Kunshan builds on national and replaces none of its four parameters: every difference is a Kunshan addition.
    expect(added.every((x) => x.change === 'added' && x.after?.profile === 'kunshan')).toBe(true);
    expect(added.map((x) => x.id)).toContain('hall.minServiceItems');
    expect(added.map((x) => x.id)).not.toContain('area.perHundredHouseholds');
  });

  it('refuses what is not an option bag or a date, with InvalidOptionError', () => {
    expect(() => diffProfiles(kunshan, city, null as never)).toThrow(InvalidOptionError);
    expect(() => diffProfiles(kunshan, city, { asOf: '2013-13-01' })).toThrow(InvalidOptionError);
    expect(() => diffDates(kunshan, { from: '2013-01-01', to: 'tomorrow' })).toThrow(InvalidOptionError);
    expect(() => diffDates({} as never, { from: '2013-01-01', to: '2013-01-02' })).toThrow(InvalidOptionError);
  });
});
