/**
 * The enumerations of the record models, each with its Chinese and English labels.
 * Terms follow the Kunshan survey report (spec §1–§3); see each label for the Chinese term.
 *
 * @module
 */
import * as z from 'zod';
import { defineLabels } from './labels.js';

/** Members of {@link CommunityKind}. */
export const communityKinds = /* @__PURE__ */ Object.freeze(['urban', 'rural'] as const);
/** 社区类别: urban community (城市社区, 居委会) or rural community (农村社区/村, 村"两委会"). */
export const CommunityKind = z.enum(communityKinds);
/** 社区类别 — `'urban'` or `'rural'`. */
export type CommunityKind = z.infer<typeof CommunityKind>;
/**
 * Labels of {@link CommunityKind}.
 *
 * @example
 * ```ts
 * communityKindLabels.rural['zh-CN']; //=> '农村社区'
 * ```
 */
export const communityKindLabels = defineLabels<CommunityKind>({
  urban: { 'zh-CN': '城市社区', en: 'urban community' },
  rural: { 'zh-CN': '农村社区', en: 'rural community' },
});

/** Members of {@link CommunityModel}. */
export const communityModels = /* @__PURE__ */ Object.freeze(['new-rural', 'pure-rural', 'rural-urban-mixed', 'old-town', 'other'] as const);
/** 社区服务中心模式: the report's four centre models (四种模式), or `other`. */
export const CommunityModel = z.enum(communityModels);
/** 社区服务中心模式 — one of the four models of the report, or `'other'`. */
export type CommunityModel = z.infer<typeof CommunityModel>;
/**
 * Labels of {@link CommunityModel}.
 *
 * @example
 * ```ts
 * communityModelLabels['rural-urban-mixed']['zh-CN']; //=> '农夹居社区'
 * ```
 */
export const communityModelLabels = defineLabels<CommunityModel>({
  'new-rural': { 'zh-CN': '农村新型社区', en: 'new rural community' },
  'pure-rural': { 'zh-CN': '纯农村社区', en: 'purely rural community' },
  'rural-urban-mixed': { 'zh-CN': '农夹居社区', en: 'rural–urban mixed community' },
  'old-town': { 'zh-CN': '老城区社区', en: 'old-town community' },
  other: { 'zh-CN': '其他', en: 'other' },
});

/** Members of {@link CenterKind}. */
export const centerKinds = /* @__PURE__ */ Object.freeze(['urban-community-service-center', 'village-public-service-center'] as const);
/** 服务中心类别: 城市社区服务中心 or 村公共服务中心. */
export const CenterKind = z.enum(centerKinds);
/** 服务中心类别. */
export type CenterKind = z.infer<typeof CenterKind>;
/**
 * Labels of {@link CenterKind}.
 *
 * @example
 * ```ts
 * centerKindLabels['village-public-service-center']['zh-CN']; //=> '村公共服务中心'
 * ```
 */
export const centerKindLabels = defineLabels<CenterKind>({
  'urban-community-service-center': { 'zh-CN': '城市社区服务中心', en: 'urban community service centre' },
  'village-public-service-center': { 'zh-CN': '村公共服务中心', en: 'village public service centre' },
});

/** Members of {@link GovernanceBody}. */
export const governanceBodies = /* @__PURE__ */ Object.freeze([
  'party-organization',
  'residents-committee',
  'villagers-committee',
  'livelihood-service-center',
  'governance-office',
] as const);
/**
 * 社区组织: the bodies of "一支(委)一居一中心一办" — Party branch/committee (党支部/党委), residents' committee
 * (居委会) or villagers' committee (村委会), livelihood comprehensive service centre (社区民生综合服务中心) and
 * comprehensive governance office (综合治理办公室).
 */
export const GovernanceBody = z.enum(governanceBodies);
/** 社区组织 — one body of "一支(委)一居一中心一办". */
export type GovernanceBody = z.infer<typeof GovernanceBody>;
/**
 * Labels of {@link GovernanceBody}.
 *
 * @example
 * ```ts
 * governanceBodyLabels['governance-office']['zh-CN']; //=> '综合治理办公室'
 * ```
 */
