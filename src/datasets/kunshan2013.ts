/**
 * The Kunshan 2013 reference dataset: the four reference communities with the report's figures, and a synthetic
 * city around them built so that the report's city-wide figures (spec §5) come out of the records.
 *
 * @module
 */
import type { Dataset } from '../models/dataset.js';
import type { ProvenanceEntry } from '../models/provenance.js';
import type { CommunityModel, FacilityKind } from '../models/enums.js';
import { kunshan } from '../profiles/kunshan.js';
import { parameter } from '../profiles/parameter.js';
import { makeBurdenRecords } from './kunshan/burden.js';
import { makeCenters } from './kunshan/centers.js';
import { makeCommunities } from './kunshan/communities.js';
import { makeHouseholds } from './kunshan/households.js';
import { makeMatchingRecords, MATCHING_COMMUNITIES } from './kunshan/needs.js';
import { shuffled } from './kunshan/exact.js';
import { assignItems, serviceCatalogue } from './kunshan/items.js';
import { uniqueNames } from './kunshan/names.js';
import { makeOrganizations, makePartnerUnits } from './kunshan/organizations.js';
import { kunshanPlan } from './kunshan/plan.js';
import { makePlaques } from './kunshan/plaques.js';
import { addPremises, UPGRADED_CENTERS } from './kunshan/premises.js';
import { addPublicFacilities } from './kunshan/public-facilities.js';
import { makeProjects } from './kunshan/projects.js';
import { makePropertyRecords } from './kunshan/property.js';
import { makeStaff } from './kunshan/staff.js';
import { planTopology } from './kunshan/topology.js';
import { createRandom } from './random.js';
import { referenceCommunities } from './reference-communities.js';

/** The seed of the synthetic part of {@link kunshan2013}. */
export const KUNSHAN_2013_SEED = 2013;

/** The date the dataset describes: the report counts social organisations "截至2013年第二季度". */
const AS_OF = '2013-06-30';

/** Service-centre staff (not committee members) of each kind: our figure; the report gives none. */
const CENTER_STAFF_PER_KIND = 120;

/** Communities given synthetic access requests, ledgers and creation activities: our figure; the report gives none. */
const BURDEN_COMMUNITIES = 10;

/** Urban communities given synthetic residential estates and property meetings: our figure; the report gives none. */
const PROPERTY_COMMUNITIES = 8;
/** Communities given synthetic households: our figure; the report gives none. */
const HOUSEHOLD_COMMUNITIES = 10;

/** Welfare applications besides the 35 funded in 2012: our figures; the report gives none. */
const APPLICATIONS = { rejected2012: 17, venture2013: 58, bidding2013: 36 } as const;

const SOURCE = [
  '千灯炎武社区、千灯大潭村、泾河村、里厍社区四个参照社区取自《昆山市基本公共服务调研报告》“二 依托社区完善公共服务”第2段,只含报告给出的数字;',
  `其余记录均为合成数据(固定种子 ${KUNSHAN_2013_SEED}),人名、社区名、面积、人数等均系虚构,只是按报告的全市数字构造,使由记录算出的统计数与报告一致`,
  '(服务中心177/130个,社区155/153个,“一站式”大厅100%,服务项目达20个以上85%,社会组织689+1336家,持证社工262+54人,',
  '专职人员1558人86%、“两委会”成员1580人57%,平均用房面积超过1315/1274平方米,共建单位275个,2012年公益创投资助35个社区的项目);',
  `工作准入申请、台账与创建活动(${BURDEN_COMMUNITIES}个合成社区)全为虚构,报告未给出此类记录;`,
  `住宅区、“三位一体工作坊”会议与物业管理联席会议(${PROPERTY_COMMUNITIES}个合成城市社区)全为虚构,报告未给出住宅区、会议或试点名单;`,
  '服务项目所标品牌为合成:品牌名取自报告第3段(乐龄之家、夕阳护春蕾、邻里互助会馆),挂在哪个项目上是虚构的,“爱心超市”是虚构的目录外品牌;',
  `家庭及其成员的就业状态(${HOUSEHOLD_COMMUNITIES}个合成社区)、共建单位面向社会开放的设施及开放时间、服务中心的用房来源均为虚构;`,
  `参与“社区服务中心提升工程”的${UPGRADED_CENTERS}个中心(报告:200余个)及其年份、方式为虚构,其拨付资金按用房面积分摊报告的3.4亿元,合计恰为3.4亿元;`,
  `居民需求、可承接服务的组织与志愿者(${MATCHING_COMMUNITIES}个合成社区,另一家全市就业服务组织)亦全为虚构,报告未给出需求目录与组织目录的内容。`,
  ` / The four reference communities come from the survey report (section 二, paragraph 2) with its figures only; every other record is synthetic (seed ${KUNSHAN_2013_SEED}) — names, areas and counts are invented — built so that the city figures computed from the records match the report's table; the access requests, ledgers and creation activities (in ${BURDEN_COMMUNITIES} synthetic communities) are invented, the report giving none; so are the residential estates, workshop meetings and joint meetings on property management (in ${PROPERTY_COMMUNITIES} synthetic urban communities: the report lists no estate, meeting or pilot); the brands on service items are the report's names (paragraph 3) put on items of our choosing, and 爱心超市 is an invented brand outside the catalogue; so are the households and their members' employment (in ${HOUSEHOLD_COMMUNITIES} synthetic communities), the partner units' facilities open to the public and their hours, and the centres' premises routes; the ${UPGRADED_CENTERS} centres of the upgrade programme (the report: over 200), their years and works are invented, and their funds share out the report's 3.4亿元 by floor area, adding up to it exactly; so are the residents' needs, the organisations able to serve them and the volunteers (in ${MATCHING_COMMUNITIES} synthetic communities, and one city-wide employment service), the report giving no content of the two catalogues.`,
].join('');

