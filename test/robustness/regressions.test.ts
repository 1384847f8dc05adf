/**
 * The problems the robustness suite found, pinned one by one so that they stay fixed whatever fast-check happens
 * to generate on a given run. Expected values are worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { referenceCommunities } from '../../src/datasets/index.js';
import { accruePoints, allocateWelfareBudget, createPointsLedger, indicatorValueText, pointsBalance } from '../../src/calculators/index.js';
import { defineLabels } from '../../src/models/index.js';
import { defineRule, InvalidOptionError, validateRecord } from '../../src/index.js';
import { circlePolygon, hsdsId, hsdsName, HSDS_NAMESPACE, toHsds } from '../../src/interop/index.js';
import { holidayCalendar, isHoliday } from '../../src/time/index.js';

describe('HSDS names and ids: lone surrogates (valid JavaScript strings that encodeURIComponent rejects)', () => {
  it('writes a lone surrogate as its WTF-8 bytes instead of throwing URIError', () => {
    // U+D800 → 1110 1101 · 10 100000 · 10 000000 = ED A0 80; U+DFFF → ED BF BF
    expect(hsdsName('a\uD800b')).toBe('a%ED%A0%80b');
    expect(hsdsName('\uDFFF\uD800')).toBe('%ED%BF%BF%ED%A0%80');
    // a well-formed pair is one code point and is encoded as usual (U+1F600 → F0 9F 98 80)
    expect(hsdsName('\uD83D\uDE00')).toBe('%F0%9F%98%80');
  });

  it('keeps names distinct', () => {
    expect(hsdsId(HSDS_NAMESPACE, 'x\uD800')).not.toBe(hsdsId(HSDS_NAMESPACE, 'x\uDFFF'));
    expect(hsdsId(HSDS_NAMESPACE, 'x\uD800')).not.toBe(hsdsId(HSDS_NAMESPACE, 'x\uFFFD'));
  });

  it('toHsds exports a dataset whose ids hold lone surrogates (the id pattern accepts them)', () => {
    const data = referenceCommunities();
    const communities = (data.communities ?? []).map((c, i) => (i === 0 ? { ...c, id: 'yanwu\uD800' } : c));
    const centers = (data.serviceCenters ?? []).map((c) => ({
      ...c,
      communityIds: c.communityIds.map((id) => (id === data.communities?.[0]?.id ? 'yanwu\uD800' : id)),
    }));
    const staff = (data.staffMembers ?? []).map((s) => (s.communityId === data.communities?.[0]?.id ? { ...s, communityId: 'yanwu\uD800' } : s));
    const hsds = toHsds({ ...data, communities, serviceCenters: centers, staffMembers: staff });
    expect(hsds.organizations).toHaveLength(4);
  });
});

describe('the built-in holiday calendar reads only real YYYY-MM-DD dates', () => {
  const { lookup } = holidayCalendar();
  it('returns undefined for text it cannot read, where chinese-days threw a plain Error', () => {
    expect(lookup('')).toBeUndefined();
    expect(lookup('x')).toBeUndefined();
    expect(lookup('20131001')).toBeUndefined();
  });
  it('does not roll impossible or loose dates over (chinese-days read 2013-13-01 as 2014-01-01, New Year)', () => {
    expect(lookup('2013-13-01')).toBeUndefined();
    expect(lookup('2013-1-1')).toBeUndefined();
    expect(lookup(' 2013-10-01')).toBeUndefined();
  });
  it('still finds the holidays (2013-10-01, National Day)', () => {
    expect(lookup('2013-10-01')).toEqual({ kind: 'holiday', name: { 'zh-CN': '国庆节', en: 'National Day' }, statutoryDays: 3 });
    expect(isHoliday('2013-10-01')).toBe(true);
  });
});

describe('circlePolygon bounds the work a caller can ask for', () => {
  it('refuses more than 100,000 vertices (2^31 vertices exhausted the heap)', () => {
    expect(() => circlePolygon({ lon: 121, lat: 31.4 }, 720, 2 ** 31)).toThrow(InvalidOptionError);
    expect(() => circlePolygon({ lon: 121, lat: 31.4 }, 720, 100_001)).toThrow(InvalidOptionError);
    // 100,000 vertices + the closing one
    expect(circlePolygon({ lon: 121, lat: 31.4 }, 720, 100_000).coordinates[0]).toHaveLength(100_001);
  });
});

describe('points ledgers read back from storage are checked down to their entries', () => {
  const service = { id: 's1', volunteerId: 'v1', activity: '楼道清洁', date: '2013-05-04', hours: 2.5 };
  const update = accruePoints(createPointsLedger('v1'), service);
  const ledger = update.ok ? update.ledger : createPointsLedger('v1');

  it.each([
    ['an entry that is null', { ...ledger, entries: [null] }],
    ['non-integer hundredths of a point', { ...ledger, entries: ledger.entries.map((e) => ({ ...e, centipoints: 5e-324 })) }],
    ['NaN credited minutes', { ...ledger, entries: ledger.entries.map((e) => ({ ...e, creditedMinutes: Number.NaN })) }],
    ['an entry without a date', { ...ledger, entries: ledger.entries.map(({ date: _date, ...e }) => e) }],
  ])('%s: InvalidOptionError, where a TypeError or RangeError escaped', (_, broken) => {
    expect(() => pointsBalance(broken as never, { asOf: '2014-01-01' })).toThrow(InvalidOptionError);
  });

  it('a sound ledger still reads: 2.5 points (250 hundredths) earned on 2013-05-04', () => {
    expect(pointsBalance(ledger, { asOf: '2014-01-01' }).points).toBe('2.5');
  });
});

describe('indicatorValueText writes a count that is not a whole number instead of throwing', () => {
  it('6,500 households; 0.5 households', () => {
    expect(indicatorValueText({ kind: 'count', value: 6500, unit: 'households' }, { locale: 'en' })).toBe('6,500 households');
    expect(indicatorValueText({ kind: 'count', value: 0.5, unit: 'households' }, { locale: 'en' })).toBe('0.5 households');
  });
});

describe('allocateWelfareBudget describes a project field it cannot turn into text', () => {
  it('a programme that is a null-prototype object excludes the project instead of throwing', () => {
    const odd = { id: 'x', title: 'x', programme: Object.create(null) as object, year: 2013, score: 80, requestedFen: 100 };
    const result = allocateWelfareBudget([odd], { programme: 'bidding-pilot', asOf: '2013-06-30' });
    expect(result.funded).toEqual([]);
    expect(result.decisions.map((d) => [d.projectId, d.outcome])).toEqual([['x', 'excluded']]);
    expect(result.issues.map((i) => i.path)).toEqual([['projects', 0, 'programme']]);
  });
});

describe('defineRule and defineLabels leave their argument as it was', () => {
  it('return a frozen copy; the object passed in stays extensible', () => {
    const spec = {
      id: 'example.has-name',
      subject: 'community' as const,
      severity: 'info' as const,
      title: { 'zh-CN': '有名称', en: 'Has a name' },
      source: { document: 'example' },
      parameters: [],
      messages: { 'zh-CN': { ok: () => '有名称' }, en: { ok: () => 'has a name' } },
      check: () => ({ outcome: 'pass' as const, code: 'ok' as const }),
    };
    const rule = defineRule(spec);
    expect(Object.isFrozen(rule)).toBe(true);
    expect(Object.isFrozen(spec)).toBe(false);
    expect(rule.id).toBe('example.has-name');

    const table = { urban: { 'zh-CN': '城市社区', en: 'urban community' } };
    const labels = defineLabels<'urban'>(table);
    expect(Object.isFrozen(labels)).toBe(true);
    expect(Object.isFrozen(table)).toBe(false);
    expect(labels.urban.en).toBe('urban community');
  });
});

describe('validateRecord parses valid input once, without `reportInput` (several times faster)', () => {
  it('still reports what it received when a record is invalid (the second, reporting parse)', () => {
    const community = { id: 'x', name: 'n', kind: 'urban', model: 'old-town', households: { registered: -1 }, population: {} };
    const result = validateRecord('community', community, { locale: 'en' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'too_small', path: ['households', 'registered'], expected: '>= 0', received: '-1' }),
    ]);
  });
});
