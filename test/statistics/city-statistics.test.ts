import { describe, expect, it } from 'vitest';
import { defineProfile, InvalidOptionError, kunshan, validateDataset, type Dataset } from '../../src/index.js';
import { cityStatistics } from '../../src/statistics/city-statistics.js';
import { compareWithReport } from '../../src/statistics/compare.js';
import { deepFreeze } from '../helpers.js';

// A small city worked out by hand:
// - a, b urban; c, d rural.
// - centre X (urban) serves a and b: 600 + 300 + 100 = 1000 m², a one-stop hall, items i1–i20.
// - centre Y (urban) serves b only: 600 m² in all, no hall, items i1 and i21 (so b is offered 21 distinct items).
// - centre Z (village) serves c: no floor area, a hall, items i1–i5. d has no centre.
const items = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => `i${from + k}`);
const community = (id: string, kind: 'urban' | 'rural') => ({ id, name: `${id}社区`, kind, model: 'other' as const, households: {}, population: {}, governanceBodies: [] });
const person = (id: string, communityId: string, extra: object) => ({ id, name: id, communityId, fullTime: true, ...extra });

function raw(): unknown {
  return {
    communities: [community('a', 'urban'), community('b', 'urban'), community('c', 'rural'), community('d', 'rural')],
    serviceCenters: [
      { id: 'X', name: 'X', kind: 'urban-community-service-center', communityIds: ['a', 'b'], floorArea: { office: 600, service: 300, activity: 100 }, oneStopHall: true, serviceItemIds: items(1, 20), premisesRoute: 'co-built', upgrade: { year: 2009, works: 'rebuild-extend', fundsFen: 150_000_000 } },
      { id: 'Y', name: 'Y', kind: 'urban-community-service-center', communityIds: ['b'], floorArea: { total: 600 }, oneStopHall: false, serviceItemIds: ['i1', 'i21'], premisesRoute: 'developer-provided' },
      { id: 'Z', name: 'Z', kind: 'village-public-service-center', communityIds: ['c'], siteArea: 900, oneStopHall: true, serviceItemIds: items(1, 5) },
    ],
    serviceItems: items(1, 21).map((id) => ({ id, code: id, name: id, category: 'other' })),
    staffMembers: [
      person('s1', 'a', { roles: ['party-organization-member'], education: 'college' }), // counted, professionalised (college)
      person('s2', 'a', { roles: ['committee-member'], education: 'below-college', socialWorkerLevel: 'junior' }), // counted, professionalised (certificate)
      person('s3', 'b', { roles: ['center-staff'], education: 'bachelor', socialWorkerLevel: 'intermediate' }), // centre staff: not counted
      person('s4', 'b', { roles: ['committee-member'], education: 'bachelor', fullTime: false }), // not full-time: not counted
      person('s5', 'c', { roles: ['committee-member'], education: 'below-college' }), // counted, not professionalised
      person('s6', 'c', { roles: ['party-organization-member', 'committee-member'], education: 'postgraduate' }), // counted, professionalised
    ],
    socialOrganizations: [
      { id: 'o1', name: 'o1', type: 'social-group', registeredOn: '2013-06-30' },
      { id: 'o2', name: 'o2', type: 'social-group', registeredOn: '2013-07-01' }, // after 2013-06-30
      { id: 'o3', name: 'o3', type: 'private-non-enterprise' },
      { id: 'o4', name: 'o4', type: 'foundation', registeredOn: '2000-01-01' },
      { id: 'o5', name: 'o5', type: 'filed-community', communityIds: ['a'] },
      { id: 'o6', name: 'o6', type: 'filed-community', communityIds: ['c'] },
    ],
    partnerUnits: [
      {
        id: 'u1', name: 'u1', communityIds: ['a', 'c'],
        publicFacilities: [
          // open to a and c (the unit's communities); Saturday 08:00–12:00 and 11:00–18:00 overlap: 08:00–18:00, 600 minutes
          { name: '篮球场', kind: 'basketball-court', openingHours: [{ day: 'sat', opens: '08:00', closes: '12:00' }, { day: 'sat', opens: '11:00', closes: '18:00' }] },
          { name: '礼堂', communityIds: ['c'] }, // open to c only, no hours reported
        ],
      },
      { id: 'u2', name: 'u2', communityIds: ['b'] },
    ],
    welfareProjects: [
      { id: 'p1', title: 'p1', programme: 'venture', year: 2012, communityId: 'a', requestedFen: 120_000, fundedFen: 100_000 },
      // two more funded in 2012: one in a community already funded (a), one in c
      { id: 'p6', title: 'p6', programme: 'venture', year: 2012, communityId: 'a', requestedFen: 40_000, fundedFen: 40_000 },
      { id: 'p7', title: 'p7', programme: 'venture', year: 2012, communityId: 'c', requestedFen: 20_000, fundedFen: 20_000 },
      { id: 'p2', title: 'p2', programme: 'venture', year: 2012, requestedFen: 50_000, fundedFen: 0 },
      { id: 'p3', title: 'p3', programme: 'venture', year: 2012, requestedFen: 30_000 },
      { id: 'p4', title: 'p4', programme: 'bidding-pilot', year: 2013, requestedFen: 70_000, fundedFen: 70_000 },
      { id: 'p5', title: 'p5', programme: 'venture', year: 2011, requestedFen: 10_000, fundedFen: 10_000 },
    ],
  };
}

