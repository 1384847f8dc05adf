import { describe, expect, it } from 'vitest';
import { kunshan2013 } from '../../src/datasets/kunshan2013.js';
import { cityStatistics } from '../../src/statistics/city-statistics.js';
import { compareWithReport } from '../../src/statistics/compare.js';
import type { Share } from '../../src/statistics/types.js';

// The report's table (spec §5), written out here by hand from the report — not read from the library's data:
//   村公共服务中心 177, 城市社区服务中心 130 (paragraph 2); 城市社区 155, 农村社区 153 (paragraph 7);
//   “一站式”服务大厅 100%, 服务项目达20个以上 85% (paragraph 3); 社会组织 689 = 307 + 374 + 8, 备案 1336;
//   持证社工 316 = 262 初级 + 54 中级 (paragraph 4); 专职人员 1558 at 86%, “两委会”成员 1580 at 57% (paragraph 7);
//   平均用房面积超过 1315 / 1274 平方米 (paragraph 8); 共建单位 275 (paragraph 3); 2012年公益创投 35 (paragraph 4).
// A percentage in the report is a share rounded to a whole percent; "超过" means strictly greater.
const asOf = '2013-06-30';
const data = kunshan2013();
const stats = cityStatistics(data, { asOf });
const f = stats.figures;

/** The share as the report writes it: a whole percentage, rounded half up (computed here with plain arithmetic). */
const percent = (s: Share | undefined) => (s === undefined ? undefined : Math.round((100 * s.numerator) / s.denominator));

describe('cityStatistics(kunshan2013()) reproduces the report’s table (spec §5)', () => {
  it('centres: 177 village public service centres, 130 urban community service centres', () => {
    expect(f['centers.village'].value).toBe(177);
    expect(f['centers.urban'].value).toBe(130);
  });

  it('communities: 155 urban, 153 rural', () => {
    expect(f['communities.urban'].value).toBe(155);
    expect(f['communities.rural'].value).toBe(153);
  });

  it('100% of the 308 communities have a one-stop hall', () => {
    expect(f['hall.oneStop'].share?.denominator).toBe(155 + 153);
    expect(f['hall.oneStop'].share?.numerator).toBe(308);
    expect(percent(f['hall.oneStop'].share)).toBe(100);
  });

  it('85% of the 308 communities offer 20 or more service items (rounded to a whole percent, and reaching 85%)', () => {
    const share = f['hall.minItems'].share as Share;
    expect(share.denominator).toBe(308);
    expect(percent(share)).toBe(85);
    expect(share.numerator / share.denominator).toBeGreaterThanOrEqual(0.85);
  });

  it('689 registered social organisations = 307 social groups + 374 private non-enterprise units + 8 foundations; 1,336 filed', () => {
    expect(f['socialOrganizations.socialGroups'].value).toBe(307);
    expect(f['socialOrganizations.privateNonEnterprise'].value).toBe(374);
    expect(f['socialOrganizations.foundations'].value).toBe(8);
    expect(f['socialOrganizations.registered'].value).toBe(689);
    expect(f['socialOrganizations.filed'].value).toBe(1336);
  });

  it('316 certified social workers = 262 junior + 54 intermediate', () => {
    expect(f['socialWorkers.junior'].value).toBe(262);
    expect(f['socialWorkers.intermediate'].value).toBe(54);
    expect(f['socialWorkers.senior'].value).toBe(0);
    expect(f['socialWorkers.certified'].value).toBe(316);
  });

  it('1,558 urban full-time staff, 86% professionalised; 1,580 rural two-committee members, 57%', () => {
    expect(f['staff.urban'].value).toBe(1558);
    expect(f['staff.urbanProfessionalised'].share?.denominator).toBe(1558);
    expect(percent(f['staff.urbanProfessionalised'].share)).toBe(86);
    expect(f['staff.rural'].value).toBe(1580);
    expect(f['staff.ruralProfessionalised'].share?.denominator).toBe(1580);
    expect(percent(f['staff.ruralProfessionalised'].share)).toBe(57);
  });

  it('average space over 1,315 m² (urban) and over 1,274 m² (rural)', () => {
    expect(f['area.urbanAverage'].value).toBeGreaterThan(1315);
    expect(f['area.ruralAverage'].value).toBeGreaterThan(1274);
  });

  it('275 partner units; 35 projects funded by the 2012 venture round', () => {
    expect(f.partnerUnits.value).toBe(275);
    expect(f['welfare.ventureFunded2012'].value).toBe(35);
  });

  it('compareWithReport finds every one of the 23 figures in agreement', () => {
    const rows = compareWithReport(stats);
    expect(rows.map((r) => r.id)).toEqual([
      'centers.village', 'centers.urban', 'communities.urban', 'communities.rural', 'hall.oneStop', 'hall.minItems',
      'socialOrganizations.registered', 'socialOrganizations.socialGroups', 'socialOrganizations.privateNonEnterprise',
      'socialOrganizations.foundations', 'socialOrganizations.filed', 'socialWorkers.certified', 'socialWorkers.junior',
      'socialWorkers.intermediate', 'staff.urban', 'staff.urbanProfessionalised', 'staff.rural', 'staff.ruralProfessionalised',
      'area.urbanAverage', 'area.ruralAverage', 'partnerUnits', 'welfare.ventureFunded2012', 'centers.upgraded',
    ]);
    expect(rows.filter((r) => !r.matches).map((r) => r.id)).toEqual([]);
    expect(rows.find((r) => r.id === 'hall.minItems')?.reading).toBe(85);
  });
});

