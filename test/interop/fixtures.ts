/**
 * A small dataset with everything the HSDS export maps: hours with two bands a day, exceptions, phones,
 * addresses, coordinates, staff, social organisations, volunteers, an access request, a centre shared by two
 * communities and an item no centre offers. Hand-written; the expected values in the tests are worked out from it
 * by hand.
 */
import type { Dataset } from '../../src/models/dataset.js';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

/** Builds the dataset afresh (callers may freeze or change their copy). */
export function richDataset(): Dataset {
  return {
    meta: { name: 'HSDS export fixture', asOf: '2013-06-30' },
    communities: [
      {
        id: 'lishe',
        name: '里厍社区',
        kind: 'urban',
        model: 'old-town',
        town: '玉山镇',
        households: { registered: 2100, resident: 3050 },
        population: { registered: 6300, resident: 9100 },
        governanceBodies: ['party-organization', 'residents-committee', 'livelihood-service-center', 'governance-office'],
        governanceOfficeServices: ['mediation', 'legal-aid'],
        gridBased: true,
        propertyTriad: false,
        address: '昆山市玉山镇里厍路1号',
        location: { lon: 120.95, lat: 31.39 },
      },
      {
        id: 'datan',
        name: '千灯大潭村',
        kind: 'rural',
        model: 'pure-rural',
        households: { registered: 481 },
        population: { registered: 1603 },
        governanceBodies: ['party-organization', 'villagers-committee'],
      },
    ],
    serviceCenters: [
      {
        id: 'lishe-center',
        name: '里厍社区服务中心',
        kind: 'urban-community-service-center',
        communityIds: ['lishe'],
        oneStopHall: true,
        serviceModes: ['one-door', 'one-stop', 'one-card'],
        stations: ['government-affairs', 'health', 'culture-sports', 'daily-life', 'social-organization', 'social-work'],
        facilityIds: ['lishe-clinic', 'lishe-library'],
        serviceItemIds: ['item-elderly', 'item-jobs'],
        openingHours: [
          ...weekdays.flatMap((day) => [
            { day, opens: '08:30', closes: '11:30' },
            { day, opens: '13:30', closes: '17:00' },
          ]),
          { day: 'sat', opens: '09:00', closes: '12:00' },
        ],
        openingExceptions: [
          { date: '2013-10-08', bands: [{ opens: '09:00', closes: '12:00' }], note: '调休' },
          { date: '2013-10-01', note: '国庆节' },
        ],
        floorArea: { office: 100, activity: 400 },
        builtYear: 2008,
        staffCount: 12,
        phone: '0512-57501234',
        address: '昆山市玉山镇里厍路1号',
        location: { lon: 120.95, lat: 31.39 },
        notes: '一楼为“一站式”便民服务大厅。',
      },
      {
        id: 'shared-center',
        name: '大潭里厍联合服务中心',
        kind: 'village-public-service-center',
        communityIds: ['datan', 'lishe'],
        oneStopHall: false,
        serviceItemIds: ['item-elderly'],
        location: { lon: 120.9, lat: 31.3 },
      },
    ],
    serviceItems: [
      {
        id: 'item-elderly',
        code: 'YL-01',
        name: '居家养老服务',
        category: 'elderly-care',
        targetGroups: ['elderly', 'disabled'],
        standardService: 'elderly-care',
        brand: '乐龄之家',
        description: '上门助餐、助洁、助浴。',
      },
      { id: 'item-jobs', code: 'JY-01', name: '就业援助', category: 'employment', featured: true },
      { id: 'item-unused', code: 'QT-01', name: '法律咨询', category: 'legal-publicity' },
    ],
    facilities: [
      { id: 'lishe-clinic', kind: 'clinic', name: '医务室', area: 30 },
      { id: 'lishe-library', kind: 'library', name: '图书室' },
    ],
    staffMembers: [
      {
        id: 's1',
        name: '王丽',
        communityId: 'lishe',
        serviceCenterId: 'lishe-center',
        roles: ['committee-member', 'center-staff'],
        fullTime: true,
        education: 'bachelor',
        socialWorkerLevel: 'intermediate',
        phone: '0512-57501235',
        email: 'wang.li@ks.gov.cn',
      },
      { id: 's2', name: '张伟', communityId: 'datan', roles: ['party-organization-member'], fullTime: false },
    ],
    socialOrganizations: [
      {
        id: 'org-baibang',
        name: '百帮服务社',
        type: 'private-non-enterprise',
        registeredOn: '2011-05-20',
        communityIds: ['lishe'],
        categories: ['elderly-care', 'convenience'],
      },
      { id: 'org-dance', name: '里厍舞蹈队', type: 'filed-community' },
    ],
    volunteers: [
      { id: 'v1', name: '李四', communityId: 'lishe' },
      { id: 'v2', name: '赵五', communityId: 'lishe' },
      { id: 'v3', name: '钱六', communityId: 'datan' },
    ],
    volunteerServices: [
      { id: 'vs1', volunteerId: 'v1', communityId: 'lishe', activity: '楼道清洁', date: '2013-05-04', hours: 2.5 },
      { id: 'vs2', volunteerId: 'v2', activity: '助老陪伴', date: '2013-05-05', hours: 3 },
      { id: 'vs3', volunteerId: 'v3', communityId: 'lishe', activity: '义诊协助', date: '2013-05-06', hours: 1.25 },
    ],
    accessRequests: [
      { id: 'ar1', communityId: 'lishe', department: '市卫生局', kind: 'inspection', title: '卫生检查', approvals: [] },
      { id: 'ar2', communityId: 'datan', department: '市司法局', kind: 'task', title: '调解民间纠纷', approvals: [] },
    ],
  };
}
