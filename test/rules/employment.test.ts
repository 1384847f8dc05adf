import { describe, expect, it } from 'vitest';
import { check, defineProfile, kunshan } from '../../src/index.js';
import { zeroEmploymentSpells } from '../../src/standards/employment/zero-employment.js';
import { community, messages, rows } from './fixtures.js';

const asOf = '2013-06-30';
const note = { 'zh-CN': '测试', en: 'test' };
type Change = [status: string, since: string];
const member = (...changes: Change[]) => ({ employment: changes.map(([status, since]) => ({ status, since })) });
const household = (id: string, ...members: ReturnType<typeof member>[]) => ({ id, communityId: 'a', members });

function dataset(...households: ReturnType<typeof household>[]) {
  return { communities: [community('a')], households };
}

// Day counts worked out by hand on the calendar (2013 is not a leap year).
const households = [
  // one member employed throughout: the other's unemployment does not make a zero-employment household
  household('h1', member(['employed', '2010-01-01']), member(['unemployed', '2012-01-01'])),
  // 2013-03-01 → 2013-03-21: 20 days, cleared
  household('h2', member(['unemployed', '2013-03-01'], ['employed', '2013-03-21'])),
  // since 2013-04-01, never cleared: 30 (April) + 31 (May) + 29 = 90 days on 2013-06-30; due by 2013-05-01
  household('h3', member(['unemployed', '2013-04-01']), member(['not-in-labour-force', '2001-09-01'])),
  // employed until 2013-06-10: 20 days on 2013-06-30, due by 2013-07-10
  household('h4', member(['employed', '2012-01-01'], ['unemployed', '2013-06-10'])),
  // 2013-01-01 → 2013-03-01: 31 + 28 = 59 days, late
  household('h5', member(['unemployed', '2013-01-01'], ['employed', '2013-03-01'])),
  // 2013-05-01 → 2013-05-31: exactly 30 days, in time
  household('h6', member(['unemployed', '2013-05-01'], ['employed', '2013-05-31'])),
  // 2013-05-01 → 2013-06-01: 31 days, one day late
  household('h7', member(['unemployed', '2013-05-01'], ['employed', '2013-06-01'])),
  // two different statuses on one date
  household('h8', member(['unemployed', '2013-05-01'], ['employed', '2013-05-01'])),
  // one member's status not reported at all
  household('h9', member(['unemployed', '2013-05-01']), member()),
  // a change after asOf is not read: still unemployed on 2013-06-30, 10 days
  household('h10', member(['unemployed', '2013-06-20'], ['employed', '2013-07-01'])),
  // only retirees: no one seeking work, not a zero-employment household
  household('h11', member(['not-in-labour-force', '2005-01-01']), member(['not-in-labour-force', '2008-01-01'])),
];

