/**
 * The four reference communities of the report's centre models (四种模式), with the report's figures only.
 * `examples/data/reference-communities.json` is a copy written from here by `scripts/write-kunshan-data.ts`.
 *
 * @module
 */
import type { Dataset } from '../models/dataset.js';
import { referenceProvenance } from './reference-provenance.js';

/**
 * The ids of the four reference communities, in the report's order: 炎武, 大潭, 泾河, 里厍.
 *
 * @example
 * ```ts
 * referenceCommunityIds[3]; //=> 'yushan-lishe'
 * ```
 */
export const referenceCommunityIds = Object.freeze(['qiandeng-yanwu', 'qiandeng-datan', 'yushan-jinghe', 'yushan-lishe'] as const);

/**
 * The four reference communities of the report (paragraph 2) — 千灯炎武社区 (农村新型社区), 千灯大潭村 (纯农村社区),
 * 泾河村 (农夹居社区) and 玉山镇里厍社区 (老城区社区) — with their centres, facilities and the three service items the
 * report names. Only the report's figures: a field the report does not give is absent, never invented. Where a
 * figure needs reading (炎武's "5000余户" as a lower bound, 大潭's households as registered, 炎武 as urban), the
 * record's `notes` say so, and `meta.provenance` says field by field what is *reported* (with paragraph and
 * sentence) and what is *inferred* (with the reasoning) — e.g. `oneStopHall` is reported for 炎武 only and inferred
 * from the city-wide 100% for the other three. Every call returns fresh objects, so a caller may change its copy.
 *
 * @returns the dataset of the four communities
 * @example
 * ```ts
 * const data = referenceCommunities();
 * data.communities?.map((c) => c.name); //=> ['千灯炎武社区', '千灯大潭村', '泾河村', '里厍社区']
 * data.serviceCenters?.[1]?.floorArea; //=> { total: 1300 }
 * ```
 */