/**
 * The Kunshan 2013 dataset: 308 communities (155 urban, 153 rural) and 307 centres (130 urban community service
 * centres, 177 village public service centres — some centres serve two communities, some communities have a second
 * centre), a catalogue of service items, 1,558 urban full-time committee staff and 1,580 rural "两委会" members plus
 * service-centre staff, 316 certified social workers, 689 registered and 1,336 filed social organisations, 275
 * partner units, the 2012 public-welfare venture round (35 funded) and the 2013 applications, plaques and grids;
 * and in 10 synthetic communities the same six work-access requests, five ledgers and five creation activities,
 * so that `access.required`, `ledger.rationalize` and the `evaluation.*` rules have passes and failures (the report
 * gives no such records); in 8 synthetic urban communities three residential estates each, their "三位一体工作坊"
 * meetings and the city's two joint meetings on property management, so that the `property.*` rules have passes and
 * failures (the report gives no such records either); brands on four catalogue items, three of the report's nine
 * and one outside the catalogue, for `brand.in-catalogue`; in 10 synthetic communities households with their
 * members' employment, for `employment.zero-employment-cleared`; the centres' premises routes, 205 centres of the
 * upgrade programme sharing the report's 3.4亿元, and partner units' facilities open to the public; and in 10
 * synthetic communities residents' needs, the organisations and volunteers able to serve them, and one city-wide
 * employment service, so that `service.needs-matched` has passes and failures (the report names the two catalogues
 * of paragraph 6 but gives none of their content).
 *
 * The four reference communities (`referenceCommunities`) carry the report's figures and nothing invented: no
 * synthetic record refers to them. **Everything else is synthetic**, generated from a fixed seed, and constrained so
 * that `cityStatistics` computes the report's figures from the records under the report's rounding: counts exactly;
 * shares as the smallest counts that reach the percentage (262 of 308 communities offer at least 20 items, 85.06%;
 * 1,340 of 1,558 urban staff are professionalised under the default definition, 86.01%; 901 of 1,580 rural, 57.03%);
 * average space half a square metre over the report's "over" figure (1,315.5 and 1,274.5 m², a shared centre's area
 * split equally between the communities it serves; 炎武 and 泾河 report no floor area and are left out). Who holds the
 * certificates (200 urban and 100 rural committee staff, 16 centre staff) is our split; the report gives only the
 * levels. Every call builds fresh objects (same content every time), so a caller may change its copy.
 *
 * @returns the dataset (passes `validateDataset`)
 * @example
 * ```ts
 * const data = kunshan2013();
 * data.communities?.length; //=> 308
 * data.serviceCenters?.filter((c) => c.kind === 'village-public-service-center').length; //=> 177
 * cityStatistics(data, { asOf: '2013-06-30' }).figures['staff.urbanProfessionalised'].share;
 * //=> { numerator: 1340, denominator: 1558, ratio: 0.8600770218228498 }
 * ```
 */