describe('the same figures by a second method, straight from the records', () => {
  it('average space: the floor area of every centre of the kind that reports one, over the communities it covers', () => {
    // In this dataset no centre serves communities of both kinds, and every community but 炎武 (urban) and 泾河
    // (rural) has only centres reporting floor area; so the average is the kinds' total area over 154 and 152.
    const area = (kind: string) =>
      (data.serviceCenters ?? [])
        .filter((c) => c.kind === kind && c.floorArea !== undefined)
        .reduce((sum, c) => sum + (c.floorArea?.total ?? (c.floorArea?.office ?? 0) + (c.floorArea?.service ?? 0) + (c.floorArea?.activity ?? 0)), 0);
    expect(area('urban-community-service-center') / 154).toBeCloseTo(f['area.urbanAverage'].value as number, 9);
    expect(area('village-public-service-center') / 152).toBeCloseTo(f['area.ruralAverage'].value as number, 9);
    expect(f['area.urbanAverage'].average?.count).toBe(154);
    expect(f['area.ruralAverage'].average?.count).toBe(152);
  });

  it('professionalisation: committee staff with a certificate or a college degree or above', () => {
    const kindOf = new Map((data.communities ?? []).map((c) => [c.id, c.kind]));
    const committee = (kind: string) =>
      (data.staffMembers ?? []).filter(
        (s) => s.fullTime && kindOf.get(s.communityId) === kind && (s.roles.includes('party-organization-member') || s.roles.includes('committee-member')),
      );
    const professionalised = (kind: string) =>
      committee(kind).filter((s) => s.socialWorkerLevel !== undefined || ['college', 'bachelor', 'postgraduate'].includes(s.education ?? '')).length;
    expect([committee('urban').length, professionalised('urban')]).toEqual([f['staff.urban'].value, f['staff.urbanProfessionalised'].share?.numerator]);
    expect([committee('rural').length, professionalised('rural')]).toEqual([f['staff.rural'].value, f['staff.ruralProfessionalised'].share?.numerator]);
  });

  it('one-stop halls and items: every community’s centres, looked up one by one', () => {
    const centersOf = (id: string) => (data.serviceCenters ?? []).filter((c) => c.communityIds.includes(id));
    const communities = data.communities ?? [];
    expect(communities.filter((c) => centersOf(c.id).some((s) => s.oneStopHall)).length).toBe(f['hall.oneStop'].share?.numerator);
    const reaching = communities.filter((c) => new Set(centersOf(c.id).flatMap((s) => s.serviceItemIds ?? [])).size >= 20).length;
    expect(reaching).toBe(f['hall.minItems'].share?.numerator);
  });
});
