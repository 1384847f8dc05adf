import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import * as enums from '../../src/models/enums.js';
import { Dataset } from '../../src/models/dataset.js';
import { datasetKeys, recordKindLabels, recordKinds, recordModels, references, type RecordKind } from '../../src/models/kinds.js';

const exported = enums as unknown as Record<string, unknown>;
const HAN = /\p{Script=Han}/u;

/** Every `*Labels` export of enums.ts, with the enum it labels (`stationKindLabels` → `StationKind`). */
const labelled = Object.entries(exported)
  .filter(([name]) => name.endsWith('Labels'))
  .map(([name, labels]) => {
    const base = name.slice(0, -'Labels'.length);
    const enumName = base.charAt(0).toUpperCase() + base.slice(1);
    return { name, labels: labels as Record<string, Record<string, unknown>>, enumName, model: exported[enumName] };
  });

describe('enumerations and their labels (src/models/enums.ts)', () => {
  it('labels every enumeration it exports, and only those', () => {
    const zodEnums = Object.entries(exported).filter(([, v]) => v instanceof z.ZodEnum).map(([k]) => k);
    expect(labelled.map((l) => l.enumName).sort()).toEqual(zodEnums.sort());
    expect(labelled.map((l) => l.name).sort()).toEqual(
      [
        'accessRequestKindLabels', 'centerKindLabels', 'communityKindLabels', 'communityModelLabels', 'educationLevelLabels',
        'facilityKindLabels', 'governanceBodyLabels', 'governanceServiceLabels', 'serviceCategoryLabels', 'serviceModeLabels',
        'socialOrganizationTypeLabels', 'socialWorkerLevelLabels', 'staffRoleLabels', 'stationKindLabels', 'targetGroupLabels',
        'weekdayLabels', 'premisesRouteLabels', 'upgradeWorksLabels',
      ].sort(),
    );
  });

  describe.each(labelled)('$name', ({ labels, model }) => {
    it('has exactly the members of its enum', () => {
      expect(model).toBeInstanceOf(z.ZodEnum);
      const members = (model as z.ZodEnum).options as string[];
      expect(Object.keys(labels).sort()).toEqual([...members].sort());
      // …and the exported list of members (e.g. `stationKinds`) is the same list.
      const lists = Object.values(exported).filter((v) => Array.isArray(v) && v.length === members.length && v.every((m, i) => m === members[i]));
      expect(lists).toHaveLength(1);
    });

    it('gives each member non-empty zh-CN text (in Chinese) and en text (not in Chinese), nothing else', () => {
      expect(Object.isFrozen(labels)).toBe(true);
      for (const [member, label] of Object.entries(labels)) {
        expect(Object.keys(label).sort(), member).toEqual(['en', 'zh-CN']);
        const zh = label['zh-CN'];
        const en = label['en'];
        expect(typeof zh === 'string' && zh.trim() !== '' && HAN.test(zh), `${member} zh-CN: ${String(zh)}`).toBe(true);
        expect(typeof en === 'string' && en.trim() !== '' && !HAN.test(en), `${member} en: ${String(en)}`).toBe(true);
      }
    });
  });

  // Terms copied from the report (seed text, section 二), to check the labels say what the report says.
  it('uses the report’s terms for the stations of "5+1", the social organisation types and the access-request kinds', () => {
    const zh = (labels: Readonly<Record<string, { 'zh-CN': string }>>) => Object.values(labels).map((l) => l['zh-CN']);
    expect(zh(enums.stationKindLabels)).toEqual(['政务受理站', '卫生服务站', '文体服务站', '生活服务站', '社会组织服务站', '社会工作专业服务']);
    expect(zh(enums.socialOrganizationTypeLabels)).toEqual(['社会团体', '民办非企业单位', '基金会', '备案的社区社会组织']);
    expect(zh(enums.accessRequestKindLabels)).toEqual(['工作任务', '检查', '考核', '评比', '培训', '挂牌', '盖章', '达标升级']);
    // Paragraph 8: “规划布点落实一批,加层扩建改造一批,房屋开发商提供一批,社区共建解决一批” and “用于新建、改扩建”.
    expect(zh(enums.premisesRouteLabels)).toEqual(['规划布点落实', '加层扩建改造', '房屋开发商提供', '社区共建解决']);
    expect(zh(enums.upgradeWorksLabels)).toEqual(['新建', '改扩建']);
  });
});