/** The small city, checked by validateDataset so that it is a valid dataset. */
function city(): Dataset {
  const result = validateDataset(raw());
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const asOf = '2013-06-30';
const note = { 'zh-CN': '示例', en: 'example' };

describe('cityStatistics on a small city worked out by hand', () => {
  const stats = cityStatistics(deepFreeze(city()), { asOf });
  const f = stats.figures;

  it('counts centres and communities by kind', () => {
    expect([f['centers.urban'].value, f['centers.village'].value, f['communities.urban'].value, f['communities.rural'].value]).toEqual([2, 1, 2, 2]);
    expect(f['centers.urban'].unit).toBe('count');
  });

  it('shares of communities with a hall (a, b, c of 4) and with 20 items (a with 20, b with 21 of 4; d has no centre)', () => {
    expect(f['hall.oneStop'].share).toEqual({ numerator: 3, denominator: 4, ratio: 0.75 });
    expect(f['hall.oneStop'].value).toBe(0.75);
    expect(f['hall.minItems'].share).toEqual({ numerator: 2, denominator: 4, ratio: 0.5 });
    expect(f['hall.minItems'].notReported).toBe(1);
    expect(f['hall.minItems'].parameters?.map((p) => [p.id, p.value])).toEqual([['hall.minServiceItems', 20]]);
    expect(f['hall.minItems'].label).toEqual({ 'zh-CN': '服务项目达20个以上的社区', en: 'communities offering 20 or more service items' });
  });

  it('averages space per community, splitting a shared centre equally: a 500, b 500 + 600; the rural ones are unknown', () => {
    expect(f['area.urbanAverage'].average).toEqual({ total: 1600, count: 2, value: 800 });
    expect(f['area.urbanAverage'].value).toBe(800);
    expect(f['area.urbanAverage'].notReported).toBe(0);
    expect(f['area.ruralAverage'].average).toEqual({ total: 0, count: 0, value: null });
    expect(f['area.ruralAverage'].value).toBeNull();
    expect(f['area.ruralAverage'].notReported).toBe(2);
  });

  it('counts full-time committee staff by kind (not centre staff, not part-time) and their professionalisation', () => {
    expect(f['staff.urban'].value).toBe(2);
    expect(f['staff.urbanProfessionalised'].share).toEqual({ numerator: 2, denominator: 2, ratio: 1 });
    expect(f['staff.rural'].value).toBe(2);
    expect(f['staff.ruralProfessionalised'].share).toEqual({ numerator: 1, denominator: 2, ratio: 0.5 });
    expect(f['staff.ruralProfessionalised'].parameters?.[0]?.id).toBe('staff.professionalised');
  });

  it('counts certified social workers of any role by level', () => {
    expect([f['socialWorkers.certified'].value, f['socialWorkers.junior'].value, f['socialWorkers.intermediate'].value, f['socialWorkers.senior'].value]).toEqual([2, 1, 1, 0]);
  });

  it('counts social organisations registered up to asOf by type, and partner units', () => {
    expect(f['socialOrganizations.registered'].value).toBe(3);
    expect([f['socialOrganizations.socialGroups'].value, f['socialOrganizations.privateNonEnterprise'].value, f['socialOrganizations.foundations'].value]).toEqual([1, 1, 1]);
    expect(f['socialOrganizations.filed'].value).toBe(2);
    expect(f.partnerUnits.value).toBe(2);
    expect(f['partnerUnits.openToPublic'].value).toBe(1);
    const later = cityStatistics(city(), { asOf: '2013-07-01' });
    expect(later.figures['socialOrganizations.socialGroups'].value).toBe(2);
    expect(later.figures['socialOrganizations.registered'].value).toBe(4);
  });

  it('counts the centres of the upgrade programme (X) and by premises route (X co-built, Y developer-provided, Z none)', () => {
    expect(f['centers.upgraded'].value).toBe(1);
    expect(f['centers.upgraded'].report).toMatchObject({ value: 200, reading: 'over', citation: { paragraph: 8 } });
    const routes = ['premises.plannedSite', 'premises.extension', 'premises.developerProvided', 'premises.coBuilt'] as const;
    expect(routes.map((id) => f[id].value)).toEqual([0, 0, 1, 1]);
    expect(routes.map((id) => f[id].notReported)).toEqual([1, 1, 1, 1]);
    expect(f['premises.coBuilt'].label['zh-CN']).toBe('用房由社区共建解决的服务中心');
  });

  it('tallies welfare projects by year and programme, and counts the communities the 2012 venture round funded', () => {
    expect(stats.welfareProjects).toEqual([
      { year: 2011, programme: 'venture', projects: 1, decided: 1, funded: 1, requestedFen: 10_000, fundedFen: 10_000 },
      { year: 2012, programme: 'venture', projects: 5, decided: 4, funded: 3, requestedFen: 260_000, fundedFen: 160_000 },
      { year: 2013, programme: 'bidding-pilot', projects: 1, decided: 1, funded: 1, requestedFen: 70_000, fundedFen: 70_000 },
    ]);
    // Three funded projects in two communities (a twice, c once): the report counts communities.
    expect(f['welfare.ventureFunded2012'].value).toBe(2);
  });

  it('lists every statistic in the order of the report table, with labels in both locales and the date and profile', () => {
    expect(stats.asOf).toBe(asOf);
    expect(stats.profile).toBe('kunshan');
    expect(Object.keys(f)[0]).toBe('centers.village');
    expect(Object.keys(f)).toHaveLength(29);
    for (const statistic of Object.values(f)) {
      expect(statistic.label['zh-CN'].length).toBeGreaterThan(0);
      expect(statistic.label.en.length).toBeGreaterThan(0);
    }
  });

  it('attaches the Kunshan report figures by default, and compares them (this small city matches few)', () => {
    expect(f['centers.village'].report?.value).toBe(177);
    expect(f['socialWorkers.senior'].report).toBeUndefined();
    const rows = compareWithReport(stats);
    expect(rows).toHaveLength(23);
    expect(rows.filter((r) => r.matches)).toEqual([]);
  });

  it('attaches no report figures with report: null', () => {
    const bare = cityStatistics(city(), { asOf, report: null });
    expect(Object.values(bare.figures).some((s) => s.report !== undefined)).toBe(false);
    expect(compareWithReport(bare)).toEqual([]);
  });
});

describe('cityStatistics reads the profile', () => {
  it('counts professionalised staff by the profile’s definition (certificates only)', () => {
    const certificatesOnly = defineProfile({
      extends: kunshan, id: 'certificates-only', name: note,
      parameters: {
        'staff.professionalised': { unit: 'record', values: [{ value: { socialWorkerLevels: ['junior', 'intermediate', 'senior'], minEducation: null }, assumption: note }] },
      },
    });
    const stats = cityStatistics(city(), { asOf, profile: certificatesOnly });
    expect(stats.profile).toBe('certificates-only');
    expect(stats.figures['staff.urbanProfessionalised'].share).toEqual({ numerator: 1, denominator: 2, ratio: 0.5 }); // s2
    expect(stats.figures['staff.ruralProfessionalised'].share).toEqual({ numerator: 0, denominator: 2, ratio: 0 });
  });

  it('counts communities reaching the profile’s minimum of items (21: only b)', () => {
    const stricter = defineProfile({
      extends: kunshan, id: 'stricter', name: note,
      parameters: { 'hall.minServiceItems': { unit: 'count', values: [{ value: 21, assumption: note }] } },
    });
    const stats = cityStatistics(city(), { asOf, profile: stricter });
    expect(stats.figures['hall.minItems'].share).toEqual({ numerator: 1, denominator: 4, ratio: 0.25 });
    expect(stats.figures['hall.minItems'].label['zh-CN']).toBe('服务项目达21个以上的社区');
  });
});

describe('cityStatistics on edge cases', () => {
  it('gives null shares and averages, and zero counts, for an empty dataset', () => {
    const stats = cityStatistics({}, { asOf });
    expect(stats.figures['hall.oneStop'].share).toEqual({ numerator: 0, denominator: 0, ratio: null });
    expect(stats.figures['hall.oneStop'].value).toBeNull();
    expect(stats.figures['staff.urbanProfessionalised'].value).toBeNull();
    expect(stats.figures['centers.urban'].value).toBe(0);
    expect(stats.welfareProjects).toEqual([]);
  });

  it('counts a centre listed twice for a community once', () => {
    const data: Dataset = {
      communities: [community('a', 'urban')],
      serviceCenters: [{ id: 'X', name: 'X', kind: 'urban-community-service-center', communityIds: ['a', 'a'], floorArea: { total: 900 }, oneStopHall: true }],
    };
    expect(cityStatistics(data, { asOf }).figures['area.urbanAverage'].average).toEqual({ total: 900, count: 1, value: 900 });
  });

  it('accepts a Date, read in Asia/Shanghai', () => {
    expect(cityStatistics({}, { asOf: new Date('2013-06-30T17:00:00Z') }).asOf).toBe('2013-07-01');
  });

  it('throws InvalidOptionError for a missing or malformed date, or a dataset that is not an object', () => {
    expect(() => cityStatistics({}, {} as never)).toThrow(InvalidOptionError);
    expect(() => cityStatistics({}, { asOf: '2013-02-30' })).toThrow(InvalidOptionError);
    expect(() => cityStatistics(null as never, { asOf })).toThrow(InvalidOptionError);
    expect(() => cityStatistics({}, undefined as never)).toThrow(InvalidOptionError);
  });
});