export const governanceBodyLabels = defineLabels<GovernanceBody>({
  'party-organization': { 'zh-CN': '社区党组织', en: 'community Party organisation' },
  'residents-committee': { 'zh-CN': '社区居委会', en: "residents' committee" },
  'villagers-committee': { 'zh-CN': '村委会', en: "villagers' committee" },
  'livelihood-service-center': { 'zh-CN': '社区民生综合服务中心', en: 'livelihood comprehensive service centre' },
  'governance-office': { 'zh-CN': '综合治理办公室', en: 'comprehensive governance office' },
});

/** Members of {@link GovernanceService}. */
export const governanceServices = /* @__PURE__ */ Object.freeze([
  'policing',
  'public-security',
  'stability',
  'mediation',
  'petitions',
  'legal-aid',
] as const);
/** "六位一体" 综合治理办公室 services: 警务, 综治, 维稳, 调解, 信访, 法律援助. */
export const GovernanceService = z.enum(governanceServices);
/** One of the six services of the "六位一体" governance office. */
export type GovernanceService = z.infer<typeof GovernanceService>;
/**
 * Labels of {@link GovernanceService}.
 *
 * @example
 * ```ts
 * governanceServiceLabels['legal-aid']['zh-CN']; //=> '法律援助'
 * ```
 */
export const governanceServiceLabels = defineLabels<GovernanceService>({
  policing: { 'zh-CN': '警务', en: 'policing' },
  'public-security': { 'zh-CN': '综治', en: 'public-security management' },
  stability: { 'zh-CN': '维稳', en: 'stability maintenance' },
  mediation: { 'zh-CN': '调解', en: 'mediation' },
  petitions: { 'zh-CN': '信访', en: 'petitions' },
  'legal-aid': { 'zh-CN': '法律援助', en: 'legal aid' },
});

/** Members of {@link StationKind}. */
export const stationKinds = /* @__PURE__ */ Object.freeze([
  'government-affairs',
  'health',
  'culture-sports',
  'daily-life',
  'social-organization',
  'social-work',
] as const);
/**
 * "5+1" 站: the five stations 政务受理站, 卫生服务站, 文体服务站, 生活服务站, 社会组织服务站, and the "+1"
 * professional social-work service (社会工作专业服务).
 */
export const StationKind = z.enum(stationKinds);
/** A station of the "5+1" model. */
export type StationKind = z.infer<typeof StationKind>;
/**
 * Labels of {@link StationKind}.
 *
 * @example
 * ```ts
 * stationKindLabels.health['zh-CN']; //=> '卫生服务站'
 * ```
 */
export const stationKindLabels = defineLabels<StationKind>({
  'government-affairs': { 'zh-CN': '政务受理站', en: 'government affairs acceptance station' },
  health: { 'zh-CN': '卫生服务站', en: 'health service station' },
  'culture-sports': { 'zh-CN': '文体服务站', en: 'culture and sports station' },
  'daily-life': { 'zh-CN': '生活服务站', en: 'daily-life service station' },
  'social-organization': { 'zh-CN': '社会组织服务站', en: 'social organisation service station' },
  'social-work': { 'zh-CN': '社会工作专业服务', en: 'professional social-work service' },
});

/** Members of {@link ServiceMode}. */
export const serviceModes = /* @__PURE__ */ Object.freeze(['one-door', 'one-stop', 'one-card'] as const);
/** 服务模式: "一门式、一站式、一卡通". */
export const ServiceMode = z.enum(serviceModes);
/** One of "一门式、一站式、一卡通". */
export type ServiceMode = z.infer<typeof ServiceMode>;
/**
 * Labels of {@link ServiceMode}.
 *
 * @example
 * ```ts
 * serviceModeLabels['one-card']['zh-CN']; //=> '一卡通'
 * ```
 */
