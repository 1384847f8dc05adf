import { describe, expect, it } from 'vitest';
import { kunshan2013 } from '../../src/datasets/kunshan2013.js';
import { referenceCommunities, referenceCommunityIds } from '../../src/datasets/reference-communities.js';
import { check, validateDataset, type Dataset } from '../../src/index.js';
import { references, datasetKeys } from '../../src/models/index.js';

const data = kunshan2013();
const REFERENCE = new Set<string>(['qiandeng-yanwu', 'qiandeng-datan', 'yushan-jinghe', 'yushan-lishe']);
const byId = <T extends { id: string }>(list: readonly T[] | undefined, id: string): T | undefined => list?.find((r) => r.id === id);

describe('kunshan2013()', () => {
  it('passes validateDataset with no issues', () => {
    const result = validateDataset(data);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('is deterministic: the same content on every call', () => {
    expect(kunshan2013()).toEqual(data);
    expect(JSON.stringify(kunshan2013())).toBe(JSON.stringify(data));
  });

  it('returns fresh objects each call, so a caller may change its copy', () => {
    const mine = kunshan2013();
    expect(mine.communities).not.toBe(data.communities);
    const first = mine.communities?.[0];
    if (first !== undefined) first.name = 'changed';
    mine.staffMembers?.splice(0);
    const again = kunshan2013();
    expect(again.communities?.[0]?.name).toBe('千灯炎武社区');
    expect(again.staffMembers?.length).toBe(data.staffMembers?.length);
  });

  it('has 308 communities (155 urban, 153 rural) and 307 centres (130 urban, 177 village)', () => {
    const communities = data.communities ?? [];
    const centers = data.serviceCenters ?? [];
    expect(communities).toHaveLength(308);
    expect(communities.filter((c) => c.kind === 'urban')).toHaveLength(155);
    expect(communities.filter((c) => c.kind === 'rural')).toHaveLength(153);
    expect(centers).toHaveLength(307);
    expect(centers.filter((c) => c.kind === 'urban-community-service-center')).toHaveLength(130);
    expect(centers.filter((c) => c.kind === 'village-public-service-center')).toHaveLength(177);
  });

  it('has centres that serve several communities, communities with several centres, and none without a centre', () => {
    const centers = data.serviceCenters ?? [];
    const count = new Map<string, number>();
    for (const c of centers) for (const id of c.communityIds) count.set(id, (count.get(id) ?? 0) + 1);
    expect(centers.filter((c) => c.communityIds.length > 1).length).toBeGreaterThan(0);
    expect([...count.values()].filter((n) => n > 1).length).toBeGreaterThan(0);
    expect((data.communities ?? []).every((c) => (count.get(c.id) ?? 0) > 0)).toBe(true);
  });

  it('matches centre kinds to community kinds (urban centres serve urban communities, village centres rural ones)', () => {
    const kindOf = new Map((data.communities ?? []).map((c) => [c.id, c.kind]));
    for (const center of data.serviceCenters ?? []) {
      const expected = center.kind === 'urban-community-service-center' ? 'urban' : 'rural';
      expect(center.communityIds.map((id) => kindOf.get(id))).toEqual(center.communityIds.map(() => expected));
    }
  });

  it('says in its meta that all but the four reference communities are synthetic', () => {
    expect(data.meta?.asOf).toBe('2013-06-30');
    expect(data.meta?.source).toContain('synthetic');
    expect(data.meta?.source).toContain('合成数据');
  });

  it('dates every social organisation on or before 2013-06-30 ("截至2013年第二季度")', () => {
    expect((data.socialOrganizations ?? []).every((o) => o.registeredOn === undefined || o.registeredOn <= '2013-06-30')).toBe(true);
  });

  it('funds the 2012 venture projects of 35 different communities, within the round’s 500万元', () => {
    const funded = (data.welfareProjects ?? []).filter((p) => p.year === 2012 && p.programme === 'venture' && (p.fundedFen ?? 0) > 0);
    expect(new Set(funded.map((p) => p.communityId)).size).toBe(35);
    expect(funded.reduce((sum, p) => sum + (p.fundedFen ?? 0), 0)).toBeLessThanOrEqual(5_000_000 * 100);
  });

  it('has certified social workers mostly among committee staff ("大部分都来自基层社区和农村")', () => {
    const certified = (data.staffMembers ?? []).filter((s) => s.socialWorkerLevel !== undefined);
    const committee = certified.filter((s) => s.roles.includes('party-organization-member') || s.roles.includes('committee-member'));
    expect(committee.length / certified.length).toBeGreaterThan(0.5);
  });
});

describe('the synthetic burden-reduction records of kunshan2013()', () => {
  it('give access.required, ledger.rationalize and both evaluation rules passes and failures, counted by hand', () => {
    // Ten synthetic communities, each with the same six access requests, five ledgers and five activities:
    // access 3 pass (duty, assist task, approved inspection) / 2 fail (inspection 医疗卫生 unapproved, plaque
    // 老年协会) / 1 not reached; ledgers keep 2 (service log, Party building) / merge 2 + abolish 1;
    // mandatory pass 3 (和谐社区 province, 平安社区 state, voluntary 绿色社区) / fail 1 (文明楼道评比 by a
    // department) / not applicable 1 (星级社区评定: city-wide not said); feedback pass 2 (60%, 50%) / fail 2 (30%,
    // 0%) / not applicable 1 (no criteria).
    expect(data.accessRequests).toHaveLength(60);
    expect(data.ledgers).toHaveLength(50);
    expect(data.creationActivities).toHaveLength(50);
    const report = check(data, {
      asOf: '2013-06-30',
      rules: ['access.required', 'ledger.rationalize', 'evaluation.mandatory', 'evaluation.resident-feedback'],
    });
    expect(report.summary.byRule).toEqual({
      'access.required': { pass: 30, fail: 20, notApplicable: 10 },
      'ledger.rationalize': { pass: 20, fail: 30, notApplicable: 0 },
      'evaluation.mandatory': { pass: 30, fail: 10, notApplicable: 10 },
      'evaluation.resident-feedback': { pass: 20, fail: 20, notApplicable: 10 },
    });
    const ledgerCodes = report.findings.filter((f) => f.rule === 'ledger.rationalize').map((f) => f.code);
    expect(ledgerCodes.filter((c) => c === 'merge')).toHaveLength(20);
    expect(ledgerCodes.filter((c) => c === 'abolish')).toHaveLength(10);
  });

  it('belong to ten distinct synthetic communities, none of them a reference community', () => {
    const owners = new Set([...(data.accessRequests ?? []), ...(data.ledgers ?? []), ...(data.creationActivities ?? [])].map((r) => r.communityId));
    expect(owners.size).toBe(10);
    for (const id of owners) expect(REFERENCE.has(id), id).toBe(false);
    expect(data.meta?.source).toContain('工作准入申请、台账与创建活动(10个合成社区)全为虚构');
  });
});

describe('the synthetic property and brand records of kunshan2013() (issue 20)', () => {
  it('give the property.* and brand rules passes and failures, counted by hand', () => {
    // Eight synthetic urban communities, three estates each (in the pilot since 2012-07-01 / not in it / not said);
    // their workshops by position 0–3 repeating: met 2013-05-15 with all three (pass), only 2012-11-20 (lapsed),
    // 2013-06-05 without the owners' committee (incomplete), never (no meetings): 2 pass, 6 fail; the city's joint
    // meeting met on 2012-12-18 and 2013-04-16, within 12 months: 8 pass. The 300 other communities have no
    // estate. Brands: 乐龄之家, “夕阳护春蕾”社区校外辅导站 and 邻里互助会馆 catalogued, 爱心超市 not; the other
    // 36 catalogue items and the 3 reference items name no brand.
    expect(data.residentialEstates).toHaveLength(24);
    expect(data.propertyMeetings).toHaveLength(8 / 4 * 3 + 2);
    const report = check(data, { asOf: '2013-06-30', rules: ['property.triad-workshop', 'property.joint-meeting', 'property.integration-pilot', 'brand.in-catalogue'] });
    expect(report.summary.byRule).toEqual({
      'property.triad-workshop': { pass: 2, fail: 6, notApplicable: 300 },
      'property.joint-meeting': { pass: 8, fail: 0, notApplicable: 300 },
      'property.integration-pilot': { pass: 8, fail: 8, notApplicable: 8 },
      'brand.in-catalogue': { pass: 3, fail: 1, notApplicable: 39 },
    });
    const workshopCodes = report.findings.filter((f) => f.rule === 'property.triad-workshop' && f.outcome === 'fail').map((f) => f.code).sort();
    expect(workshopCodes).toEqual(['incomplete', 'incomplete', 'lapsed', 'lapsed', 'no-meetings', 'no-meetings']);
  });

  it('belong to synthetic urban communities, are marked synthetic, and name the report’s brands', () => {
    const owners = new Set((data.residentialEstates ?? []).map((e) => e.communityId));
    expect(owners.size).toBe(8);
    for (const id of owners) {
      expect(REFERENCE.has(id), id).toBe(false);
      expect(byId(data.communities, id)?.kind).toBe('urban');
    }
    const synthetic = (data.meta?.provenance?.entries ?? []).filter((e) => e.kind === 'residentialEstate' || e.kind === 'propertyMeeting');
    expect(synthetic).toHaveLength(24 + 8);
    expect(synthetic.every((e) => e.source === 'synthetic')).toBe(true);
    expect(data.meta?.source).toContain('住宅区、“三位一体工作坊”会议与物业管理联席会议(8个合成城市社区)全为虚构');
    expect((data.serviceItems ?? []).flatMap((i) => i.brand ?? [])).toEqual(['爱心超市', '乐龄之家', '“夕阳护春蕾”社区校外辅导站', '邻里互助会馆']);
  });
});

describe('the synthetic records of issue 20 in kunshan2013()', () => {
  it('give employment.zero-employment-cleared passes, failures and a not-applicable case, counted by hand', () => {
    // Ten synthetic communities, six households each: never zero, cleared in 20 days, within the period (pass);
    // not cleared after 90 days, cleared after 59 (fail); one member not reported (not applicable).
    expect(data.households).toHaveLength(60);
    const report = check(data, { asOf: '2013-06-30', rules: ['employment.zero-employment-cleared'] });
    expect(report.summary.byRule).toEqual({ 'employment.zero-employment-cleared': { pass: 30, fail: 20, notApplicable: 10 } });
    const owners = new Set((data.households ?? []).map((h) => h.communityId));
    expect(owners.size).toBe(10);
    for (const id of owners) expect(REFERENCE.has(id), id).toBe(false);
    expect(data.meta?.source).toContain('家庭及其成员的就业状态(10个合成社区)');
  });

  it('share the report’s 3.4亿元 among over 200 synthetic centres, exactly; the reference centres get nothing invented', () => {
    const upgraded = (data.serviceCenters ?? []).filter((c) => c.upgrade !== undefined);
    expect(upgraded.length).toBeGreaterThan(200);
    expect(upgraded.reduce((sum, c) => sum + (c.upgrade?.fundsFen ?? 0), 0)).toBe(340_000_000 * 100);
    for (const c of upgraded) expect(c.upgrade?.year).toBeGreaterThanOrEqual(2008);
    for (const c of data.serviceCenters ?? []) {
      if (c.communityIds.some((id) => REFERENCE.has(id))) expect([c.premisesRoute, c.upgrade]).toEqual([undefined, undefined]);
    }
    const withFacilities = (data.partnerUnits ?? []).filter((u) => (u.publicFacilities ?? []).length > 0);
    expect(withFacilities.length).toBeGreaterThan(0);
    expect(data.meta?.source).toContain('合计恰为3.4亿元');
  });
});

describe('the four reference communities in kunshan2013()', () => {
  it('are exactly the records of referenceCommunities()', () => {
    const ref = referenceCommunities();
    for (const key of ['communities', 'serviceCenters', 'facilities', 'serviceItems'] as const) {
      for (const record of ref[key] ?? []) expect(byId(data[key] as { id: string }[], record.id)).toEqual(record);
    }
    expect([...referenceCommunityIds]).toEqual([...REFERENCE]);
  });

  it('keep the report’s figures (paragraph 2), written out here by hand', () => {
    const c = (id: string) => byId(data.communities, id);
    const s = (id: string) => byId(data.serviceCenters, id);
    expect(c('qiandeng-yanwu')).toMatchObject({ kind: 'urban', model: 'new-rural', town: '千灯镇', households: { resident: 5000 }, plannedHouseholds: 7500, plannedPopulation: 15000 });
    expect(c('qiandeng-datan')).toMatchObject({ kind: 'rural', model: 'pure-rural', households: { registered: 481 }, population: { registered: 1603 } });
    expect(c('yushan-jinghe')).toMatchObject({ kind: 'rural', model: 'rural-urban-mixed', town: '玉山镇' });
    expect(c('yushan-lishe')).toMatchObject({ kind: 'urban', model: 'old-town', town: '玉山镇' });
    expect(s('qiandeng-datan-center')?.floorArea).toEqual({ total: 1300 });
    expect(s('yushan-lishe-center')?.floorArea).toEqual({ total: 500 });
    expect(s('yushan-jinghe-center')).toMatchObject({ siteArea: 1000, builtYear: 2003, investmentFen: 9_000_000 * 100 });
    expect(s('qiandeng-yanwu-center')?.floorArea).toBeUndefined();
    expect(byId(data.serviceItems, 'jinghe-utilities')?.name).toBe('水电服务');
  });

  it('get nothing invented: no synthetic record refers to them', () => {
    const referenceCenters = new Set((referenceCommunities().serviceCenters ?? []).map((c) => c.id));
    const offending: string[] = [];
    for (const ref of references) {
      if (ref.to !== 'community' && ref.to !== 'serviceCenter') continue;
      const targets = ref.to === 'community' ? REFERENCE : referenceCenters;
      const records = (data as Record<string, unknown>)[datasetKeys[ref.from]] as Record<string, unknown>[] | undefined;
      for (const record of records ?? []) {
        if (ref.from === 'serviceCenter' && referenceCenters.has(record['id'] as string)) continue; // their own centres
        const value = record[ref.field];
        const ids = Array.isArray(value) ? value : [value];
        if (ids.some((id) => targets.has(id as string))) offending.push(`${ref.from} ${String(record['id'])}`);
      }
    }
    expect(offending).toEqual([]);
  });
});

describe('kunshan2013() is a pure function of nothing', () => {
  it('does not depend on earlier calls being changed', () => {
    const a: Dataset = kunshan2013();
    for (const c of a.communities ?? []) c.households.registered = -1;
    expect(kunshan2013().communities?.[1]?.households.registered).toBe(481);
  });
});
