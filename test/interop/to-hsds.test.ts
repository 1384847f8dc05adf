/**
 * The mapping of `toHsds`, checked against values worked out by hand from the fixtures (ids of a few objects
 * computed independently with Python's uuid.uuid5). Schema conformance is in ./to-hsds.conformance.test.ts.
 */
import turfDistance from '@turf/distance';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../src/errors.js';
import { HSDS_NAMESPACE, NAMESPACE_URL, hsdsId, isUuid, toHsds, type HsdsAttribute, type HsdsExport } from '../../src/interop/index.js';
import { deepFreeze, referenceData } from '../helpers.js';
import { richDataset } from './fixtures.js';

const id = (...segments: string[]): string => hsdsId(HSDS_NAMESPACE, ...segments);

/** An object's attributes as `code` or `code=value`, by the export's terms. */
function attributesOf(exported: HsdsExport, owner: { attributes?: readonly HsdsAttribute[] | undefined }): string[] {
  const codes = new Map(exported.taxonomyTerms.map((t) => [t.id, t.code]));
  return (owner.attributes ?? []).map((a) => `${codes.get(a.taxonomy_term_id) ?? '?'}${a.value === undefined ? '' : `=${a.value}`}`);
}

/** Every object with an `id`, anywhere in the export. */
function everyObject(value: unknown, out: Array<Record<string, unknown>> = []): Array<Record<string, unknown>> {
  if (Array.isArray(value)) for (const v of value) everyObject(v, out);
  else if (typeof value === 'object' && value !== null) {
    if ('id' in value) out.push(value as Record<string, unknown>);
    for (const v of Object.values(value)) everyObject(v, out);
  }
  return out;
}

