import { describe, expect, it } from 'vitest';
import { check, defineProfile, kunshan } from '../../src/index.js';
import { monthsBefore } from '../../src/standards/property/window.js';
import { community, rows } from './fixtures.js';

const ASOF = '2013-06-30';
const ALL = ['community', 'owners-committee', 'property-company'];
type Rec = Record<string, unknown>;
const estate = (id: string, communityId: string, extra: Rec = {}): Rec => ({ id, communityId, name: id, ...extra });
const workshop = (id: string, communityId: string, date: string, parties: string[] = ALL): Rec => ({ id, kind: 'triad-workshop', communityId, date, parties });
const joint = (id: string, date: string, extra: Rec = {}): Rec => ({ id, kind: 'joint-meeting', date, ...extra });

describe('monthsBefore (the look-back window)', () => {
  it('goes back whole calendar months, keeping the day or taking the month’s last day', () => {
    // Worked by hand on a calendar.
    expect(monthsBefore('2013-06-30', 3)).toBe('2013-03-30');
    expect(monthsBefore('2013-05-31', 3)).toBe('2013-02-28');
    expect(monthsBefore('2012-05-31', 3)).toBe('2012-02-29'); // 2012 is a leap year
    expect(monthsBefore('2013-02-15', 12)).toBe('2012-02-15');
    expect(monthsBefore('2013-01-31', 1)).toBe('2012-12-31');
    expect(monthsBefore('2013-06-30', 0)).toBe('2013-06-30');
    expect(monthsBefore('2013-06-30', 2.9)).toBe('2013-04-30');
    expect(monthsBefore('2013-06-30', -1)).toBe('2013-06-30');
    expect(monthsBefore('2013-06-30', Number.NaN)).toBe('2013-06-30');
  });
});

describe('property.triad-workshop', () => {
  const run = (dataset: Rec, asOf = ASOF) => check(dataset, { asOf, rules: ['property.triad-workshop'] });

  it('passes a community whose workshop met with all three parties in the last 3 months, counting only those meetings', () => {
    // 2013-06-30 minus 3 months is 2013-03-30: the 04-10 and 06-01 meetings count, the 2013-03-29 one does not,
    // the 07-01 one is after the day checked, and the 05-20 one lacked the owners' committee.
    const report = run({
      communities: [community('a')],
      residentialEstates: [estate('e1', 'a')],
      propertyMeetings: [
        workshop('m1', 'a', '2013-03-29'),
        workshop('m2', 'a', '2013-04-10'),
        workshop('m3', 'a', '2013-05-20', ['community', 'property-company']),
        workshop('m4', 'a', '2013-06-01'),
        workshop('m5', 'a', '2013-07-01'),
      ],
    });
    expect(rows(report)).toEqual([['a', undefined, 'pass', 'meets']]);
    expect(report.findings[0]?.message).toBe('“三位一体工作坊”近 3 个月三方到齐开会 2 次(最近一次:2013-06-01)');
    expect(report.findings[0]?.actual).toEqual(['m2', 'm4']);
    // The window is our reading, so the finding says it rests on an assumption.
    expect(report.findings[0]?.restsOnAssumption).toBe(true);
  });

  it('fails a lapsed workshop, one that never had all three parties, and one with no meetings at all', () => {
    const report = run(
      {
        communities: [community('lapsed'), community('partial'), community('none')],
        residentialEstates: [estate('e1', 'lapsed'), estate('e2', 'partial'), estate('e3', 'none')],
        propertyMeetings: [
          workshop('m1', 'lapsed', '2012-11-05'),
          workshop('m2', 'partial', '2013-06-01', ['community']),
          workshop('m3', 'partial', '2013-01-01', ['community', 'owners-committee']),
          joint('j1', '2013-06-01'),
        ],
      },
    );
    expect(rows(report)).toEqual([
      ['lapsed', undefined, 'fail', 'lapsed'],
      ['partial', undefined, 'fail', 'incomplete'],
      ['none', undefined, 'fail', 'no-meetings'],
    ]);
    expect(report.findings.map((f) => f.message)).toEqual([
      '“三位一体工作坊”近 3 个月未开会(三方到齐的最近一次:2012-11-05)',
      '“三位一体工作坊”的 2 次会议均未三方到齐(最近一次缺:业主委员会、物业服务企业)',
      '未登记“三位一体工作坊”(社区、物业、业主委员会)的会议',
    ]);
    expect(report.findings.every((f) => f.severity === 'warning')).toBe(true);
    const en = check({ communities: [community('p')], propertyMeetings: [workshop('m', 'p', '2013-06-01', ['property-company'])] }, { asOf: ASOF, rules: ['property.triad-workshop'], locale: 'en' });
    expect(en.findings[0]?.message).toBe('none of the 1 meetings of the "three-in-one workshop" had all three parties (the latest lacked: community, owners’ committee)');
  });

  it('reads a longer window from the profile', () => {
    const note = { 'zh-CN': '半年一次', en: 'twice a year' };
    const profile = defineProfile({ extends: kunshan, id: 'half-year', name: note, parameters: { 'property.triadMeetingWithinMonths': { values: [{ value: 12, assumption: note }] } } });
    const data = { communities: [community('a')], propertyMeetings: [workshop('m1', 'a', '2012-11-05')] };
    expect(check(data, { asOf: ASOF, rules: ['property.triad-workshop'], profile }).findings[0]?.code).toBe('meets');
  });

  it('does not apply without meeting records, or to a community with no estate when estates are listed', () => {
    const report = run({
      communities: [community('village', { kind: 'rural' }), community('town')],
      residentialEstates: [estate('e1', 'town')],
      propertyMeetings: [],
    });
    expect(rows(report)).toEqual([
      ['village', undefined, 'not-applicable', 'no-estates'],
      ['town', undefined, 'fail', 'no-meetings'],
    ]);
    expect(rows(run({ communities: [community('a', { propertyTriad: true })] }))).toEqual([['a', undefined, 'not-applicable', 'not-reported']]);
  });

  it('judges on the meeting records, not on the community’s own yes/no of governance.property-triad', () => {
    const report = check(
      { communities: [community('a', { propertyTriad: true })], propertyMeetings: [] },
      { asOf: ASOF, rules: ['governance.property-triad', 'property.triad-workshop'] },
    );
    expect(report.findings.map((f) => [f.rule, f.outcome])).toEqual([
      ['governance.property-triad', 'pass'],
      ['property.triad-workshop', 'fail'],
    ]);
  });
});

