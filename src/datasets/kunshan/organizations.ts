/**
 * Synthetic social organisations (registered and filed) and partner units.
 *
 * @module
 */
import { InvalidOptionError } from '../../errors.js';
import type { Community } from '../../models/community.js';
import type { ServiceCategory } from '../../models/enums.js';
import type { PartnerUnit } from '../../models/partner-unit.js';
import type { SocialOrganization } from '../../models/social-organization.js';
import type { Random } from '../random.js';
import { dateBetween, shuffled, splitTotal } from './exact.js';
import { TOWNS } from './names.js';

/** The last day counted: the report counts social organisations "截至2013年第二季度". */
const LAST_DAY = '2013-06-30';
const FIELDS = ['文化', '体育', '书画', '摄影', '老年', '青年', '科技', '企业家', '个体劳动者', '物流', '餐饮', '旅游', '环保', '茶文化', '昆曲'];
const GROUP_KINDS = ['协会', '学会', '研究会', '联谊会', '商会', '促进会'];
const UNIT_KINDS: readonly [string, ServiceCategory][] = [
  ['养老服务中心', 'elderly-care'], ['社会工作服务社', 'other'], ['幼儿园', 'culture-education'], ['职业培训学校', 'employment'],
  ['康复服务中心', 'health'], ['青少年服务中心', 'culture-education'], ['法律服务所', 'legal-publicity'], ['家政服务中心', 'convenience'],
];
const TEAMS: readonly [string, ServiceCategory][] = [
  ['舞蹈队', 'culture-education'], ['合唱团', 'culture-education'], ['志愿者服务队', 'volunteer-mutual-aid'], ['老年协会', 'elderly-care'],
  ['书画社', 'culture-education'], ['巡防队', 'community-safety'], ['调解小组', 'community-safety'], ['健身队', 'health'],
  ['读书会', 'culture-education'], ['邻里互助会', 'volunteer-mutual-aid'], ['新昆山人之家', 'migrant-services'], ['助残服务队', 'charity-relief'],
];
const PARTNERS = ['人民医院', '中学', '小学', '供电公司', '自来水公司', '派出所', '消防中队', '农商银行支行', '邮政支局', '电子有限公司', '精密机械有限公司', '物流有限公司', '置业有限公司', '酒店', '超市'];

/** The numbers of each type to make. */
export interface OrganizationCounts {
  readonly socialGroups: number;
  readonly privateNonEnterprise: number;
  readonly foundations: number;
  readonly filed: number;
}

/**
 * Makes the social organisations: city-wide 社会团体 and 基金会; 民办非企业单位, first a 社区民生综合服务中心 for each
 * community that has that body (the report's "有独立法人资格的民办非企业单位"), then other service units; and the filed
 * community organisations (teams and clubs), spread over the communities. Every date is on or before 2013-06-30.
 * Synthetic: names and dates are invented.
 *
 * @param random - the generator
 * @param communities - the synthetic communities
 * @param counts - how many of each type
 * @param nextName - gives a fresh two-syllable name core, for distinct names
 * @returns the organisations
 * @throws {@link index!InvalidOptionError} when more communities have a livelihood service centre than `privateNonEnterprise`
 * @example
 * ```ts
 * makeOrganizations(random, communities, { socialGroups: 307, privateNonEnterprise: 374, foundations: 8, filed: 1336 }, uniqueNames(random)).length;
 * //=> 2025
 * ```
 */