describe('employment.zero-employment-cleared', () => {
  it('finds zero-employment spells and judges them against 30 days (our reading), by hand', () => {
    const report = check(dataset(...households), { asOf, rules: ['employment.zero-employment-cleared'] });
    expect(rows(report)).toEqual([
      ['h1', undefined, 'pass', 'never-zero'],
      ['h2', undefined, 'pass', 'cleared'],
      ['h3', undefined, 'fail', 'not-cleared'],
      ['h4', undefined, 'pass', 'within-period'],
      ['h5', undefined, 'fail', 'cleared-late'],
      ['h6', undefined, 'pass', 'cleared'],
      ['h7', undefined, 'fail', 'cleared-late'],
      ['h8', undefined, 'not-applicable', 'ambiguous-history'],
      ['h9', undefined, 'not-applicable', 'not-reported'],
      ['h10', undefined, 'pass', 'within-period'],
      ['h11', undefined, 'pass', 'never-zero'],
    ]);
    const byId = new Map(report.findings.map((f) => [f.subject.id, f]));
    expect(byId.get('h3')?.values).toEqual({ since: '2013-04-01', days: 90, period: 30, deadline: '2013-05-01' });
    expect(byId.get('h4')?.values).toEqual({ since: '2013-06-10', days: 20, period: 30, deadline: '2013-07-10' });
    expect(byId.get('h5')?.values).toEqual({ since: '2013-01-01', until: '2013-03-01', days: 59, period: 30 });
    expect(byId.get('h7')?.values).toEqual({ since: '2013-05-01', until: '2013-06-01', days: 31, period: 30 });
    expect(byId.get('h8')?.path).toEqual(['members', 0, 'employment']);
    expect(byId.get('h3')?.restsOnAssumption).toBe(true);
    expect(byId.get('h3')?.assumptions).toEqual(['employment.zeroEmploymentClearanceDays']);
    expect(messages(report, 'h3')).toEqual(['自 2013-04-01 起为零就业家庭,已 90 天仍无人就业,超过 30 天的清零期限(应于 2013-05-01 前清零)']);
    expect(messages(report, 'h2')).toEqual(['曾 1 次成为零就业家庭,均在 30 天内清零(最长 20 天)']);
  });

  it('writes English messages', () => {
    const report = check(dataset(households[4]!, households[7]!), { asOf, rules: ['employment.zero-employment-cleared'], locale: 'en' });
    expect(report.findings.map((f) => f.message)).toEqual([
      'a zero-employment household from 2013-01-01 until 2013-03-01, 59 days: more than the 30 days to clear it',
      'member 1 has two different employment statuses on 2013-05-01',
    ]);
  });

  it('reads the period from the profile', () => {
    const sixty = defineProfile({ extends: kunshan, id: 'sixty', name: note, parameters: { 'employment.zeroEmploymentClearanceDays': { values: [{ value: 60, assumption: note }] } } });
    const report = check(dataset(households[2]!, households[4]!, households[6]!), { asOf, profile: sixty, rules: ['employment.zero-employment-cleared'] });
    expect(rows(report).map((r) => r[3])).toEqual(['not-cleared', 'cleared', 'cleared']);
  });

  it('reports an earlier late spell even when the current one is in time, and a current breach first', () => {
    const twice = household('t1', member(['unemployed', '2013-01-01'], ['employed', '2013-03-01'], ['unemployed', '2013-06-20']));
    const stillOpen = household('t2', member(['unemployed', '2013-01-01'], ['employed', '2013-03-01'], ['unemployed', '2013-05-01']));
    const report = check(dataset(twice, stillOpen), { asOf, rules: ['employment.zero-employment-cleared'] });
    expect(rows(report).map((r) => r[3])).toEqual(['cleared-late', 'not-cleared']);
    expect(report.findings[1]?.values).toEqual({ since: '2013-05-01', days: 60, period: 30, deadline: '2013-05-31' });
  });
});

describe('zeroEmploymentSpells', () => {
  it('reads spells in date order from unsorted histories of several members', () => {
    const members = [member(['employed', '2013-02-01'], ['unemployed', '2013-01-01']), member(['unemployed', '2012-06-01'], ['employed', '2013-03-10'])];
    // 2013-01-01: both unemployed → zero; 2013-02-01: the first is employed → cleared (31 days).
    expect(zeroEmploymentSpells(members, asOf)).toEqual({
      ok: true,
      reported: true,
      spells: [{ since: '2013-01-01', until: '2013-02-01', endedBy: 'employed', days: 31 }],
    });
  });

  it('ends a spell when no one is left seeking work', () => {
    expect(zeroEmploymentSpells([member(['unemployed', '2013-01-01'], ['not-in-labour-force', '2013-01-11'])], asOf)).toEqual({
      ok: true,
      reported: true,
      spells: [{ since: '2013-01-01', until: '2013-01-11', endedBy: 'left-labour-force', days: 10 }],
    });
  });

  it('never throws on bad input, and skips entries it cannot read', () => {
    const hostile = { get employment(): unknown { throw new Error('boom'); } };
    const inputs: unknown[] = [undefined, null, 42, 'x', {}, [null], [hostile], [{ employment: 'x' }], [{ employment: [null, { status: 'hired', since: '2013-01-01' }] }]];
    for (const input of inputs) expect(zeroEmploymentSpells(input, asOf)).toEqual({ ok: true, spells: [], reported: false });
    const partly = [{ employment: [{ status: 'unemployed', since: '2013-02-30' }, { status: 'unemployed', since: '2013-06-01' }] }];
    expect(zeroEmploymentSpells(partly, asOf)).toEqual({ ok: true, reported: true, spells: [{ since: '2013-06-01', days: 29 }] });
    expect(zeroEmploymentSpells([member(['unemployed', '2013-06-01'])], 'not a date')).toEqual({ ok: true, spells: [], reported: false });
  });
});