describe('property.joint-meeting', () => {
  const run = (dataset: Rec) => check(dataset, { asOf: ASOF, rules: ['property.joint-meeting'] });

  it('counts the city’s joint meetings of the last 12 months for every community with estates, whatever their communityId', () => {
    const report = run({
      communities: [community('a'), community('b'), community('village', { kind: 'rural' })],
      residentialEstates: [estate('e1', 'a'), estate('e2', 'b')],
      // 2013-06-30 minus 12 months is 2012-06-30: j1 is older, j2 and j3 count (j3 names community b), j4 is later.
      propertyMeetings: [joint('j1', '2012-06-29'), joint('j2', '2012-06-30'), joint('j3', '2013-03-12', { communityId: 'b' }), joint('j4', '2013-07-02'), workshop('w', 'a', '2013-06-01')],
    });
    expect(rows(report)).toEqual([
      ['a', undefined, 'pass', 'met'],
      ['b', undefined, 'pass', 'met'],
      ['village', undefined, 'not-applicable', 'no-estates'],
    ]);
    expect(report.findings[0]?.message).toBe('全市物业管理联席会议近 12 个月召开 2 次(最近一次:2013-03-12)');
    expect(report.findings[0]?.severity).toBe('info');
  });

  it('fails when the joint meeting has lapsed or never met, and does not apply without meeting records', () => {
    expect(rows(run({ communities: [community('a')], propertyMeetings: [joint('j1', '2012-01-10')] }))).toEqual([['a', undefined, 'fail', 'lapsed']]);
    const never = run({ communities: [community('a')], propertyMeetings: [workshop('w', 'a', '2013-06-01')] });
    expect(rows(never)).toEqual([['a', undefined, 'fail', 'never-met']]);
    expect(never.findings[0]?.message).toBe('未登记全市物业管理联席会议的会议');
    expect(rows(run({ communities: [community('a')] }))).toEqual([['a', undefined, 'not-applicable', 'not-reported']]);
  });
});

