import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../src/errors.js';
import { serviceCircleCoverage, sitesFromServiceCenters } from '../../src/geo/index.js';
import { validateRecord, type ServiceCenter } from '../../src/index.js';
import { deepFreeze, referenceData } from '../helpers.js';

const center = (id: string, location?: { lon: number; lat: number }): ServiceCenter => ({
  id,
  name: id,
  kind: 'urban-community-service-center',
  communityIds: ['c'],
  oneStopHall: true,
  ...(location === undefined ? {} : { location }),
});

describe('sitesFromServiceCenters', () => {
  it('keeps id, location and kind, and reports the centres without a location', () => {
    const centers = deepFreeze([center('a', { lon: 120.95, lat: 31.39 }), center('b'), center('c', { lon: 121, lat: 31.4 })]);
    const { sites, issues } = sitesFromServiceCenters(centers, { locale: 'en' });
    expect(sites).toEqual([
      { id: 'a', location: { lon: 120.95, lat: 31.39 }, kind: 'urban-community-service-center' },
      { id: 'c', location: { lon: 121, lat: 31.4 }, kind: 'urban-community-service-center' },
    ]);
    expect(issues).toEqual([
      {
        code: 'missing_location',
        path: ['serviceCenters', 1, 'location'],
        params: { id: 'b' },
        message: 'serviceCenters[1].location: service centre b has no location and is left out of the service circle',
      },
    ]);
  });

  it('writes its messages in Chinese by default', () => {
    expect(sitesFromServiceCenters([center('b')]).issues[0]?.message).toBe('serviceCenters[0].location:服务中心 b 没有位置坐标,未纳入服务圈计算');
  });

  it('does not share the location objects of the records', () => {
    const records = [center('a', { lon: 1, lat: 2 })];
    const { sites } = sitesFromServiceCenters(records);
    expect(sites[0]?.location).not.toBe(records[0]?.location);
  });

  it('feeds serviceCircleCoverage with the reference centres', () => {
    const centers = (referenceData()['serviceCenters'] as unknown[]).flatMap((raw) => {
      const result = validateRecord('serviceCenter', raw);
      return result.ok ? [result.value] : [];
    });
    const { sites, issues } = sitesFromServiceCenters(centers);
    // The report gives no coordinates, so the reference centres may have none: each one missing is reported.
    expect(sites.length + issues.length).toBe(centers.length);
    expect(issues.every((i) => i.code === 'missing_location')).toBe(true);
    const coverage = serviceCircleCoverage([{ id: 'r', location: { lon: 121, lat: 31.4 }, households: 1 }], sites);
    expect(coverage.issues.map((i) => i.code)).toEqual(sites.length === 0 ? ['no_sites'] : []);
  });

  it('throws InvalidOptionError for an unknown locale', () => {
    expect(() => sitesFromServiceCenters([], { locale: 'de' as never })).toThrow(InvalidOptionError);
  });
});