export function referenceCommunities(): Dataset {
  return {
    meta: {
      name: '昆山四种社区服务中心模式的参照社区 / The four reference communities of Kunshan\'s centre models',
      asOf: '2012-04-30',
      source:
        '昆山市基本公共服务调研报告, 二 依托社区完善公共服务, paragraph 2 (figures), paragraph 3 (one-stop hall in 100% of communities). Fields the report does not give are left out, not invented; meta.provenance says, field by field, what is reported and what is inferred.',
      provenance: { entries: referenceProvenance() },
    },
    communities: [
      {
        id: 'qiandeng-yanwu',
        name: '千灯炎武社区',
        kind: 'urban',
        model: 'new-rural',
        town: '千灯镇',
        households: { resident: 5000 },
        population: {},
        plannedHouseholds: 7500,
        plannedPopulation: 15000,
        notes:
          '农村新型社区, 2005年12月新建, 安置当地拆迁农民为主; 截至2012年4月底入住5000余户 (5000 is the lower bound). Counted as urban because it has a 社区居委会 (our reading).',
      },
      {
        id: 'qiandeng-datan',
        name: '千灯大潭村',
        kind: 'rural',
        model: 'pure-rural',
        town: '千灯镇',
        households: { registered: 481 },
        population: { registered: 1603 },
        notes: '地处基本农田保护区内的经济薄弱村; 村民481户1603人 (read as registered villagers: our reading).',
      },
      {
        id: 'yushan-jinghe',
        name: '泾河村',
        kind: 'rural',
        model: 'rural-urban-mixed',
        town: '玉山镇',
        households: {},
        population: {},
        notes: '农民动迁小区, 已处于城区; 村委会每天安排一名村干部在服务中心值班, 以确保村民事件当天解决.',
      },
      {
        id: 'yushan-lishe',
        name: '里厍社区',
        kind: 'urban',
        model: 'old-town',
        town: '玉山镇',
        households: {},
        population: {},
        notes: '老城区社区.',
      },
    ],
    serviceCenters: [
      {
        id: 'qiandeng-yanwu-center',
        name: '千灯炎武社区服务中心',
        kind: 'urban-community-service-center',
        communityIds: ['qiandeng-yanwu'],
        oneStopHall: true,
        facilityIds: ['yanwu-hall', 'yanwu-e-reading', 'yanwu-activity', 'yanwu-party-center', 'yanwu-police', 'yanwu-clinic', 'yanwu-committee'],
        notes: '一楼为“一站式”便民服务大厅; 二楼有电子阅览室、活动室、党员活动中心、警务站、医务室, 以及社区居委会.',
      },
      {
        id: 'qiandeng-datan-center',
        name: '千灯大潭村社区服务中心',
        kind: 'village-public-service-center',
        communityIds: ['qiandeng-datan'],
        floorArea: { total: 1300 },
        oneStopHall: true,
        facilityIds: ['datan-clinic', 'datan-library', 'datan-counselling', 'datan-committee', 'datan-outdoor-fitness', 'datan-basketball'],
        notes: '村口一排呈“U”形开放式平房, 建筑面积1300平方米.',
      },
      {
        id: 'yushan-jinghe-center',
        name: '泾河村社区服务中心',
        kind: 'village-public-service-center',
        communityIds: ['yushan-jinghe'],
        siteArea: 1000,
        builtYear: 2003,
        investmentFen: 900000000,
        oneStopHall: true,
        facilityIds: ['jinghe-party-station', 'jinghe-e-reading', 'jinghe-av-room', 'jinghe-gateball', 'jinghe-stage'],
        serviceItemIds: ['jinghe-utilities', 'jinghe-urban-management', 'jinghe-family-planning'],
        // “水电服务、城管服务、计划生育服务等”: the report names three and says 等 — a partial list.
        serviceItemsPartial: true,
        notes: '2003年投资900万元建设, 占地1000平方米; 服务项目据报告“水电服务、城管服务、计划生育服务等”, 只列出三项.',
      },
      {
        id: 'yushan-lishe-center',
        name: '里厍社区服务中心',
        kind: 'urban-community-service-center',
        communityIds: ['yushan-lishe'],
        floorArea: { total: 500 },
        oneStopHall: true,
        notes: '共计500平方米, 其中100多平方米为社区居委会行政办公用房, 其余是居民文体活动区域.',
      },
    ],
    facilities: [
      { id: 'yanwu-hall', kind: 'one-stop-hall', name: '“一站式”便民服务大厅' },
      { id: 'yanwu-e-reading', kind: 'e-reading-room', name: '电子阅览室' },
      { id: 'yanwu-activity', kind: 'activity-room', name: '活动室' },
      { id: 'yanwu-party-center', kind: 'party-member-center', name: '党员活动中心' },
      { id: 'yanwu-police', kind: 'police-station', name: '警务站' },
      { id: 'yanwu-clinic', kind: 'clinic', name: '医务室' },
      { id: 'yanwu-committee', kind: 'committee-office', name: '社区居委会' },
      { id: 'datan-clinic', kind: 'clinic', name: '医务室' },
      { id: 'datan-library', kind: 'library', name: '图书室' },
      { id: 'datan-counselling', kind: 'counselling-room', name: '谈心室' },
      { id: 'datan-committee', kind: 'committee-office', name: '村委会' },
      { id: 'datan-outdoor-fitness', kind: 'outdoor-fitness', name: '室外运动器具' },
      { id: 'datan-basketball', kind: 'basketball-court', name: '篮球场' },
      { id: 'jinghe-party-station', kind: 'party-member-service-station', name: '党员服务站' },
      { id: 'jinghe-e-reading', kind: 'e-reading-room', name: '电子阅览室' },
      { id: 'jinghe-av-room', kind: 'audio-visual-room', name: '电教室' },
      { id: 'jinghe-gateball', kind: 'gateball-court', name: '室内灯光草坪门球场' },
      { id: 'jinghe-stage', kind: 'open-air-stage', name: '露天戏台' },
    ],
    serviceItems: [
      { id: 'jinghe-utilities', code: 'JH-SD', name: '水电服务', category: 'convenience' },
      { id: 'jinghe-urban-management', code: 'JH-CG', name: '城管服务', category: 'other' },
      { id: 'jinghe-family-planning', code: 'JH-JS', name: '计划生育服务', category: 'family-planning' },
    ],
  };
}