describe('property.integration-pilot', () => {
  const run = (estates: Rec[], options: Parameters<typeof check>[1] = {}) =>
    check({ communities: [community('a')], residentialEstates: estates }, { asOf: ASOF, rules: ['property.integration-pilot'], ...options });

  it('tells which estates are in the pilot; one outside it is only information, as the report pilots it', () => {
    const report = run([
      estate('in', 'a', { integrationPilot: true, integrationPilotSince: '2012-09-01' }),
      estate('out', 'a', { integrationPilot: false }),
      estate('later', 'a', { integrationPilot: true, integrationPilotSince: '2013-09-01' }),
      estate('unknown', 'a'),
    ]);
    expect(report.findings.map((f) => [f.subject.id, f.outcome, f.code, f.severity])).toEqual([
      ['in', 'pass', 'in-pilot', 'info'],
      ['out', 'fail', 'not-in-pilot', 'info'],
      ['later', 'fail', 'joins-later', 'info'],
      ['unknown', 'not-applicable', 'not-reported', 'info'],
    ]);
    expect(report.findings[0]?.message).toBe('已纳入物业一体化管理激励机制试点(自 2012-09-01 起)');
    expect(report.findings[1]?.message).toBe('未纳入物业一体化管理激励机制试点(报告为“试点”并“进一步扩大覆盖面”,不是硬性要求)');
    // 'pilot' is the report's own word: the finding rests on the report, not on a reading.
    expect(report.findings[1]?.restsOnAssumption).toBe(false);
  });

  it('makes an estate outside the scheme a warning when a profile requires it', () => {
    const note = { 'zh-CN': '全面推行', en: 'required everywhere' };
    const profile = defineProfile({ extends: kunshan, id: 'required', name: note, parameters: { 'property.integrationPilotStatus': { values: [{ value: 'required', assumption: note }] } } });
    const report = run([estate('out', 'a', { integrationPilot: false })], { profile, locale: 'en' });
    expect(report.findings.map((f) => [f.code, f.severity, f.message])).toEqual([
      ['not-in-scheme', 'warning', 'not in the integrated property management incentive scheme (this profile requires it)'],
    ]);
    expect(() =>
      defineProfile({ extends: kunshan, id: 'bad', name: note, parameters: { 'property.integrationPilotStatus': { values: [{ value: 'mandatory' as never, assumption: note }] } } }),
    ).toThrow(/property\.integrationPilotStatus/);
  });
});

describe('bad input', () => {
  it('returns validation issues for malformed estates and meetings instead of throwing', () => {
    const report = check(
      {
        communities: [community('a')],
        residentialEstates: [{ id: 'e', communityId: 'a', name: '', integrationPilot: 'yes' }],
        propertyMeetings: [{ id: 'm', kind: 'tea-party', date: '2013-02-30', parties: ['mayor'] }],
      },
      { asOf: ASOF, rules: ['property.triad-workshop', 'property.integration-pilot'] },
    );
    // The malformed records are left out of the rules (the estate list is then empty: no estate in the community).
    expect(rows(report)).toEqual([['a', undefined, 'not-applicable', 'no-estates']]);
    const paths = report.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['residentialEstates.0.name', 'residentialEstates.0.integrationPilot', 'propertyMeetings.0.kind', 'propertyMeetings.0.date', 'propertyMeetings.0.parties.0']));
    expect(report.issues.every((i) => /[\u4e00-\u9fff]/.test(i.message))).toBe(true);
    const en = check({ communities: [community('a')], residentialEstates: [{ id: 'e', communityId: 'a', name: '' }] }, { asOf: ASOF, rules: ['property.integration-pilot'], locale: 'en' });
    expect(en.issues.map((i) => i.path.join('.'))).toEqual(['residentialEstates.0.name']);
    expect(en.issues[0]?.message).toBe('residentialEstates[0].name: too small — must be >= 1 chars, received 0 chars');
  });

  it('reports a meeting naming an estate that does not exist', () => {
    const report = check(
      { communities: [community('a')], residentialEstates: [estate('e1', 'a')], propertyMeetings: [{ ...workshop('m', 'a', '2013-06-01'), estateIds: ['e1', 'e9'] }] },
      { asOf: ASOF, rules: ['property.triad-workshop'] },
    );
    expect(report.issues.map((i) => i.path.join('.'))).toEqual(['propertyMeetings.0.estateIds.1']);
  });
});
