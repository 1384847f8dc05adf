/**
 * Text of the HSDS export (`community-standards/interop`), in every locale: the attribute taxonomy's names and
 * descriptions, and the descriptions the export writes where HSDS requires one. Logic emits codes and numbers;
 * the text lives here.
 *
 * @module
 */
import type { FactGroup, FactTerm, EnumerationGroup } from './taxonomy-codes.js';
import type { Locale } from '../locale.js';

/** A term's name and description. */
export interface TermText {
  /** The name. */
  readonly name: string;
  /** What it means, with the unit of its value where it has one. */
  readonly description: string;
}

/** What the description of a community organisation receives (labels already in the locale). */
export interface CommunityDescriptionInput {
  /** The kind's label, e.g. `城市社区`. */
  readonly kind: string;
  /** The model's label, e.g. `农村新型社区`. */
  readonly model: string;
  /** The town, if known. */
  readonly town?: string | undefined;
}

/** What the description of the service circle receives. */
export interface ServiceCircleInput {
  /** The centre's name. */
  readonly center: string;
  /** Walking time, minutes. */
  readonly minutes: number;
  /** Walking speed, metres per minute. */
  readonly walkingSpeed: number;
  /** Detour factor (route ÷ straight line). */
  readonly detourFactor: number;
  /** The straight-line radius, metres (rounded for display). */
  readonly radiusMetres: number;
}

/** Every text of the HSDS export, for one locale. */
export interface InteropMessages {
  /** ISO 639-1 code of the locale, for `taxonomy_term.language`. */
  readonly language: string;
  /** The attribute taxonomy. */
  readonly taxonomy: TermText;
  /** The groups of the taxonomy. */
  readonly groups: Readonly<Record<EnumerationGroup | FactGroup, TermText>>;
  /** The fact terms. */
  readonly facts: Readonly<Record<FactTerm, TermText>>;
  /** Description of a member term. */
  readonly memberDescription: (input: { group: string; member: string }) => string;
  /** Description of a community organisation. */
  readonly communityDescription: (input: CommunityDescriptionInput) => string;
  /** Description of a social organisation (its type's label, the labels of its service categories). */
  readonly socialOrganizationDescription: (input: { type: string; categories: readonly string[] }) => string;
  /** Description of the location of a community. */
  readonly communityLocation: (input: { community: string }) => string;
  /** Who a service is for (labels of its target groups). */
  readonly eligibility: (input: { groups: readonly string[] }) => string;
  /** A list of labels, e.g. roles. */
  readonly list: (items: readonly string[]) => string;
  /** A run of three or more consecutive days, e.g. `星期一至星期五`. */
  readonly dayRange: (input: { from: string; to: string }) => string;
  /** A weekly band: days (already rendered) and hours. */
  readonly weeklyBand: (input: { days: string; opens: string; closes: string }) => string;
  /** A date on which the place is closed. */
  readonly closedOn: (input: { date: string; note?: string | undefined }) => string;
  /** A date with special hours. */
  readonly openOn: (input: { date: string; opens: string; closes: string; note?: string | undefined }) => string;
  /** Name of the service circle of a centre. */
  readonly serviceCircleName: (input: ServiceCircleInput) => string;
  /** Description of the service circle, with its radius formula. */
  readonly serviceCircleDescription: (input: ServiceCircleInput) => string;
}

const fmt = (n: number): string => String(Math.round(n * 100) / 100);
const noteZh = (note: string | undefined): string => (note === undefined || note === '' ? '' : `(${note})`);
const noteEn = (note: string | undefined): string => (note === undefined || note === '' ? '' : ` (${note})`);