export const serviceModeLabels = defineLabels<ServiceMode>({
  'one-door': { 'zh-CN': '一门式', en: 'one door' },
  'one-stop': { 'zh-CN': '一站式', en: 'one stop' },
  'one-card': { 'zh-CN': '一卡通', en: 'one card' },
});

/** Members of {@link SocialOrganizationType}. */
export const socialOrganizationTypes = /* @__PURE__ */ Object.freeze([
  'social-group',
  'private-non-enterprise',
  'foundation',
  'filed-community',
] as const);
/** 社会组织类型: 社会团体, 民办非企业单位, 基金会 (registered), or 备案的社区社会组织 (filed). */
export const SocialOrganizationType = z.enum(socialOrganizationTypes);
/** 社会组织类型. */
export type SocialOrganizationType = z.infer<typeof SocialOrganizationType>;
/**
 * Labels of {@link SocialOrganizationType}.
 *
 * @example
 * ```ts
 * socialOrganizationTypeLabels.foundation['zh-CN']; //=> '基金会'
 * ```
 */
export const socialOrganizationTypeLabels = defineLabels<SocialOrganizationType>({
  'social-group': { 'zh-CN': '社会团体', en: 'social group' },
  'private-non-enterprise': { 'zh-CN': '民办非企业单位', en: 'private non-enterprise unit' },
  foundation: { 'zh-CN': '基金会', en: 'foundation' },
  'filed-community': { 'zh-CN': '备案的社区社会组织', en: 'filed community social organisation' },
});

/** Members of {@link SocialWorkerLevel}. */
export const socialWorkerLevels = /* @__PURE__ */ Object.freeze(['junior', 'intermediate', 'senior'] as const);
/**
 * 社会工作者职业水平: 初级 (助理社会工作师), 中级 (社会工作师); 高级 exists nationally though the report counts
 * only the first two.
 */
export const SocialWorkerLevel = z.enum(socialWorkerLevels);
/** 持证社工等级. */
export type SocialWorkerLevel = z.infer<typeof SocialWorkerLevel>;
/**
 * Labels of {@link SocialWorkerLevel}.
 *
 * @example
 * ```ts
 * socialWorkerLevelLabels.junior['zh-CN']; //=> '初级'
 * ```
 */
export const socialWorkerLevelLabels = defineLabels<SocialWorkerLevel>({
  junior: { 'zh-CN': '初级', en: 'junior' },
  intermediate: { 'zh-CN': '中级', en: 'intermediate' },
  senior: { 'zh-CN': '高级', en: 'senior' },
});

/** Members of {@link EducationLevel}. */
export const educationLevels = /* @__PURE__ */ Object.freeze(['below-college', 'college', 'bachelor', 'postgraduate'] as const);
/** 学历: below college (大专以下), college (大专), bachelor (本科), postgraduate (研究生). */
export const EducationLevel = z.enum(educationLevels);
/** 学历. */
export type EducationLevel = z.infer<typeof EducationLevel>;
/**
 * Labels of {@link EducationLevel}.
 *
 * @example
 * ```ts
 * educationLevelLabels.college['zh-CN']; //=> '大专'
 * ```
 */
export const educationLevelLabels = defineLabels<EducationLevel>({
  'below-college': { 'zh-CN': '大专以下', en: 'below college' },
  college: { 'zh-CN': '大专', en: 'college' },
  bachelor: { 'zh-CN': '本科', en: "bachelor's" },
  postgraduate: { 'zh-CN': '研究生', en: 'postgraduate' },
});

/** Members of {@link StaffRole}. */
export const staffRoles = /* @__PURE__ */ Object.freeze(['party-organization-member', 'committee-member', 'center-staff', 'other'] as const);
/**
 * 岗位: member of the community Party organisation (社区党组织成员), of the residents'/villagers' committee
 * (居委会/村委会成员; with the first, the rural "两委会"), staff of the service centre, other.
 */