export function makeOrganizations(
  random: Random,
  communities: readonly Community[],
  counts: OrganizationCounts,
  nextName: () => string,
): SocialOrganization[] {
  const orgs: SocialOrganization[] = [];
  const add = (prefix: string, n: number, make: (i: number) => Omit<SocialOrganization, 'id'>) => {
    for (let i = 0; i < n; i++) orgs.push({ id: `${prefix}-${String(i + 1).padStart(4, '0')}`, ...make(i) });
  };
  const cityWide = FIELDS.length * GROUP_KINDS.length;
  add('ks-sg', counts.socialGroups, (i) => ({
    // city-wide groups first, then the same fields town by town
    name: `昆山市${i < cityWide ? '' : (TOWNS[(Math.floor(i / cityWide) - 1) % TOWNS.length]?.name ?? '')}${FIELDS[i % FIELDS.length] ?? ''}${GROUP_KINDS[Math.floor(i / FIELDS.length) % GROUP_KINDS.length] ?? ''}`,
    type: 'social-group',
    registeredOn: dateBetween(random, '1992-01-01', LAST_DAY),
  }));
  const livelihood = communities.filter((c) => (c.governanceBodies ?? []).includes('livelihood-service-center'));
  if (livelihood.length > counts.privateNonEnterprise) throw new InvalidOptionError('counts', 'fewer private non-enterprise units than communities with a livelihood service centre', counts.privateNonEnterprise);
  add('ks-pne', counts.privateNonEnterprise, (i) => {
    const community = livelihood[i];
    if (community !== undefined) {
      return { name: `${community.name}民生综合服务中心`, type: 'private-non-enterprise', registeredOn: dateBetween(random, '2010-01-01', LAST_DAY), communityIds: [community.id], categories: ['other'] };
    }
    const [kind, category] = random.pick(UNIT_KINDS);
    const town = (random.pick(communities).town ?? '').replace(/镇$/, '');
    return { name: `昆山市${town}${nextName()}${kind}`, type: 'private-non-enterprise', registeredOn: dateBetween(random, '2000-01-01', LAST_DAY), categories: [category] };
  });
  add('ks-fd', counts.foundations, (i) => ({ name: `昆山市${['慈善', '教育', '助学', '扶老', '残疾人福利', '见义勇为', '文化发展', '青少年发展'][i] ?? `公益${i + 1}`}基金会`, type: 'foundation', registeredOn: dateBetween(random, '2004-01-01', LAST_DAY) }));

  const perCommunity = splitTotal(random, counts.filed, communities.length, 1, TEAMS.length);
  let n = 0;
  communities.forEach((community, c) => {
    for (const [team, category] of shuffled(random, TEAMS).slice(0, perCommunity[c] ?? 0)) {
      n += 1;
      orgs.push({
        id: `ks-fc-${String(n).padStart(4, '0')}`,
        name: `${community.name}${team}`,
        type: 'filed-community',
        registeredOn: dateBetween(random, '2008-01-01', LAST_DAY),
        communityIds: [community.id],
        categories: [category],
      });
    }
  });
  return orgs;
}

/**
 * Makes the partner units (共建单位): hospitals, schools, utilities, police, banks and companies, each co-building
 * with one to three communities of the same town where it can. Synthetic: names are invented.
 *
 * @param random - the generator
 * @param communities - the synthetic communities
 * @param count - how many units
 * @param nextName - gives a fresh two-syllable name core, for distinct names
 * @returns the units
 * @example
 * ```ts
 * makePartnerUnits(random, communities, 275, uniqueNames(random)).length; //=> 275
 * ```
 */
export function makePartnerUnits(random: Random, communities: readonly Community[], count: number, nextName: () => string): PartnerUnit[] {
  return Array.from({ length: count }, (_, i): PartnerUnit => {
    const first = random.pick(communities);
    const sameTown = communities.filter((c) => c.town === first.town && c.id !== first.id);
    const others = shuffled(random, sameTown).slice(0, random.int(0, 2));
    const kind = PARTNERS[i % PARTNERS.length] ?? '单位';
    return {
      id: `ks-pu-${String(i + 1).padStart(3, '0')}`,
      name: `昆山市${(first.town ?? '').replace(/镇$/, '')}${nextName()}${kind}`,
      communityIds: [first.id, ...others.map((c) => c.id)],
      description: '共驻共建共享:资源共享、优势互补',
    };
  });
}
