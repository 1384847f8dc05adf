import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../src/index.js';
import { openFacilitiesByCommunity, premisesRouteCounts, upgradedCenters } from '../../src/statistics/index.js';
import { isOpen, openingHoursOn } from '../../src/time/index.js';
import type { Community, PartnerUnit, ServiceCenter } from '../../src/index.js';
import { deepFreeze } from '../helpers.js';

const community = (id: string) => ({ id, name: id, kind: 'urban', model: 'other', households: {}, population: {} }) as Community;
const units = deepFreeze([
  {
    id: 'u1', name: '昆山市第一中学', communityIds: ['a', 'c'],
    publicFacilities: [
      // open to a and c; Saturday 08:00–12:00 and 11:00–18:00 overlap: 08:00–18:00 = 600 minutes; Sunday 09:00–11:30 = 150
      { name: '操场', openingHours: [{ day: 'sat', opens: '08:00', closes: '12:00' }, { day: 'sat', opens: '11:00', closes: '18:00' }, { day: 'sun', opens: '09:00', closes: '11:30' }] },
      { name: '图书馆', communityIds: ['c'] }, // open to c only, no hours
    ],
  },
  { id: 'u2', name: 'u2', communityIds: ['b'] }, // no facility open to the public
  { id: 'u3', name: 'u3', communityIds: ['b', 'z'], publicFacilities: [{ name: '食堂', communityIds: ['z'], openingHours: [{ day: 'mon', opens: '11:00', closes: '13:00' }] }] },
] as PartnerUnit[]);

describe('openFacilitiesByCommunity', () => {
  it('counts units, units open to the public, facilities and weekly minutes per community, by hand', () => {
    expect(openFacilitiesByCommunity([community('a'), community('b'), community('c'), community('d')], units)).toEqual([
      { communityId: 'a', partnerUnits: 1, unitsOpenToPublic: 1, facilities: 1, facilitiesWithHours: 1, weeklyMinutes: 750 },
      { communityId: 'b', partnerUnits: 2, unitsOpenToPublic: 0, facilities: 0, facilitiesWithHours: 0, weeklyMinutes: 0 },
      { communityId: 'c', partnerUnits: 1, unitsOpenToPublic: 1, facilities: 2, facilitiesWithHours: 1, weeklyMinutes: 750 },
      { communityId: 'd', partnerUnits: 0, unitsOpenToPublic: 0, facilities: 0, facilitiesWithHours: 0, weeklyMinutes: 0 },
      // z is named by u3 only: listed after the communities given
      { communityId: 'z', partnerUnits: 1, unitsOpenToPublic: 1, facilities: 1, facilitiesWithHours: 1, weeklyMinutes: 120 },
    ]);
  });

  it('rejects arguments that are not lists', () => {
    expect(() => openFacilitiesByCommunity('x' as never, [])).toThrow(InvalidOptionError);
  });

  it('gives facilities the opening hours /time reads as it reads a centre', () => {
    const field = units[0]!.publicFacilities![0]!;
    // 2013-09-28 was a Saturday (and a make-up working day, so the weekly hours are asked for explicitly)
    expect(isOpen(field, '2013-09-28T17:59:00+08:00', { holidays: 'weekly', makeUpWorkdays: 'weekly' })).toBe(true);
    expect(isOpen(field, '2013-09-28T18:00:00+08:00', { holidays: 'weekly', makeUpWorkdays: 'weekly' })).toBe(false);
    expect(openingHoursOn(field, '2013-09-28', { holidays: 'weekly', makeUpWorkdays: 'weekly' }).bands).toEqual([{ opens: '08:00', closes: '18:00' }]);
  });
});

describe('premisesRouteCounts and upgradedCenters', () => {
  const center = (id: string, extra: Partial<ServiceCenter>) => ({ id, name: id, kind: 'urban-community-service-center', communityIds: ['a'], oneStopHall: true, ...extra }) as ServiceCenter;
  const centers = [
    center('p', { premisesRoute: 'planned-site', upgrade: { year: 2008, works: 'new-build' } }),
    center('q', { premisesRoute: 'planned-site' }),
    center('r', { premisesRoute: 'extension', upgrade: { year: 2011, works: 'rebuild-extend', fundsFen: 1 } }),
    center('s', {}),
  ];
  it('counts centres by route, every route present, and those in the programme', () => {
    expect(premisesRouteCounts(centers)).toEqual({ byRoute: { 'planned-site': 2, extension: 1, 'developer-provided': 0, 'co-built': 0 }, notReported: 1 });
    expect(upgradedCenters(centers)).toBe(2);
  });
});