export const StaffRole = z.enum(staffRoles);
/** 岗位. */
export type StaffRole = z.infer<typeof StaffRole>;
/**
 * Labels of {@link StaffRole}.
 *
 * @example
 * ```ts
 * staffRoleLabels['committee-member']['zh-CN']; //=> '居(村)委会成员'
 * ```
 */
export const staffRoleLabels = defineLabels<StaffRole>({
  'party-organization-member': { 'zh-CN': '社区党组织成员', en: 'Party organisation member' },
  'committee-member': { 'zh-CN': '居(村)委会成员', en: 'committee member' },
  'center-staff': { 'zh-CN': '服务中心工作人员', en: 'service centre staff' },
  other: { 'zh-CN': '其他', en: 'other' },
});

/** Members of {@link AccessRequestKind}. */
export const accessRequestKinds = /* @__PURE__ */ Object.freeze([
  'task',
  'inspection',
  'assessment',
  'appraisal',
  'training',
  'plaque',
  'stamp',
  'compliance-upgrade',
] as const);
/** 准入事项类别: 工作任务, 检查, 考核, 评比, 培训, 挂牌, 盖章, 达标升级. */
export const AccessRequestKind = z.enum(accessRequestKinds);
/** 准入事项类别. */
export type AccessRequestKind = z.infer<typeof AccessRequestKind>;
/**
 * Labels of {@link AccessRequestKind}.
 *
 * @example
 * ```ts
 * accessRequestKindLabels['compliance-upgrade']['zh-CN']; //=> '达标升级'
 * ```
 */
export const accessRequestKindLabels = defineLabels<AccessRequestKind>({
  task: { 'zh-CN': '工作任务', en: 'task' },
  inspection: { 'zh-CN': '检查', en: 'inspection' },
  assessment: { 'zh-CN': '考核', en: 'assessment' },
  appraisal: { 'zh-CN': '评比', en: 'appraisal' },
  training: { 'zh-CN': '培训', en: 'training' },
  plaque: { 'zh-CN': '挂牌', en: 'plaque-hanging' },
  stamp: { 'zh-CN': '盖章', en: 'stamping' },
  'compliance-upgrade': { 'zh-CN': '达标升级', en: 'compliance / upgrade campaign' },
});

/** Members of {@link ServiceCategory}. */
export const serviceCategories = /* @__PURE__ */ Object.freeze([
  'employment',
  'social-insurance',
  'charity-relief',
  'elderly-care',
  'health',
  'family-planning',
  'culture-education',
  'community-safety',
  'legal-publicity',
  'migrant-services',
  'convenience',
  'property',
  'volunteer-mutual-aid',
  'other',
] as const);
/**
 * 服务类别 (spec §3.1): the public-service items 劳动就业, 社会保险, 慈善救助, 社区养老, 医疗卫生, 计划生育, 文体教育,
 * 社区安全, 法制宣传, 外来人口服务; market convenience services (便民利民服务, 物业服务); volunteer mutual aid
 * (志愿互助服务); other.
 */
export const ServiceCategory = z.enum(serviceCategories);
/** 服务类别. */
export type ServiceCategory = z.infer<typeof ServiceCategory>;
/**
 * Labels of {@link ServiceCategory}.
 *
 * @example
 * ```ts
 * serviceCategoryLabels['elderly-care']['zh-CN']; //=> '社区养老'
 * ```
 */
export const serviceCategoryLabels = defineLabels<ServiceCategory>({
  employment: { 'zh-CN': '劳动就业', en: 'employment' },
  'social-insurance': { 'zh-CN': '社会保险', en: 'social insurance' },
  'charity-relief': { 'zh-CN': '慈善救助', en: 'charity and relief' },
  'elderly-care': { 'zh-CN': '社区养老', en: 'community elderly care' },
  health: { 'zh-CN': '医疗卫生', en: 'health care' },
  'family-planning': { 'zh-CN': '计划生育', en: 'family planning' },
  'culture-education': { 'zh-CN': '文体教育', en: 'culture, sports and education' },
  'community-safety': { 'zh-CN': '社区安全', en: 'community safety' },
  'legal-publicity': { 'zh-CN': '法制宣传', en: 'legal publicity' },
  'migrant-services': { 'zh-CN': '外来人口服务', en: 'services for migrants' },
  convenience: { 'zh-CN': '便民利民服务', en: 'convenience services' },
  property: { 'zh-CN': '物业服务', en: 'property services' },
  'volunteer-mutual-aid': { 'zh-CN': '志愿互助服务', en: 'volunteer mutual aid' },
  other: { 'zh-CN': '其他', en: 'other' },
});