describe('toHsds on the hand-written rich dataset', () => {
  const hsds = toHsds(richDataset());
  const [lishe, datan, baibang, dance] = hsds.organizations;
  const [lisheCenter, sharedCenter, lisheLocation] = hsds.locations;

  it('exports 4 organizations, 3 locations, 4 services, 3 service-at-locations and the taxonomy, with no issues', () => {
    expect(hsds.issues).toEqual([]);
    expect(hsds.organizations.map((o) => o.name)).toEqual(['里厍社区', '千灯大潭村', '百帮服务社', '里厍舞蹈队']);
    expect(hsds.locations.map((l) => l.name)).toEqual(['里厍社区服务中心', '大潭里厍联合服务中心', '里厍社区']);
    // 居家养老服务 is offered by 里厍 (at its centre) and by 大潭 (the shared centre's first community): two services.
    expect(hsds.services.map((s) => s.name)).toEqual(['居家养老服务', '居家养老服务', '就业援助', '法律咨询']);
    expect(hsds.serviceAtLocations).toHaveLength(3);
    expect(hsds.taxonomies).toHaveLength(1);
    expect(hsds.taxonomyTerms).toHaveLength(137);
  });

  it('derives the documented ids (checked with Python’s uuid5)', () => {
    expect(lishe?.id).toBe('1c6f3028-871c-588c-a37f-b13db507e6c3');
    expect(hsds.services[0]?.id).toBe('e08db3a7-9766-5e7e-868c-d3d6d05020e4');
    expect(hsds.services[3]?.id).toBe('9c40cfe2-6138-5fbe-90d7-47c9283f24e9');
    expect(hsds.serviceAtLocations.map((s) => s.id)).toContain('a545817d-f7f2-5189-ad6c-edb13c8ba6b3');
  });

  it('gives every object a unique UUID, and every link resolves', () => {
    const objects = everyObject(hsds);
    const ids = objects.map((o) => o['id']);
    expect(ids.every(isUuid)).toBe(true);
    // Attributes repeat their term's id in taxonomy_term_id, never in id; terms appear once.
    expect(new Set(ids).size).toBe(ids.length);

    const organizations = new Set(hsds.organizations.map((o) => o.id));
    const locations = new Set(hsds.locations.map((l) => l.id));
    const services = new Set(hsds.services.map((s) => s.id));
    const terms = new Set(hsds.taxonomyTerms.map((t) => t.id));
    for (const object of objects) {
      for (const key of ['organization_id', 'location_id', 'service_id', 'taxonomy_term_id'] as const) {
        const target = object[key];
        if (target === undefined) continue;
        const pool = { organization_id: organizations, location_id: locations, service_id: services, taxonomy_term_id: terms }[key];
        expect(pool.has(target as string), `${key} ${String(target)}`).toBe(true);
      }
    }
    for (const owner of [...hsds.organizations, ...hsds.services, ...hsds.locations, ...hsds.organizations.flatMap((o) => o.contacts ?? [])]) {
      for (const attribute of owner.attributes ?? []) expect(attribute.link_id).toBe(owner.id);
    }
  });

  it('maps a community: description, facts and volunteering as attributes, staff as contacts', () => {
    expect(lishe?.description).toBe('玉山镇城市社区(老城区社区)。');
    expect(attributesOf(hsds, lishe!)).toEqual([
      'community-kind.urban',
      'community-model.old-town',
      'governance-body.party-organization',
      'governance-body.residents-committee',
      'governance-body.livelihood-service-center',
      'governance-body.governance-office',
      'governance-office-service.mediation',
      'governance-office-service.legal-aid',
      'community-profile.town=玉山镇',
      'community-profile.households-registered=2100',
      'community-profile.households-resident=3050',
      'community-profile.population-registered=6300',
      'community-profile.population-resident=9100',
      'community-profile.grid-based=true',
      'community-profile.property-triad=false',
      // v1 and v2 live in 里厍; vs1 (2.5 h) and vs3 (1.25 h) were done there, vs2 (3 h) counts for v2's home.
      'volunteering.volunteers=2',
      'volunteering.activities=3',
      'volunteering.hours=6.75',
      'access-request.inspection=市卫生局:卫生检查',
      expect.stringMatching(/^access-decision\.refused=.*卫生检查/),
    ]);
    expect(attributesOf(hsds, datan!)).toContain('volunteering.volunteers=1');
    expect(attributesOf(hsds, datan!)).toContain('volunteering.hours=0');
    // 调解民间纠纷 is on the duties list: the community's own duty. 卫生检查 is on neither list and carries no
    // approvals: refused (decideAccess, spec §3.6).
    expect(attributesOf(hsds, datan!)).toEqual(
      expect.arrayContaining(['access-request.task=市司法局:调解民间纠纷', expect.stringMatching(/^access-decision\.own-duty=.*调解民间纠纷/)]),
    );

    const [wang] = lishe?.contacts ?? [];
    expect(wang).toMatchObject({
      id: id('staffMember', 's1'),
      organization_id: lishe?.id,
      location_id: lisheCenter?.id,
      name: '王丽',
      title: '居(村)委会成员、服务中心工作人员',
      email: 'wang.li@ks.gov.cn',
      phones: [{ id: id('staffMember', 's1', 'phone'), contact_id: id('staffMember', 's1'), number: '0512-57501235', type: 'voice' }],
    });
    expect(attributesOf(hsds, wang!)).toEqual([
      'staff-role.committee-member',
      'staff-role.center-staff',
      'social-worker-level.intermediate',
      'staff-profile.full-time=true',
    ]);
    expect(datan?.contacts?.[0]).not.toHaveProperty('location_id');
    // Education is personal and not exported.
    expect(JSON.stringify(hsds)).not.toMatch(/bachelor|本科/);
  });

  it('maps a social organisation: type as legal status, registration year, where it works', () => {
    expect(baibang).toMatchObject({
      description: '民办非企业单位;服务领域:社区养老、便民利民服务。',
      legal_status: '民办非企业单位',
      year_incorporated: 2011,
    });
    expect(attributesOf(hsds, baibang!)).toEqual([
      'social-organization-type.private-non-enterprise',
      'service-category.elderly-care',
      'service-category.convenience',
      'social-organization-profile.registered-on=2011-05-20',
      `social-organization-profile.works-in-community=${lishe?.id}`,
    ]);
    expect(dance).not.toHaveProperty('year_incorporated');
  });

  it('maps a centre: organization, coordinates, address, phone, schedules, stations and facilities', () => {
    expect(lisheCenter).toMatchObject({
      id: id('serviceCenter', 'lishe-center'),
      location_type: 'physical',
      organization_id: lishe?.id,
      description: '一楼为“一站式”便民服务大厅。',
      latitude: 31.39,
      longitude: 120.95,
      addresses: [
        {
          address_1: '昆山市玉山镇里厍路1号',
          city: '昆山市',
          state_province: '江苏省',
          postal_code: '',
          country: 'CN',
          address_type: 'physical',
        },
      ],
      phones: [{ number: '0512-57501234', type: 'voice', location_id: lisheCenter?.id }],
    });
    expect(lisheCenter?.schedules?.map((s) => [s.byday, s.opens_at, s.closes_at, s.valid_from])).toEqual([
      ['MO,TU,WE,TH,FR', '08:30:00+08:00', '11:30:00+08:00', undefined],
      ['SA', '09:00:00+08:00', '12:00:00+08:00', undefined],
      ['MO,TU,WE,TH,FR', '13:30:00+08:00', '17:00:00+08:00', undefined],
      [undefined, undefined, undefined, '2013-10-01'],
      ['TU', '09:00:00+08:00', '12:00:00+08:00', '2013-10-08'],
    ]);
    expect(attributesOf(hsds, lisheCenter!)).toEqual([
      'center-kind.urban-community-service-center',
      'center-profile.one-stop-hall=true',
      'service-mode.one-door',
      'service-mode.one-stop',
      'service-mode.one-card',
      'station.government-affairs',
      'station.health',
      'station.culture-sports',
      'station.daily-life',
      'station.social-organization',
      'station.social-work',
      'facility.clinic=医务室',
      'facility.library=图书室',
      'center-profile.floor-area-office=100',
      'center-profile.floor-area-activity=400',
      'center-profile.built-year=2008',
      'center-profile.staff-count=12',
      `center-profile.serves-community=${lishe?.id}`,
    ]);
    // The shared centre belongs to its first community, and lists both.
    expect(sharedCenter?.organization_id).toBe(datan?.id);
    expect(attributesOf(hsds, sharedCenter!).filter((a) => a.startsWith('center-profile.serves'))).toEqual([
      `center-profile.serves-community=${datan?.id}`,
      `center-profile.serves-community=${lishe?.id}`,
    ]);
    expect(sharedCenter).not.toHaveProperty('schedules');
    expect(lisheLocation).toMatchObject({ id: id('community', 'lishe', 'location'), organization_id: lishe?.id, latitude: 31.39 });
  });

  it('maps service items per providing community, with links to centres and the 720 m service circle', () => {
    const [elderlyLishe, elderlyDatan, jobs, unused] = hsds.services;
    expect(elderlyLishe).toMatchObject({
      organization_id: lishe?.id,
      status: 'active',
      description: '上门助餐、助洁、助浴。',
      eligibility_description: '服务对象:老年人、残疾人。',
    });
    expect(elderlyDatan?.organization_id).toBe(datan?.id);
    expect(jobs?.organization_id).toBe(lishe?.id);
    expect(unused).not.toHaveProperty('organization_id');
    expect(unused).not.toHaveProperty('service_areas');
    expect(attributesOf(hsds, elderlyLishe!)).toEqual([
      'service-category.elderly-care',
      'target-group.elderly',
      'target-group.disabled',
      'service-item-profile.code=YL-01',
      'service-item-profile.standard-service=elderly-care',
      'service-item-profile.brand=乐龄之家',
    ]);
    expect(attributesOf(hsds, jobs!)).toEqual(['service-category.employment', 'service-item-profile.code=JY-01', 'service-item-profile.featured=true']);

    // The links follow their services' order.
    expect(hsds.serviceAtLocations.map((s) => [s.service_id, s.location_id])).toEqual([
      [elderlyLishe?.id, lisheCenter?.id],
      [elderlyDatan?.id, sharedCenter?.id],
      [jobs?.id, lisheCenter?.id],
    ]);

    const [area] = elderlyLishe?.service_areas ?? [];
    expect(area).toMatchObject({
      service_id: elderlyLishe?.id,
      name: '里厍社区服务中心 15分钟社区服务圈',
      description: '以服务中心为圆心、半径 720 米的圆:步行 15 分钟 × 60 米/分钟 ÷ 绕行系数 1.25。',
      extent_type: 'geojson',
    });
    const polygon = JSON.parse(area!.extent) as { type: string; coordinates: number[][][] };
    expect(polygon.type).toBe('Polygon');
    for (const position of polygon.coordinates[0]!) {
      expect(turfDistance([120.95, 31.39], position, { units: 'meters' })).toBeCloseTo(720, 0);
    }
    expect(elderlyDatan?.service_areas?.[0]?.name).toBe('大潭里厍联合服务中心 15分钟社区服务圈');
  });

  it('writes English text with locale en, with the same ids', () => {
    const en = toHsds(richDataset(), { locale: 'en' });
    expect(en.organizations[0]?.description).toBe('Urban community (old-town community), 玉山镇.');
    expect(en.services[0]?.service_areas?.[0]?.name).toBe('15-minute service circle of 里厍社区服务中心');
    expect(en.locations[0]?.schedules?.[0]?.description).toBe('Open Monday to Friday, 08:30–11:30.');
    expect(everyObject(en).map((o) => o['id'])).toEqual(everyObject(hsds).map((o) => o['id']));
  });
});

