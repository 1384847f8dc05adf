/**
 * Where each field of the four reference communities' records comes from: reported by the report (with the
 * paragraph and the sentence), or inferred (with the reasoning), or — for identifiers — made up.
 *
 * @module
 */
import type { ProvenanceEntry } from '../models/provenance.js';

type Kind = ProvenanceEntry['kind'];

const reported = (kind: Kind, id: string, field: string | undefined, paragraph: number, quote: string): ProvenanceEntry => ({
  kind,
  id,
  ...(field !== undefined && { field }),
  source: 'reported',
  paragraph,
  quote,
});
const inferred = (kind: Kind, id: string, field: string, reasoning: string): ProvenanceEntry => ({ kind, id, field, source: 'inferred', reasoning });

const ONE_STOP =
  '报告未说明本中心是否设有“一站式”服务大厅;第3段“100%的社区创设了“一站式”服务大厅”是全市数字,据此推定 / Not stated for this centre; inferred from the city-wide “100%的社区创设了“一站式”服务大厅” (paragraph 3)';
const CENTRE_NAME = '报告只称“社区服务中心”,名称由社区名加中心类别构成 / The report says only “社区服务中心”; the name is the community’s plus the kind of centre';
const URBAN_CENTRE = '城市社区的中心按城市社区服务中心计 / A centre of an urban community counted as an urban community service centre';
const VILLAGE_CENTRE = '村的中心按村公共服务中心计 / A village’s centre counted as a village public service centre';

/**
 * The provenance entries of `referenceCommunities()`: per field for the communities and centres, per record for
 * the facilities and service items (with their codes, which are ours, and categories, which are our reading).
 * `oneStopHall` is *inferred* for 大潭村, 泾河村 and 里厍社区 (from the city-wide 100%) and *reported* only for 炎武.
 *
 * @returns the entries (fresh objects)
 * @example
 * ```ts
 * referenceProvenance().find((e) => e.id === 'yushan-lishe-center' && e.field === 'oneStopHall')?.source; //=> 'inferred'
 * ```
 */