const zhCN: InteropMessages = {
  language: 'zh',
  taxonomy: {
    name: '社区公共服务标准属性分类',
    description:
      'community-standards 库导出 HSDS 时使用的属性分类:HSDS 没有对应字段的内容(“5+1”站点、设施、志愿服务、工作准入、社区类别与模式、户数与人口等)以属性表示。',
  },
  groups: {
    'community-kind': { name: '社区类别', description: '城市社区(居委会)或农村社区/村(村“两委会”)。' },
    'community-model': { name: '社区服务中心模式', description: '调研报告所述四种社区服务中心模式之一,或其他。' },
    'governance-body': { name: '社区组织', description: '“一支(委)一居一中心一办”中社区已有的组织。' },
    'governance-office-service': { name: '综合治理办公室服务', description: '“六位一体”综合治理办公室提供的服务。' },
    'center-kind': { name: '服务中心类别', description: '城市社区服务中心或村公共服务中心。' },
    station: { name: '“5+1”站点', description: '服务中心设立的“5+1”站点:五个服务站和社会工作专业服务。' },
    'service-mode': { name: '服务模式', description: '服务中心实行的“一门式、一站式、一卡通”服务模式。' },
    facility: { name: '设施', description: '服务中心的设施;属性值为设施名称。' },
    'service-category': { name: '服务类别', description: '服务项目或社会组织服务领域所属的类别。' },
    'target-group': { name: '服务对象', description: '服务项目面向的人群。' },
    'social-organization-type': { name: '社会组织类型', description: '社会团体、民办非企业单位、基金会或备案的社区社会组织。' },
    'staff-role': { name: '岗位', description: '社区专职人员的岗位。' },
    'social-worker-level': { name: '持证社工等级', description: '社会工作者职业水平证书等级。' },
    'access-request': { name: '工作准入申请', description: '部门要求进入社区的事项(准入制);属性值为“部门:事项名称”。' },
    'access-decision': { name: '工作准入决定', description: '按准入制对申请作出的决定(本职事项、准入或不予准入);属性值为决定理由。' },
    'community-profile': { name: '社区概况', description: '社区的户数、人口及其他概况。' },
    'center-profile': { name: '服务中心概况', description: '服务中心的用房、投资、人员等概况。' },
    'service-item-profile': { name: '服务项目信息', description: '服务项目的代码、“6+X”归属与品牌。' },
    'social-organization-profile': { name: '社会组织信息', description: '社会组织的登记日期和服务社区。' },
    'staff-profile': { name: '人员信息', description: '社区专职人员的任职信息。' },
    volunteering: { name: '志愿服务', description: '社区的注册志愿者和志愿服务时长。' },
  },
  facts: {
    'community-profile.town': { name: '所属镇(区)', description: '社区所属的镇或区。' },
    'community-profile.households-registered': { name: '户籍户数', description: '户籍人口户数(户)。' },
    'community-profile.households-resident': { name: '常住户数', description: '常住人口户数(户)。' },
    'community-profile.population-registered': { name: '户籍人口', description: '户籍人口(人)。' },
    'community-profile.population-resident': { name: '常住人口', description: '常住人口(人)。' },
    'community-profile.planned-households': { name: '规划户数', description: '规划户数(户)。' },
    'community-profile.planned-population': { name: '规划人口', description: '规划人口(人)。' },
    'community-profile.grid-based': { name: '网格化服务', description: '是否实行网格化服务(true/false)。' },
    'community-profile.property-triad': { name: '三位一体工作坊', description: '社区、物业公司、业委会是否共同协商(true/false)。' },
    'center-profile.one-stop-hall': { name: '“一站式”服务大厅', description: '是否设有“一站式”服务大厅(true/false)。' },
    'center-profile.floor-area-office': { name: '办公用房面积', description: '办公用房面积(平方米)。' },
    'center-profile.floor-area-service': { name: '服务用房面积', description: '服务用房面积(平方米)。' },
    'center-profile.floor-area-activity': { name: '活动用房面积', description: '活动用房面积(平方米)。' },
    'center-profile.floor-area-total': { name: '用房面积合计', description: '用房面积合计(平方米)。' },
    'center-profile.site-area': { name: '占地面积', description: '占地面积(平方米)。' },
    'center-profile.built-year': { name: '建成年份', description: '建成年份。' },
    'center-profile.investment-fen': { name: '投资额', description: '投资额(分,1 元 = 100 分)。' },
    'center-profile.staff-count': { name: '专职工作人员数', description: '专职工作人员数(人)。' },
    'center-profile.serves-community': { name: '服务社区', description: '服务中心服务的社区;属性值为该社区组织的 HSDS 编号。' },
    'service-item-profile.code': { name: '项目代码', description: '服务项目在城市目录中的代码。' },
    'service-item-profile.standard-service': { name: '“6+X”标准服务', description: '服务项目对应的“6+X”标准服务(配置文件中的服务编号)。' },
    'service-item-profile.featured': { name: '“6+X”特色服务', description: '是否为本地特色服务(“X”)(true/false)。' },
    'service-item-profile.brand': { name: '服务品牌', description: '服务项目所属的服务品牌。' },
    'social-organization-profile.registered-on': { name: '登记(备案)日期', description: '登记或备案日期(YYYY-MM-DD)。' },
    'social-organization-profile.works-in-community': { name: '服务社区', description: '社会组织服务的社区;属性值为该社区组织的 HSDS 编号。' },
    'staff-profile.full-time': { name: '专职', description: '是否为社区专职人员(true/false)。' },
    'volunteering.volunteers': { name: '注册志愿者数', description: '所属社区为本社区的注册志愿者人数(人)。' },
    'volunteering.activities': { name: '志愿服务次数', description: '在本社区开展的志愿服务记录条数。' },
    'volunteering.hours': { name: '志愿服务时长', description: '在本社区开展的志愿服务累计时长(小时);服务积分按积分规则由时长折算。' },
  },
  memberDescription: ({ group, member }) => `${group}:${member}`,
  communityDescription: ({ kind, model, town }) => `${town === undefined ? '' : `${town}`}${kind}(${model})。`,
  socialOrganizationDescription: ({ type, categories }) =>
    categories.length === 0 ? `${type}。` : `${type};服务领域:${categories.join('、')}。`,
  communityLocation: ({ community }) => `${community}所在地。`,
  eligibility: ({ groups }) => `服务对象:${groups.join('、')}。`,
  list: (items) => items.join('、'),
  dayRange: ({ from, to }) => `${from}至${to}`,
  weeklyBand: ({ days, opens, closes }) => `每周${days} ${opens}–${closes} 开放。`,
  closedOn: ({ date, note }) => `${date} 不开放${noteZh(note)}。`,
  openOn: ({ date, opens, closes, note }) => `${date} ${opens}–${closes} 开放${noteZh(note)}。`,
  serviceCircleName: ({ center, minutes }) => `${center} ${fmt(minutes)}分钟社区服务圈`,
  serviceCircleDescription: ({ minutes, walkingSpeed, detourFactor, radiusMetres }) =>
    `以服务中心为圆心、半径 ${fmt(radiusMetres)} 米的圆:步行 ${fmt(minutes)} 分钟 × ${fmt(walkingSpeed)} 米/分钟 ÷ 绕行系数 ${fmt(detourFactor)}。`,
};