describe('the registry of record kinds (src/models/kinds.ts)', () => {
  // Written out by hand from the issue: a kind is the model's name in camelCase; the Dataset key is its plural.
  const plurals: Record<RecordKind, string> = {
    community: 'communities', serviceCenter: 'serviceCenters', serviceItem: 'serviceItems', facility: 'facilities',
    staffMember: 'staffMembers', socialOrganization: 'socialOrganizations', partnerUnit: 'partnerUnits', volunteer: 'volunteers',
    volunteerService: 'volunteerServices', residentNeed: 'residentNeeds', providerListing: 'providerListings',
    accessRequest: 'accessRequests', ledger: 'ledgers', plaque: 'plaques', creationActivity: 'creationActivities',
    welfareProject: 'welfareProjects', serviceCase: 'serviceCases', dutyShift: 'dutyShifts', grid: 'grids',
    residentialEstate: 'residentialEstates', propertyMeeting: 'propertyMeetings', household: 'households',
  };

  it('recordKinds, recordModels, datasetKeys and recordKindLabels cover the same 22 kinds', () => {
    const kinds = Object.keys(plurals).sort();
    expect([...recordKinds].sort()).toEqual(kinds);
    expect(Object.keys(recordModels).sort()).toEqual(kinds);
    expect(Object.keys(datasetKeys).sort()).toEqual(kinds);
    expect(Object.keys(recordKindLabels).sort()).toEqual(kinds);
    expect(new Set(recordKinds).size).toBe(22);
    expect(Object.isFrozen(recordKinds)).toBe(true);
  });

  it('gives each kind its plural as the Dataset key, and Dataset has exactly those keys and meta', () => {
    expect(datasetKeys).toEqual(plurals);
    expect(Object.keys(Dataset.shape).sort()).toEqual([...Object.values(plurals), 'meta'].sort());
  });

  it('labels each kind in zh-CN (Chinese) and en', () => {
    for (const kind of recordKinds) {
      expect(HAN.test(recordKindLabels[kind]['zh-CN']), kind).toBe(true);
      expect(recordKindLabels[kind].en.trim(), kind).not.toBe('');
    }
  });

  const shapeOf = (kind: RecordKind) => (recordModels[kind] as unknown as { shape: Record<string, z.ZodType> }).shape;
  const unwrap = (t: z.ZodType): z.ZodType => (t instanceof z.ZodOptional ? unwrap(t.unwrap() as z.ZodType) : t);

  it.each(references.map((r) => [`${r.from}.${r.field} → ${r.to}`, r] as const))(
    'reference %s names a field of the model, of the right shape',
    (_name, ref) => {
      expect(recordKinds).toContain(ref.from);
      expect(recordKinds).toContain(ref.to);
      const field = shapeOf(ref.from)[ref.field];
      expect(field, `${ref.from} has no field ${ref.field}`).toBeDefined();
      const inner = unwrap(field as z.ZodType);
      if (ref.many) {
        expect(ref.field.endsWith('Ids')).toBe(true);
        expect(inner).toBeInstanceOf(z.ZodArray);
      } else {
        expect(ref.field.endsWith('Id')).toBe(true);
        expect(inner).toBeInstanceOf(z.ZodString);
      }
    },
  );

  it('lists every <kind>Id / <kind>Ids field of every model as a reference to that kind, once', () => {
    const found: string[] = [];
    for (const from of recordKinds) {
      for (const field of Object.keys(shapeOf(from))) {
        const prefix = /^(.+?)Ids?$/.exec(field)?.[1];
        if (prefix !== undefined && (recordKinds as readonly string[]).includes(prefix)) found.push(`${from}.${field}→${prefix}`);
      }
    }
    const listed = references.filter((r) => r.field.startsWith(r.to)).map((r) => `${r.from}.${r.field}→${r.to}`);
    expect(listed.sort()).toEqual(found.sort());
    const keys = references.map((r) => `${r.from}.${r.field}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("includes the references the issue names: a centre's communityIds, a staff member's community, a grid's staff", () => {
    const has = (from: string, field: string, to: string, many: boolean) =>
      references.some((r) => r.from === from && r.field === field && r.to === to && r.many === many);
    expect(has('serviceCenter', 'communityIds', 'community', true)).toBe(true);
    expect(has('staffMember', 'communityId', 'community', false)).toBe(true);
    expect(has('grid', 'responsibleStaffIds', 'staffMember', true)).toBe(true);
    // issue 20: an estate lies in a community ("属地管理"); a meeting names its community and the estates it took up
    expect(has('residentialEstate', 'communityId', 'community', false)).toBe(true);
    expect(has('propertyMeeting', 'communityId', 'community', false)).toBe(true);
    expect(has('propertyMeeting', 'estateIds', 'residentialEstate', true)).toBe(true);
  });
});
