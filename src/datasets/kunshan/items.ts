/**
 * The synthetic city catalogue of service items, and which items each centre's hall offers.
 *
 * @module
 */
import type { ServiceCategory } from '../../models/enums.js';
import type { ServiceCenter } from '../../models/service-center.js';
import type { ServiceItem } from '../../models/service-item.js';
import type { Random } from '../random.js';
import { shuffled } from './exact.js';

/** The catalogue's items by category (names typical of Kunshan's halls; the catalogue itself is ours). */
const CATALOGUE: Readonly<Partial<Record<ServiceCategory, readonly string[]>>> = {
  employment: ['就业失业登记', '职业介绍', '创业指导', '职业技能培训报名'],
  'social-insurance': ['城乡居民养老保险参保', '医疗保险参保登记', '社会保障卡办理', '退休人员社会化管理'],
  'charity-relief': ['最低生活保障申请受理', '临时救助', '慈善捐助', '残疾人证办理'],
  'elderly-care': ['居家养老服务', '老年人优待证办理', '日间照料'],
  health: ['居民健康档案', '慢性病随访', '预防接种咨询'],
  'family-planning': ['生育服务登记', '流动人口婚育证明', '计划生育奖励扶助'],
  'culture-education': ['图书借阅', '文体活动组织', '青少年校外辅导'],
  'community-safety': ['治安巡防', '矛盾纠纷调解', '消防安全宣传'],
  'legal-publicity': ['法律咨询', '普法宣传'],
  'migrant-services': ['居住证办理', '新昆山人积分管理申请', '出租房屋登记'],
  convenience: ['水电气费代缴', '家政服务介绍', '家电维修介绍'],
  property: ['物业服务咨询与投诉'],
  'volunteer-mutual-aid': ['志愿者注册', '邻里互助'],
  other: ['证明开具', '居民诉求受理'],
};

/**
 * Brands put on catalogue items: three of the report's names (paragraph 3) on items of our choosing — 乐龄之家 is a
 * 托老所 (day care for the elderly), 夕阳护春蕾 a 社区校外辅导站 (after-school tutoring), 邻里互助会馆 a mutual-aid
 * brand — and 爱心超市, an invented brand outside the catalogue. Synthetic.
 */
const BRANDS: Readonly<Record<string, string>> = {
  日间照料: '乐龄之家',
  青少年校外辅导: '“夕阳护春蕾”社区校外辅导站',
  邻里互助: '邻里互助会馆',
  慈善捐助: '爱心超市',
};

/**
 * The synthetic city catalogue: 40 items with ids `ks-item-01…` and codes `KS-01…`, in the categories of spec
 * §3.1. The volunteer and mutual-aid items are marked as featured ("X" of "6+X"); four items carry a brand (three
 * of the report's, put on items of our choosing, and one invented outside the catalogue).
 *
 * @returns the items
 * @example
 * ```ts
 * serviceCatalogue().length; //=> 40
 * serviceCatalogue()[0]; //=> { id: 'ks-item-01', code: 'KS-01', name: '就业失业登记', category: 'employment' }
 * ```
 */
export function serviceCatalogue(): ServiceItem[] {
  const items: ServiceItem[] = [];
  for (const [category, names] of Object.entries(CATALOGUE) as [ServiceCategory, readonly string[]][]) {
    for (const name of names) {
      const n = String(items.length + 1).padStart(2, '0');
      const brand = BRANDS[name];
      items.push({
        id: `ks-item-${n}`,
        code: `KS-${n}`,
        name,
        category,
        ...(category === 'volunteer-mutual-aid' && { featured: true }),
        ...(brand !== undefined && { brand }),
      });
    }
  }
  return items;
}

/**
 * Gives each centre its items, so that exactly the communities in `below` are offered fewer than `min` items and
 * every other community at least `min`: a main centre offers `min`–`min + 14` distinct items (8 to `min − 1` when
 * the one community it serves is in `below`) — most often one of each `core` category and a featured one among
 * them — and a second centre offers a few of its community's main centre's items (so the union is the main
 * centre's). Changes the centres given (the generator's own, fresh objects).
 *
 * @param random - the generator
 * @param centers - the centres, each community's second centre after its main one
 * @param catalogue - the city catalogue
 * @param options - `below`: ids of communities to leave below `min` (each served by its main centre alone); `min`:
 *   the minimum number of items (20); `core`: categories a hall usually covers
 * @example
 * ```ts
 * assignItems(random, centers, serviceCatalogue(), { below: new Set(['ks-u007']), min: 20, core: ['employment'] });
 * ```
 */
export function assignItems(
  random: Random,
  centers: ServiceCenter[],
  catalogue: readonly ServiceItem[],
  options: { readonly below: ReadonlySet<string>; readonly min: number; readonly core: readonly string[] },
): void {
  const { below, min } = options;
  const mainItems = new Map<string, string[]>();
  for (const center of centers) {
    const community = center.communityIds[0] as string;
    const main = mainItems.get(community);
    if (main !== undefined && center.communityIds.length === 1) {
      center.serviceItemIds = shuffled(random, main).slice(0, random.int(3, 8));
      continue;
    }
    const count = below.has(community) ? random.int(8, min - 1) : random.int(min, Math.min(catalogue.length, min + 14));
    const picked = new Set<string>();
    for (const category of options.core) {
      const ofCategory = catalogue.filter((item) => item.category === category && item.featured !== true);
      if (ofCategory.length > 0 && random.chance(0.92)) picked.add(random.pick(ofCategory).id);
    }
    const featured = catalogue.filter((item) => item.featured === true);
    if (featured.length > 0 && random.chance(0.85)) picked.add(random.pick(featured).id);
    for (const item of shuffled(random, catalogue)) if (picked.size < count) picked.add(item.id);
    const items = shuffled(random, [...picked].slice(0, count));
    center.serviceItemIds = items;
    for (const id of center.communityIds) mainItems.set(id, items);
  }
}