export function kunshan2013(): Dataset {
  const reference = referenceCommunities();
  const plan = kunshanPlan(reference);
  const stream = (k: number) => createRandom(KUNSHAN_2013_SEED * 1000 + k);
  const nextName = uniqueNames(stream(1));

  const templates = modelTemplates(reference);
  const parts = (['urban', 'rural'] as const).map((kind, k) => {
    const topology = planTopology(stream(10 + k), plan[kind].communities, plan[kind].centers);
    const { communities, towns } = makeCommunities(stream(20 + k), kind, topology, nextName);
    const { centers, facilities } = makeCenters(stream(30 + k), topology, communities, towns, plan[kind].floorArea, templates);
    const alone = communities.filter((_, i) => topology.alone[i]).map((c) => c.id);
    return { kind, communities, centers, facilities, alone };
  });
  const communities = parts.flatMap((p) => p.communities);
  const centers = parts.flatMap((p) => p.centers);

  const catalogue = serviceCatalogue();
  const minItems = parameter(kunshan, 'hall.minServiceItems', AS_OF).value;
  const below = new Set(shuffled(stream(40), parts.flatMap((p) => p.alone)).slice(0, communities.length - plan.reachingItems));
  const core = [...(parameter(kunshan, 'service.standardServices', AS_OF).value), 'convenience'];
  assignItems(stream(41), centers, catalogue, { below, min: minItems, core });

  const mainCenter = new Map<string, string>();
  for (const center of centers) for (const id of center.communityIds) if (!mainCenter.has(id)) mainCenter.set(id, center.id);
  const people = parts.map((p, k) => {
    const half = (n: number) => (k === 0 ? Math.ceil(n / 2) : Math.floor(n / 2));
    const { junior, intermediate } = plan.centerStaffCertified;
    return makeStaff(stream(50 + k), {
      communities: p.communities,
      mainCenter,
      committee: { total: plan[p.kind].staff, professionalised: plan[p.kind].professionalised, certified: { ...plan[p.kind].certified } },
      centerStaff: { total: CENTER_STAFF_PER_KIND, certified: { junior: half(junior), intermediate: half(intermediate) } },
    });
  });

  const socialOrganizations = makeOrganizations(stream(60), communities, plan.organizations, nextName);
  const random = stream(70);
  const syntheticPlaques = communities.flatMap((c) => makePlaques(random, c));
  const burden = makeBurdenRecords(stream(100), communities, BURDEN_COMMUNITIES);
  const property = makePropertyRecords(stream(110), communities, PROPERTY_COMMUNITIES);
  const households = makeHouseholds(stream(120), communities, HOUSEHOLD_COMMUNITIES);
  const matching = makeMatchingRecords(stream(150), communities, MATCHING_COMMUNITIES);
  const invented = (
    kind: 'accessRequest' | 'ledger' | 'creationActivity' | 'residentialEstate' | 'propertyMeeting' | 'household' | 'residentNeed' | 'providerListing' | 'volunteer',
    id: string,
  ): ProvenanceEntry => ({
    kind,
    id,
    source: 'synthetic',
    reasoning: '报告未给出此类记录;为使各规则均有符合与不符合项而虚构 / The report gives no such records; invented so that each rule has passes and failures',
  });
  const provenance = {
    // Everything not listed (every record but the four reference communities') is synthetic.
    default: 'synthetic' as const,
    entries: [
      ...(reference.meta?.provenance?.entries ?? []),
      ...burden.accessRequests.map((r) => invented('accessRequest', r.id)),
      ...burden.ledgers.map((r) => invented('ledger', r.id)),
      ...burden.creationActivities.map((r) => invented('creationActivity', r.id)),
      ...property.residentialEstates.map((r) => invented('residentialEstate', r.id)),
      ...property.propertyMeetings.map((r) => invented('propertyMeeting', r.id)),
      ...households.map((r) => invented('household', r.id)),
      ...matching.residentNeeds.map((r) => invented('residentNeed', r.id)),
      ...matching.providerListings.map((r) => invented('providerListing', r.id)),
      ...matching.volunteers.map((r) => invented('volunteer', r.id)),
    ],
  };
  return {
    meta: { name: '昆山市城乡社区公共服务数据集(2013年)/ Kunshan community public services, 2013', asOf: AS_OF, source: SOURCE, provenance },
    communities: [...(reference.communities ?? []), ...communities],
    serviceCenters: [...(reference.serviceCenters ?? []), ...addPremises(stream(140), centers, parameter(kunshan, 'funding.centerUpgrade', AS_OF).value)],
    serviceItems: [...(reference.serviceItems ?? []), ...catalogue],
    facilities: [...(reference.facilities ?? []), ...parts.flatMap((p) => p.facilities)],
    staffMembers: people.flatMap((p) => p.staff),
    socialOrganizations,
    partnerUnits: addPublicFacilities(stream(130), makePartnerUnits(stream(80), communities, plan.partnerUnits, nextName)),
    plaques: syntheticPlaques,
    welfareProjects: makeProjects(stream(90), communities, socialOrganizations, {
      funded2012: plan.ventureFunded2012,
      ...APPLICATIONS,
    }),
    grids: people.flatMap((p) => p.grids),
    ...burden,
    ...property,
    households,
    ...matching,
  };
}

/** The facility kinds of each model's reference centre (not the one-stop hall, which `oneStopHall` records). */
function modelTemplates(reference: Dataset): Map<CommunityModel, FacilityKind[]> {
  const kindOf = new Map((reference.facilities ?? []).map((f) => [f.id, f.kind]));
  const templates = new Map<CommunityModel, FacilityKind[]>();
  for (const community of reference.communities ?? []) {
    const kinds = (reference.serviceCenters ?? [])
      .filter((c) => c.communityIds.includes(community.id))
      .flatMap((c) => c.facilityIds ?? [])
      .flatMap((id) => kindOf.get(id) ?? [])
      .filter((kind) => kind !== 'one-stop-hall');
    if (kinds.length > 0) templates.set(community.model, kinds);
  }
  return templates;
}