/** Members of {@link TargetGroup}. */
export const targetGroups = /* @__PURE__ */ Object.freeze(['entitled-groups', 'low-income', 'minors', 'elderly', 'disabled', 'new-residents'] as const);
/** 服务对象: 优抚对象, 低收入群体, 未成年人, 老年人, 残疾人, 新昆山人 (migrants). */
export const TargetGroup = z.enum(targetGroups);
/** 服务对象. */
export type TargetGroup = z.infer<typeof TargetGroup>;
/**
 * Labels of {@link TargetGroup}.
 *
 * @example
 * ```ts
 * targetGroupLabels['new-residents']['zh-CN']; //=> '新昆山人'
 * ```
 */
export const targetGroupLabels = defineLabels<TargetGroup>({
  'entitled-groups': { 'zh-CN': '优抚对象', en: 'entitled groups (veterans and dependants)' },
  'low-income': { 'zh-CN': '低收入群体', en: 'low-income groups' },
  minors: { 'zh-CN': '未成年人', en: 'minors' },
  elderly: { 'zh-CN': '老年人', en: 'elderly people' },
  disabled: { 'zh-CN': '残疾人', en: 'people with disabilities' },
  'new-residents': { 'zh-CN': '新昆山人', en: 'new residents (migrants)' },
});

/** Members of {@link FacilityKind}. */
export const facilityKinds = /* @__PURE__ */ Object.freeze([
  'one-stop-hall',
  'e-reading-room',
  'activity-room',
  'party-member-center',
  'party-member-service-station',
  'police-station',
  'clinic',
  'library',
  'counselling-room',
  'basketball-court',
  'outdoor-fitness',
  'audio-visual-room',
  'gateball-court',
  'open-air-stage',
  'committee-office',
  'other',
] as const);
/** 设施类别 (spec §2): the facilities the report names at the four reference centres, plus `other`. */
export const FacilityKind = z.enum(facilityKinds);
/** 设施类别. */
export type FacilityKind = z.infer<typeof FacilityKind>;
/**
 * Labels of {@link FacilityKind}.
 *
 * @example
 * ```ts
 * facilityKindLabels['open-air-stage']['zh-CN']; //=> '露天戏台'
 * ```
 */
export const facilityKindLabels = defineLabels<FacilityKind>({
  'one-stop-hall': { 'zh-CN': '“一站式”便民服务大厅', en: 'one-stop service hall' },
  'e-reading-room': { 'zh-CN': '电子阅览室', en: 'e-reading room' },
  'activity-room': { 'zh-CN': '活动室', en: 'activity room' },
  'party-member-center': { 'zh-CN': '党员活动中心', en: 'Party members’ activity centre' },
  'party-member-service-station': { 'zh-CN': '党员服务站', en: 'Party members’ service station' },
  'police-station': { 'zh-CN': '警务站', en: 'police post' },
  clinic: { 'zh-CN': '医务室', en: 'clinic' },
  library: { 'zh-CN': '图书室', en: 'library' },
  'counselling-room': { 'zh-CN': '谈心室', en: 'counselling room' },
  'basketball-court': { 'zh-CN': '篮球场', en: 'basketball court' },
  'outdoor-fitness': { 'zh-CN': '室外运动器具', en: 'outdoor fitness equipment' },
  'audio-visual-room': { 'zh-CN': '电教室', en: 'audio-visual classroom' },
  'gateball-court': { 'zh-CN': '室内灯光草坪门球场', en: 'indoor lit gateball court' },
  'open-air-stage': { 'zh-CN': '露天戏台', en: 'open-air stage' },
  'committee-office': { 'zh-CN': '居(村)委会办公用房', en: 'committee offices' },
  other: { 'zh-CN': '其他', en: 'other' },
});

