/**
 * Text of the city statistics, in every locale: labels, units, how the report's figures read, and the verdict of
 * a comparison. The statistics themselves emit ids and numbers.
 *
 * @module
 */
import type { Locale } from '../locale.js';
import type { WelfareProgramme } from '../models/welfare-project.js';
import type { StatisticId } from './types.js';

/** What a label receives: the parameter values it names (`min` for `hall.minItems`). */
export type StatisticLabelParams = Readonly<Record<string, unknown>>;

/** The text of the statistics in one locale. */
export interface StatisticMessages {
  /** The label of every statistic. */
  readonly labels: Readonly<Record<StatisticId, (params: StatisticLabelParams) => string>>;
  /** A grouped number (`1,558`). */
  readonly count: (value: number) => string;
  /** A share: the percentage (one decimal at most) and the counts. */
  readonly share: (percent: string, numerator: number, denominator: number) => string;
  /** An area in m², already written as a number. */
  readonly area: (value: string) => string;
  /** "超过" / "over" a value already written with its unit. */
  readonly over: (value: string) => string;
  /** What cannot be computed (nothing to count). */
  readonly none: string;
  /** The verdict of a comparison with the report. */
  readonly verdict: Readonly<Record<'match' | 'differ', string>>;
  /** Welfare programmes. */
  readonly programmes: Readonly<Record<WelfareProgramme, string>>;
}

/** A number with thousands separators and at most two decimals (`1315.5` → `1,315.5`), without `Intl`. */
function grouped(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const [whole = '', fraction] = (Math.round(Math.abs(value) * 100) / 100).toFixed(2).replace(/\.?0+$/, '').split('.');
  const sign = value < 0 && (whole !== '0' || fraction !== undefined) ? '-' : '';
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction === undefined ? '' : `.${fraction}`}`;
}

const zhCN: StatisticMessages = {
  labels: {
    'centers.village': () => '村公共服务中心',
    'centers.urban': () => '城市社区服务中心',
    'communities.urban': () => '城市社区(社区居民委员会)',
    'communities.rural': () => '农村社区',
    'hall.oneStop': () => '创设“一站式”服务大厅的社区',
    'hall.minItems': (p) => `服务项目达${String(p['min'])}个以上的社区`,
    'socialOrganizations.registered': () => '注册登记的社会组织',
    'socialOrganizations.socialGroups': () => '社会团体',
    'socialOrganizations.privateNonEnterprise': () => '民办非企业单位',
    'socialOrganizations.foundations': () => '基金会',
    'socialOrganizations.filed': () => '备案的社区社会组织',
    'socialWorkers.certified': () => '持证社工',
    'socialWorkers.junior': () => '初级持证社工',
    'socialWorkers.intermediate': () => '中级持证社工',
    'socialWorkers.senior': () => '高级持证社工',
    'staff.urban': () => '城市社区专职人员(社区党组织、居委会成员)',
    'staff.urbanProfessionalised': () => '城市社区专职人员职业化专业化水平',
    'staff.rural': () => '农村社区“两委会”成员',
    'staff.ruralProfessionalised': () => '农村社区“两委会”成员职业化专业化水平',
    'area.urbanAverage': () => '城镇社区办公、服务、活动用房平均面积',
    'area.ruralAverage': () => '农村社区办公、服务、活动用房平均面积',
    partnerUnits: () => '共驻共建单位',
    'welfare.ventureFunded2012': () => '2012年首届公益创投资助公益服务项目的社区',
    'centers.upgraded': () => '“社区服务中心提升工程”新建、改扩建的社区服务中心',
    'premises.plannedSite': () => '用房由规划布点落实的服务中心',
    'premises.extension': () => '用房由加层扩建改造解决的服务中心',
    'premises.developerProvided': () => '用房由房屋开发商提供的服务中心',
    'premises.coBuilt': () => '用房由社区共建解决的服务中心',
    'partnerUnits.openToPublic': () => '服务设施面向社会开放的共建单位',
  },
  count: grouped,
  share: (percent, numerator, denominator) => `${percent}(${grouped(numerator)}/${grouped(denominator)})`,
  area: (value) => `${value}平方米`,
  over: (value) => `超过${value}`,
  none: '无从计算',
  verdict: { match: '一致', differ: '不一致' },
  programmes: { venture: '公益创投', 'bidding-pilot': '公益服务项目招投标试点' },
};

const en: StatisticMessages = {
  labels: {
    'centers.village': () => 'village public service centres',
    'centers.urban': () => 'urban community service centres',
    'communities.urban': () => "urban communities (residents' committees)",
    'communities.rural': () => 'rural communities',
    'hall.oneStop': () => 'communities with a one-stop service hall',
    'hall.minItems': (p) => `communities offering ${String(p['min'])} or more service items`,
    'socialOrganizations.registered': () => 'registered social organisations',
    'socialOrganizations.socialGroups': () => 'social groups',
    'socialOrganizations.privateNonEnterprise': () => 'private non-enterprise units',
    'socialOrganizations.foundations': () => 'foundations',
    'socialOrganizations.filed': () => 'filed community social organisations',
    'socialWorkers.certified': () => 'certified social workers',
    'socialWorkers.junior': () => 'junior certified social workers',
    'socialWorkers.intermediate': () => 'intermediate certified social workers',
    'socialWorkers.senior': () => 'senior certified social workers',
    'staff.urban': () => 'full-time staff of urban communities (Party organisation and committee members)',
    'staff.urbanProfessionalised': () => 'professionalisation of urban community staff',
    'staff.rural': () => 'members of the rural communities’ two committees (两委会)',
    'staff.ruralProfessionalised': () => 'professionalisation of rural two-committee members',
    'area.urbanAverage': () => 'average office, service and activity space of urban communities',
    'area.ruralAverage': () => 'average office, service and activity space of rural communities',
    partnerUnits: () => 'partner units co-building with communities',
    'welfare.ventureFunded2012': () => 'communities whose projects the first public-welfare venture round (2012) funded',
    'centers.upgraded': () => 'service centres newly built, rebuilt or extended by the upgrade programme',
    'premises.plannedSite': () => 'centres whose premises came from a site set aside in the plan',
    'premises.extension': () => 'centres whose premises came from an added storey, an extension or a conversion',
    'premises.developerProvided': () => 'centres whose premises a housing developer provided',
    'premises.coBuilt': () => 'centres whose premises came from co-building with local units',
    'partnerUnits.openToPublic': () => 'partner units whose facilities are open to the public',
  },
  count: grouped,
  share: (percent, numerator, denominator) => `${percent} (${grouped(numerator)}/${grouped(denominator)})`,
  area: (value) => `${value} m²`,
  over: (value) => `over ${value}`,
  none: 'not computable',
  verdict: { match: 'matches', differ: 'differs' },
  programmes: { venture: 'public-welfare venture', 'bidding-pilot': 'public-welfare service bidding pilot' },
};

/**
 * The text of the city statistics, by locale.
 *
 * @example
 * ```ts
 * statisticMessages['zh-CN'].labels['hall.minItems']({ min: 20 }); //=> '服务项目达20个以上的社区'
 * statisticMessages.en.over(statisticMessages.en.area('1,315')); //=> 'over 1,315 m²'
 * statisticMessages['zh-CN'].share('85.1%', 262, 308); //=> '85.1%(262/308)'
 * ```
 */
export const statisticMessages: Readonly<Record<Locale, StatisticMessages>> = { 'zh-CN': zhCN, en };