describe('toHsds on the four reference communities', () => {
  const hsds = toHsds(referenceData());

  it('exports the four communities and centres, and 泾河’s three items at its centre', () => {
    expect(hsds.issues).toEqual([]);
    expect(hsds.organizations.map((o) => o.name)).toEqual(['千灯炎武社区', '千灯大潭村', '泾河村', '里厍社区']);
    expect(hsds.locations.map((l) => l.name)).toEqual(['千灯炎武社区服务中心', '千灯大潭村社区服务中心', '泾河村社区服务中心', '里厍社区服务中心']);
    expect(hsds.services.map((s) => s.name)).toEqual(['水电服务', '城管服务', '计划生育服务']);
    // Python: uuid5(ns, 'community/yushan-jinghe'), 'serviceItem/jinghe-utilities/community/yushan-jinghe'.
    expect(hsds.services[0]?.organization_id).toBe('c67828c4-4dc2-5d15-b3c7-72efa5056af7');
    expect(hsds.services[0]?.id).toBe('af86d7e9-64b2-5fb5-b3cb-97c678282054');
    expect(new Set(hsds.serviceAtLocations.map((s) => s.location_id))).toEqual(new Set(['36284c6f-0748-5984-9e0f-84febe206fd6']));
    // No coordinates in the report: no service areas.
    expect(hsds.services.every((s) => s.service_areas === undefined)).toBe(true);
  });

  it('carries 泾河’s facilities and figures as attributes', () => {
    const jinghe = hsds.locations[2]!;
    expect(attributesOf(hsds, jinghe).filter((a) => a.startsWith('facility.'))).toEqual([
      'facility.party-member-service-station=党员服务站',
      'facility.e-reading-room=电子阅览室',
      'facility.audio-visual-room=电教室',
      'facility.gateball-court=室内灯光草坪门球场',
      'facility.open-air-stage=露天戏台',
    ]);
    // 900万元 = 900,000,000 fen; 1000 m²; built 2003.
    expect(attributesOf(hsds, jinghe)).toEqual(
      expect.arrayContaining(['center-profile.investment-fen=900000000', 'center-profile.site-area=1000', 'center-profile.built-year=2003']),
    );
  });

  it('gives the same export every time, and the same ids whatever the options but the namespace', () => {
    expect(toHsds(referenceData())).toEqual(hsds);
    const other = toHsds(referenceData(), { namespace: NAMESPACE_URL });
    const ids = new Set(everyObject(hsds).map((o) => o['id']));
    expect(everyObject(other).some((o) => ids.has(o['id']))).toBe(false);
  });
});