export function referenceProvenance(): ProvenanceEntry[] {
  const c = 'community';
  const s = 'serviceCenter';
  return [
    // 千灯炎武社区
    reported(c, 'qiandeng-yanwu', 'name', 2, '位于千灯镇东的千灯炎武社区'),
    inferred(c, 'qiandeng-yanwu', 'kind', '有社区居委会(第2段“以及社区居委会”),按城市社区计 / Counted as urban: it has a 社区居委会 (paragraph 2)'),
    reported(c, 'qiandeng-yanwu', 'model', 2, '(1)农村新型社区'),
    reported(c, 'qiandeng-yanwu', 'town', 2, '位于千灯镇东的千灯炎武社区'),
    reported(c, 'qiandeng-yanwu', 'households', 2, '小区居民入住已达5000余户'),
    reported(c, 'qiandeng-yanwu', 'plannedHouseholds', 2, '小区规划居住户数为7500户'),
    reported(c, 'qiandeng-yanwu', 'plannedPopulation', 2, '小区规划居住户数为7500户,人口1.5万'),
    // 千灯大潭村
    reported(c, 'qiandeng-datan', 'name', 2, '千灯大潭村是一个地处基本农田保护区内的经济薄弱村'),
    inferred(c, 'qiandeng-datan', 'kind', '村,有村委会,按农村社区计 / A village with a 村委会, counted as rural'),
    reported(c, 'qiandeng-datan', 'model', 2, '(2)纯农村社区'),
    inferred(c, 'qiandeng-datan', 'town', '名称“千灯大潭村”中的“千灯”,即千灯镇 / From the name 千灯大潭村: 千灯镇'),
    inferred(c, 'qiandeng-datan', 'households', '报告“大潭村共有村民481户1603人”,按户籍户数计是我们的读法 / “481户” is reported; reading it as registered households is ours'),
    inferred(c, 'qiandeng-datan', 'population', '报告“大潭村共有村民481户1603人”,按户籍人口计是我们的读法 / “1603人” is reported; reading it as the registered population is ours'),
    // 泾河村
    reported(c, 'yushan-jinghe', 'name', 2, '泾河村位于玉山镇北'),
    inferred(c, 'yushan-jinghe', 'kind', '村,有村委会,按农村社区计 / A village with a 村委会, counted as rural'),
    reported(c, 'yushan-jinghe', 'model', 2, '(3)农夹居社区'),
    reported(c, 'yushan-jinghe', 'town', 2, '泾河村位于玉山镇北'),
    // 里厍社区
    reported(c, 'yushan-lishe', 'name', 2, '玉山镇里厍社区是个老城区社区'),
    inferred(c, 'yushan-lishe', 'kind', '有社区居委会,按城市社区计 / Counted as urban: it has a 社区居委会'),
    reported(c, 'yushan-lishe', 'model', 2, '(4)老城区社区'),
    reported(c, 'yushan-lishe', 'town', 2, '玉山镇里厍社区是个老城区社区'),
    // 炎武's centre
    inferred(s, 'qiandeng-yanwu-center', 'name', CENTRE_NAME),
    inferred(s, 'qiandeng-yanwu-center', 'kind', URBAN_CENTRE),
    reported(s, 'qiandeng-yanwu-center', 'oneStopHall', 2, '社区服务中心一楼为“一站式”便民服务大厅'),
    reported(s, 'qiandeng-yanwu-center', 'facilityIds', 2, '二楼有电子阅览室、活动室、党员活动中心、警务站、医务室,以及社区居委会'),
    // 大潭村's centre
    inferred(s, 'qiandeng-datan-center', 'name', CENTRE_NAME),
    inferred(s, 'qiandeng-datan-center', 'kind', VILLAGE_CENTRE),
    reported(s, 'qiandeng-datan-center', 'floorArea', 2, '建筑面积1300平方米'),
    inferred(s, 'qiandeng-datan-center', 'oneStopHall', ONE_STOP),
    reported(s, 'qiandeng-datan-center', 'facilityIds', 2, '还设有一个篮球场,两边房子内为功能设施,有医务室、图书室、谈心室,以及村委会等'),
    // 泾河村's centre
    inferred(s, 'yushan-jinghe-center', 'name', CENTRE_NAME),
    inferred(s, 'yushan-jinghe-center', 'kind', VILLAGE_CENTRE),
    reported(s, 'yushan-jinghe-center', 'siteArea', 2, '占地1000平方米'),
    reported(s, 'yushan-jinghe-center', 'builtYear', 2, '2003年,泾河村先后投资900万元建设了社区服务中心'),
    reported(s, 'yushan-jinghe-center', 'investmentFen', 2, '2003年,泾河村先后投资900万元建设了社区服务中心'),
    inferred(s, 'yushan-jinghe-center', 'oneStopHall', ONE_STOP),
    reported(s, 'yushan-jinghe-center', 'facilityIds', 2, '既拥有党员服务站、电子阅览室、电教室、室内灯光草坪门球场、露天戏台等内容丰富的业余活动场所'),
    reported(s, 'yushan-jinghe-center', 'serviceItemIds', 2, '又具有水电服务、城管服务、计划生育服务等公共服务功能'),
    inferred(s, 'yushan-jinghe-center', 'serviceItemsPartial', '报告列出三项后说“等”,清单不完整 / The report names three and says 等: the list is partial'),
    // 里厍社区's centre
    reported(s, 'yushan-lishe-center', 'name', 2, '里厍社区服务中心共计500平方米'),
    inferred(s, 'yushan-lishe-center', 'kind', URBAN_CENTRE),
    reported(s, 'yushan-lishe-center', 'floorArea', 2, '里厍社区服务中心共计500平方米'),
    inferred(s, 'yushan-lishe-center', 'oneStopHall', ONE_STOP),
    // Facilities and items: named by the report; their ids, codes and categories are ours.
    ...[
      ['yanwu-e-reading', '电子阅览室'],
      ['yanwu-activity', '活动室'],
      ['yanwu-party-center', '党员活动中心'],
      ['yanwu-police', '警务站'],
      ['yanwu-clinic', '医务室'],
      ['yanwu-committee', '社区居委会'],
      ['yanwu-hall', '“一站式”便民服务大厅'],
      ['datan-clinic', '医务室'],
      ['datan-library', '图书室'],
      ['datan-counselling', '谈心室'],
      ['datan-committee', '村委会'],
      ['datan-outdoor-fitness', '室外运动器具'],
      ['datan-basketball', '篮球场'],
      ['jinghe-party-station', '党员服务站'],
      ['jinghe-e-reading', '电子阅览室'],
      ['jinghe-av-room', '电教室'],
      ['jinghe-gateball', '室内灯光草坪门球场'],
      ['jinghe-stage', '露天戏台'],
    ].map(([id, quote]) => reported('facility', id as string, undefined, 2, quote as string)),
    ...[
      ['jinghe-utilities', '水电服务'],
      ['jinghe-urban-management', '城管服务'],
      ['jinghe-family-planning', '计划生育服务'],
    ].flatMap(([id, quote]) => [
      reported('serviceItem', id as string, undefined, 2, quote as string),
      { kind: 'serviceItem' as const, id: id as string, field: 'code', source: 'synthetic' as const, reasoning: '报告未给出编号,编号为本库所拟 / The report gives no code; ours' },
      inferred('serviceItem', id as string, 'category', '类别是我们对服务名称的归类 / The category is our classification of the name'),
    ]),
  ];
}
