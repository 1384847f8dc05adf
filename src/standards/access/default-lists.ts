/**
 * The default entries of the two lists (两份清单) of Kunshan's 2013 burden-reduction programme. The report names
 * the lists but does not print them, so these defaults are drawn from public law and from the report itself, and
 * a city replaces them with its official lists through `defineProfile` (parameters `access.dutiesList` and
 * `access.assistList`).
 *
 * @module
 */
import { deepFrozen } from '../../deep-freeze.js';
import { kunshanReport, type Citation } from '../../citation.js';
import type { AccessListEntry } from './types.js';

/** The Organic Law of Urban Residents' Committees (1989, amended 2018). */
const ORGANIC_LAW = '中华人民共和国城市居民委员会组织法';

const article3 = (item: number, quote: string): Citation => ({ document: ORGANIC_LAW, section: '第三条', paragraph: item, quote });

/**
 * Default 《基层群众自治组织依法履行职责事项表》: the six tasks of a residents' committee in Article 3 of the
 * Organic Law of Urban Residents' Committees, one entry per item (`duty-1` … `duty-6`; `paragraph` of the source
 * is the item number). An assumption: a city replaces it with its official list.
 *
 * @example
 * ```ts
 * dutiesListDefault[2]; //=> { id: 'duty-3', title: { 'zh-CN': '调解民间纠纷', en: 'Mediating civil disputes' }, source: { …, section: '第三条', paragraph: 3 } }
 * ```
 */
export const dutiesListDefault: readonly AccessListEntry[] = /* @__PURE__ */ deepFrozen(Object.freeze([
  {
    id: 'duty-1',
    title: { 'zh-CN': '宣传宪法、法律、法规和国家的政策', en: 'Publicising the Constitution, laws, regulations and state policy' },
    source: article3(
      1,
      '宣传宪法、法律、法规和国家的政策,维护居民的合法权益,教育居民履行依法应尽的义务,爱护公共财产,开展多种形式的社会主义精神文明建设活动',
    ),
  },
  {
    id: 'duty-2',
    title: { 'zh-CN': '办理本居住地区居民的公共事务和公益事业', en: "Handling residents' public affairs and public-welfare undertakings" },
    source: article3(2, '办理本居住地区居民的公共事务和公益事业'),
  },
  {
    id: 'duty-3',
    title: { 'zh-CN': '调解民间纠纷', en: 'Mediating civil disputes' },
    source: article3(3, '调解民间纠纷'),
  },
  {
    id: 'duty-4',
    title: { 'zh-CN': '协助维护社会治安', en: 'Helping to maintain public order' },
    source: article3(4, '协助维护社会治安'),
  },
  {
    id: 'duty-5',
    title: {
      'zh-CN': '协助做好与居民利益有关的公共卫生、计划生育、优抚救济、青少年教育等项工作',
      en: "Helping with public health, family planning, relief for entitled groups and youth education concerning residents' interests",
    },
    source: article3(5, '协助人民政府或者它的派出机关做好与居民利益有关的公共卫生、计划生育、优抚救济、青少年教育等项工作'),
  },
  {
    id: 'duty-6',
    title: { 'zh-CN': '反映居民的意见、要求和提出建议', en: "Conveying residents' opinions and demands and making proposals" },
    source: article3(6, '向人民政府或者它的派出机关反映居民的意见、要求和提出建议'),
  },
]));

const PUBLIC_SERVICES = kunshanReport(
  6,
  '进一步完善面向全体社区居民的劳动就业、社会保险、慈善救助、社区养老、医疗卫生、计划生育、文体教育、社区安全、法制宣传、外来人口服务等服务项目',
);

const assist = (id: string, zh: string, en: string): AccessListEntry => ({ id: `assist-${id}`, title: { 'zh-CN': zh, en }, source: PUBLIC_SERVICES });

/**
 * Default 《基层群众自治组织协助政府工作事项表》: the ten public-service categories of paragraph 6 of the report
 * (spec §3.1), one entry each (`assist-employment` …, the ids of `ServiceCategory` prefixed with `assist-`). The
 * report names no responsible departments, so the entries name none. An assumption: a city replaces it with its
 * official list.
 *
 * @example
 * ```ts
 * assistListDefault.map((e) => e.title['zh-CN']).slice(0, 3); //=> ['劳动就业', '社会保险', '慈善救助']
 * ```
 */
export const assistListDefault: readonly AccessListEntry[] = /* @__PURE__ */ deepFrozen(Object.freeze([
  assist('employment', '劳动就业', 'Employment'),
  assist('social-insurance', '社会保险', 'Social insurance'),
  assist('charity-relief', '慈善救助', 'Charity and relief'),
  assist('elderly-care', '社区养老', 'Community elderly care'),
  assist('health', '医疗卫生', 'Health care'),
  assist('family-planning', '计划生育', 'Family planning'),
  assist('culture-education', '文体教育', 'Culture, sports and education'),
  assist('community-safety', '社区安全', 'Community safety'),
  assist('legal-publicity', '法制宣传', 'Legal publicity'),
  assist('migrant-services', '外来人口服务', 'Services for migrants'),
]));