describe('toHsds options', () => {
  it('adds uri and url under baseUrl (trailing slash dropped)', () => {
    const hsds = toHsds(richDataset(), { baseUrl: 'https://example.org/hsds/' });
    const organization = hsds.organizations[0]!;
    expect(organization.uri).toBe(`https://example.org/hsds/organizations/${organization.id}`);
    expect(hsds.services[0]?.url).toBe(`https://example.org/hsds/services/${hsds.services[0]?.id}`);
    expect(toHsds(richDataset()).organizations[0]).not.toHaveProperty('uri');
  });

  it('fills the address parts the records lack from the address option', () => {
    const hsds = toHsds(richDataset(), { address: { city: '苏州市', postalCode: '215300' } });
    expect(hsds.locations[0]?.addresses?.[0]).toMatchObject({ city: '苏州市', state_province: '江苏省', country: 'CN', postal_code: '215300' });
  });

  it('reads the date from the option, else from meta.asOf, and throws when there is neither', () => {
    const { meta: _meta, ...withoutMeta } = richDataset();
    expect(toHsds(withoutMeta, { asOf: '2013-06-30' }).organizations).toHaveLength(4);
    expect(() => toHsds(withoutMeta)).toThrow(InvalidOptionError);
  });

  it.each([
    ['locale', { locale: 'fr' }],
    ['baseUrl (not a URL)', { baseUrl: 'example.org' }],
    ['baseUrl (not http)', { baseUrl: 'ftp://example.org/' }],
    ['baseUrl (query)', { baseUrl: 'https://example.org/?a=1' }],
    ['namespace', { namespace: 'kunshan' }],
    ['asOf', { asOf: '2013-02-30' }],
    ['address', { address: { city: 1 } }],
    ['profile', { profile: 'kunshan' }],
  ])('throws InvalidOptionError for a bad %s', (_, options) => {
    expect(() => toHsds(richDataset(), options as never)).toThrow(InvalidOptionError);
  });
});