const en: InteropMessages = {
  language: 'en',
  taxonomy: {
    name: 'Community public-service standards attributes',
    description:
      'The attribute taxonomy of the community-standards HSDS export: what HSDS has no field for (the "5+1" stations, facilities, volunteering, work access, the community’s kind and model, households and population, …) is carried as attributes.',
  },
  groups: {
    'community-kind': { name: 'Community kind', description: "Urban community (residents' committee) or rural community / village." },
    'community-model': { name: 'Service centre model', description: 'Which of the report’s four service-centre models the community follows, or other.' },
    'governance-body': { name: 'Community bodies', description: 'Which bodies of "one branch, one committee, one centre, one office" the community has.' },
    'governance-office-service': { name: 'Governance office services', description: 'The services of the "six-in-one" comprehensive governance office.' },
    'center-kind': { name: 'Service centre kind', description: 'Urban community service centre or village public service centre.' },
    station: { name: '"5+1" station', description: 'The stations of the "5+1" model a centre runs: five service stations and professional social work.' },
    'service-mode': { name: 'Service mode', description: 'Which of "one door, one stop, one card" a centre practises.' },
    facility: { name: 'Facility', description: 'A facility of a service centre; the value is the facility’s name.' },
    'service-category': { name: 'Service category', description: 'The category of a service item, or a field a social organisation works in.' },
    'target-group': { name: 'Target group', description: 'A group a service item is meant for.' },
    'social-organization-type': { name: 'Social organisation type', description: 'Social group, private non-enterprise unit, foundation or filed community social organisation.' },
    'staff-role': { name: 'Staff role', description: 'A role of a member of a community’s full-time staff.' },
    'social-worker-level': { name: 'Social-work certificate', description: 'The level of a social worker’s professional certificate.' },
    'access-request': { name: 'Work access request', description: 'A department’s request to push work onto the community; the value is "department: title".' },
    'access-decision': { name: 'Work access decision', description: 'The decision on a request under the access system (own duty, admitted or refused); the value is its reason.' },
    'community-profile': { name: 'Community profile', description: 'Households, population and other facts of a community.' },
    'center-profile': { name: 'Service centre profile', description: 'Floor area, investment, staff and other facts of a service centre.' },
    'service-item-profile': { name: 'Service item details', description: 'A service item’s code, its place in "6+X" and its brand.' },
    'social-organization-profile': { name: 'Social organisation details', description: 'When a social organisation was registered, and where it works.' },
    'staff-profile': { name: 'Staff details', description: 'Facts about a member of a community’s staff.' },
    volunteering: { name: 'Volunteering', description: 'Registered volunteers and hours of volunteer service in a community.' },
  },
  facts: {
    'community-profile.town': { name: 'Town', description: 'The town or district the community belongs to.' },
    'community-profile.households-registered': { name: 'Registered households', description: 'Households of the registered population (households).' },
    'community-profile.households-resident': { name: 'Resident households', description: 'Households of the resident population (households).' },
    'community-profile.population-registered': { name: 'Registered population', description: 'Registered population (people).' },
    'community-profile.population-resident': { name: 'Resident population', description: 'Resident population (people).' },
    'community-profile.planned-households': { name: 'Planned households', description: 'Planned households (households).' },
    'community-profile.planned-population': { name: 'Planned population', description: 'Planned population (people).' },
    'community-profile.grid-based': { name: 'Grid-based service', description: 'Whether the community runs grid-based service (true/false).' },
    'community-profile.property-triad': { name: 'Property triad', description: "Whether community, property company and owners' committee consult together (true/false)." },
    'center-profile.one-stop-hall': { name: 'One-stop service hall', description: 'Whether the centre has a one-stop service hall (true/false).' },
    'center-profile.floor-area-office': { name: 'Office floor area', description: 'Office floor area (m²).' },
    'center-profile.floor-area-service': { name: 'Service floor area', description: 'Service floor area (m²).' },
    'center-profile.floor-area-activity': { name: 'Activity floor area', description: 'Activity floor area (m²).' },
    'center-profile.floor-area-total': { name: 'Total floor area', description: 'Total floor area (m²).' },
    'center-profile.site-area': { name: 'Site area', description: 'Site area (m²).' },
    'center-profile.built-year': { name: 'Year built', description: 'The year the centre was built.' },
    'center-profile.investment-fen': { name: 'Investment', description: 'Investment, in fen (1 yuan = 100 fen).' },
    'center-profile.staff-count': { name: 'Full-time staff', description: 'Number of full-time staff (people).' },
    'center-profile.serves-community': { name: 'Serves community', description: 'A community the centre serves; the value is that community organisation’s HSDS id.' },
    'service-item-profile.code': { name: 'Item code', description: 'The service item’s code in the city’s catalogue.' },
    'service-item-profile.standard-service': { name: '"6+X" standard service', description: 'Which of the profile’s six standard services the item is (the profile’s service id).' },
    'service-item-profile.featured': { name: '"6+X" featured service', description: 'Whether the item is a local featured service, the "X" (true/false).' },
    'service-item-profile.brand': { name: 'Service brand', description: 'The service brand the item belongs to.' },
    'social-organization-profile.registered-on': { name: 'Registered on', description: 'The date registered or filed (YYYY-MM-DD).' },
    'social-organization-profile.works-in-community': { name: 'Works in community', description: 'A community the organisation works in; the value is that community organisation’s HSDS id.' },
    'staff-profile.full-time': { name: 'Full-time', description: 'Whether the person is full-time community staff (true/false).' },
    'volunteering.volunteers': { name: 'Registered volunteers', description: 'Registered volunteers whose home community this is (people).' },
    'volunteering.activities': { name: 'Volunteer activities', description: 'Records of volunteer service done in this community.' },
    'volunteering.hours': { name: 'Hours of volunteer service', description: 'Hours of volunteer service done in this community; service points derive from hours by the points rules.' },
  },
  memberDescription: ({ group, member }) => `${group}: ${member}`,
  communityDescription: ({ kind, model, town }) =>
    `${kind.charAt(0).toUpperCase()}${kind.slice(1)} (${model})${town === undefined ? '' : `, ${town}`}.`,
  socialOrganizationDescription: ({ type, categories }) =>
    `${type.charAt(0).toUpperCase()}${type.slice(1)}${categories.length === 0 ? '' : `; works in: ${categories.join(', ')}`}.`,
  communityLocation: ({ community }) => `Where ${community} is.`,
  eligibility: ({ groups }) => `For ${groups.join(', ')}.`,
  list: (items) => items.join(', '),
  dayRange: ({ from, to }) => `${from} to ${to}`,
  weeklyBand: ({ days, opens, closes }) => `Open ${days}, ${opens}–${closes}.`,
  closedOn: ({ date, note }) => `Closed on ${date}${noteEn(note)}.`,
  openOn: ({ date, opens, closes, note }) => `Open on ${date}, ${opens}–${closes}${noteEn(note)}.`,
  serviceCircleName: ({ center, minutes }) => `${fmt(minutes)}-minute service circle of ${center}`,
  serviceCircleDescription: ({ minutes, walkingSpeed, detourFactor, radiusMetres }) =>
    `A circle of radius ${fmt(radiusMetres)} m around the centre: ${fmt(minutes)} minutes’ walk × ${fmt(walkingSpeed)} m/min ÷ detour factor ${fmt(detourFactor)}.`,
};

/**
 * The HSDS export's text by locale.
 *
 * @example
 * ```ts
 * interopMessages.en.dayRange({ from: 'Monday', to: 'Friday' }); //=> 'Monday to Friday'
 * interopMessages['zh-CN'].closedOn({ date: '2013-10-01', note: '国庆节' }); //=> '2013-10-01 不开放(国庆节)。'
 * ```
 */
export const interopMessages: Readonly<Record<Locale, InteropMessages>> = { 'zh-CN': zhCN, en };
