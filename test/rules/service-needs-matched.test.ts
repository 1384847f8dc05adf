import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { community } from './fixtures.js';
import { kunshan2013 } from '../../src/datasets/index.js';

const ASOF = '2013-06-30';
const need = (id: string, communityId: string, extra: Record<string, unknown> = {}) => ({ id, communityId, title: id, category: 'elderly-care', ...extra });
/** A point on the prime meridian `metres` north of the equator (111,195.08 m per degree on the haversine sphere). */
const north = (metres: number) => ({ lon: 0, lat: metres / 111_195.08 });

function run(dataset: Record<string, unknown>, locale: 'zh-CN' | 'en' = 'zh-CN') {
  return check({ communities: [community('a'), community('b'), community('c')], ...dataset }, { asOf: ASOF, rules: ['service.needs-matched'], locale });
}

describe('service.needs-matched', () => {
  it('reports per community the share of recorded needs met and the open ones with their reasons', () => {
    const report = run(
      {
        residentNeeds: [need('a1', 'a'), need('a2', 'a'), need('b1', 'b', { category: 'health' })],
        providerListings: [{ id: 'p', name: '乐龄之家', categories: ['elderly-care'], communityIds: ['a'], capacity: 1 }],
      },
      'en',
    );
    expect(report.findings.map((f) => [f.subject.id, f.outcome, f.code, f.values?.['met'], f.values?.['total']])).toEqual([
      ['a', 'fail', 'open', 1, 2],
      ['b', 'fail', 'open', 0, 1],
      ['c', 'not-applicable', 'no-needs', undefined, undefined],
    ]);
    // Capacity 1 for two needs of one tier and no distances: the first in input order is met.
    expect(report.findings[0]!.values?.['open']).toEqual([{ id: 'a2', code: 'capacity-taken' }]);
    expect(report.findings[0]!.message).toBe('1 of 2 recorded needs matched (50%, at least 100% expected); open: a2 (capacity taken)');
    expect(report.findings[1]!.message).toBe('0 of 1 recorded needs matched (0%, at least 100% expected); open: b1 (no provider of the category)');
    expect(report.findings[0]!.assumptions).toEqual(['service.matchPriorityGroups', 'service.matchMaxDistanceMetres', 'service.minNeedsMetShare']);
  });

  it('shares a provider’s capacity across communities, serving the priority groups first (the kunshan reading: 优抚对象, 低收入群体, 未成年人, 老年人)', () => {
    const report = run({
      residentNeeds: [need('a1', 'a', { targetGroup: 'new-residents' }), need('b1', 'b', { targetGroup: 'elderly' })],
      providerListings: [{ id: 'p', name: '乐龄之家', categories: ['elderly-care'], capacity: 1 }],
    });
    expect(report.findings.map((f) => [f.subject.id, f.outcome])).toEqual([
      ['a', 'fail'],
      ['b', 'pass'],
      ['c', 'not-applicable'],
    ]);
    expect(report.findings[0]!.message).toBe('需求目录 1 项中已对接 0 项(0%,应不低于 100%);未对接:a1(承接能力已满)');
    expect(report.findings[1]!.message).toBe('需求目录 1 项中已对接 1 项(100%,不低于 100%)');
  });

  it('reaches a need in another community within 720 m (a 15-minute walk), a volunteer included', () => {
    const report = run({
      residentNeeds: [need('a1', 'a', { location: north(700) }), need('a2', 'a', { location: north(1000) })],
      volunteers: [{ id: 'v', name: '李四', communityId: 'b', categories: ['elderly-care'], location: north(0) }],
    });
    expect(report.findings[0]!.values?.['open']).toEqual([{ id: 'a2', code: 'out-of-reach' }]);
  });

  it('on kunshan2013(): five synthetic communities meet their five needs, five meet 4 of their 7 (full station, no provider for migrants, repairs for the elderly only)', () => {
    const report = check(kunshan2013(), { asOf: ASOF, rules: ['service.needs-matched'], locale: 'en' });
    const judged = report.findings.filter((f) => f.outcome !== 'not-applicable');
    expect(judged.map((f) => [f.outcome, f.values?.['met'], f.values?.['total']]).sort()).toEqual([
      ...Array.from({ length: 5 }, () => ['fail', 4, 7]),
      ...Array.from({ length: 5 }, () => ['pass', 5, 5]),
    ]);
    const codes = judged.flatMap((f) => (f.values?.['open'] as { code: string }[]).map((o) => o.code));
    expect(codes.sort()).toEqual([...Array(5).fill('capacity-taken'), ...Array(5).fill('no-provider-for-category'), ...Array(5).fill('not-eligible')]);
  });
});