describe('toHsds on bad data', () => {
  it('leaves out records with problems, returns their issues, and exports the rest', () => {
    const data = richDataset();
    const broken = {
      ...data,
      communities: [...(data.communities ?? []), { id: 'bad', name: '', kind: 'town' }],
      serviceItems: [...(data.serviceItems ?? []), { id: 'item-elderly', code: 'X', name: '重复', category: 'other' }],
    };
    const hsds = toHsds(broken);
    expect(hsds.issues.length).toBeGreaterThan(0);
    expect(hsds.issues.map((i) => i.code)).toContain('duplicate_id');
    expect(hsds.organizations.map((o) => o.name)).toEqual(['里厍社区', '千灯大潭村', '百帮服务社', '里厍舞蹈队']);
    // The first of two items with one id is the one exported.
    expect(hsds.services.map((s) => s.name)).toEqual(['居家养老服务', '居家养老服务', '就业援助', '法律咨询']);
  });

  it('never throws on data, whatever it is, when the date is given', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const hsds = toHsds(input, { asOf: '2013-06-30' });
        expect(Array.isArray(hsds.organizations)).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(toHsds(null).issues[0]?.code).toBeDefined();
  });

  it('does not mutate its input', () => {
    const frozen = deepFreeze(richDataset());
    expect(() => toHsds(frozen)).not.toThrow();
    expect(frozen).toEqual(richDataset());
  });
});