/** Members of {@link Weekday}. */
export const weekdays = /* @__PURE__ */ Object.freeze(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const);
/** 星期: a day of the week, Monday first (ISO 8601). */
export const Weekday = z.enum(weekdays);
/** A day of the week. */
export type Weekday = z.infer<typeof Weekday>;
/**
 * Labels of {@link Weekday}.
 *
 * @example
 * ```ts
 * weekdayLabels.sat['zh-CN']; //=> '星期六'
 * ```
 */
export const weekdayLabels = defineLabels<Weekday>({
  mon: { 'zh-CN': '星期一', en: 'Monday' },
  tue: { 'zh-CN': '星期二', en: 'Tuesday' },
  wed: { 'zh-CN': '星期三', en: 'Wednesday' },
  thu: { 'zh-CN': '星期四', en: 'Thursday' },
  fri: { 'zh-CN': '星期五', en: 'Friday' },
  sat: { 'zh-CN': '星期六', en: 'Saturday' },
  sun: { 'zh-CN': '星期日', en: 'Sunday' },
});

/** Members of {@link PremisesRoute}. */
export const premisesRoutes = /* @__PURE__ */ Object.freeze(['planned-site', 'extension', 'developer-provided', 'co-built'] as const);
/**
 * 用房来源: the four routes by which centres got their premises (paragraph 8: "规划布点落实一批,加层扩建改造一批,
 * 房屋开发商提供一批,社区共建解决一批"): `planned-site` (规划布点落实: a site set aside in the plan), `extension`
 * (加层扩建改造: an added storey, an extension or a conversion), `developer-provided` (房屋开发商提供: provided by a
 * housing developer) and `co-built` (社区共建解决: solved by co-building with units of the area).
 */
export const PremisesRoute = z.enum(premisesRoutes);
/** 用房来源. */
export type PremisesRoute = z.infer<typeof PremisesRoute>;
/**
 * Labels of {@link PremisesRoute}, in the report's words.
 *
 * @example
 * ```ts
 * premisesRouteLabels['developer-provided']['zh-CN']; //=> '房屋开发商提供'
 * ```
 */
export const premisesRouteLabels = defineLabels<PremisesRoute>({
  'planned-site': { 'zh-CN': '规划布点落实', en: 'site set aside in the plan' },
  extension: { 'zh-CN': '加层扩建改造', en: 'added storey, extension or conversion' },
  'developer-provided': { 'zh-CN': '房屋开发商提供', en: 'provided by a housing developer' },
  'co-built': { 'zh-CN': '社区共建解决', en: 'solved by co-building with local units' },
});

/** Members of {@link UpgradeWorks}. */
export const upgradeWorksKinds = /* @__PURE__ */ Object.freeze(['new-build', 'rebuild-extend'] as const);
/** 提升工程建设方式: `new-build` (新建) or `rebuild-extend` (改扩建), paragraph 8: "用于新建、改扩建". */
export const UpgradeWorks = z.enum(upgradeWorksKinds);
/** 提升工程建设方式. */
export type UpgradeWorks = z.infer<typeof UpgradeWorks>;
/**
 * Labels of {@link UpgradeWorks}.
 *
 * @example
 * ```ts
 * upgradeWorksLabels['rebuild-extend']['zh-CN']; //=> '改扩建'
 * ```
 */
export const upgradeWorksLabels = defineLabels<UpgradeWorks>({
  'new-build': { 'zh-CN': '新建', en: 'new build' },
  'rebuild-extend': { 'zh-CN': '改扩建', en: 'rebuilt or extended' },
});
