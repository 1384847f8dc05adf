/**
 * Generating large, realistic, valid datasets for scale tests and benchmarks.
 *
 * @module
 */
import { optionBag } from '../options.js';
import { InvalidOptionError } from '../errors.js';
import type { Community } from '../models/community.js';
import type { Dataset } from '../models/dataset.js';
import { facilityKinds, facilityKindLabels, governanceServices, serviceCategories, serviceCategoryLabels, type FacilityKind } from '../models/enums.js';
import type { Facility } from '../models/facility.js';
import type { Grid } from '../models/grid.js';
import type { Plaque } from '../standards/signage/model.js';
import type { ServiceCenter, WeeklyOpening } from '../models/service-center.js';
import type { ServiceItem } from '../models/service-item.js';
import type { StaffMember } from '../models/staff-member.js';
import { createRandom, type Random } from './random.js';

/** Options of {@link generateDataset}. */
export interface GenerateOptions {
  /** How many communities (1 – 1,000,000). */
  readonly communities: number;
  /** The seed: the same seed gives the same dataset (default 1). */
  readonly seed?: number;
}

const TOWNS = ['玉山镇', '巴城镇', '周市镇', '陆家镇', '花桥镇', '淀山湖镇', '张浦镇', '周庄镇', '千灯镇', '锦溪镇'];
const NAMES = ['东', '西', '南', '北', '新', '花', '河', '桥', '湖', '园', '城', '阳', '安', '和', '乐', '兴', '泰', '华', '春', '秋'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '朱', '马', '胡', '郭'];
const FACILITY_POOL: readonly FacilityKind[] = facilityKinds.filter((k) => k !== 'other' && k !== 'one-stop-hall');
const CATALOGUE_SIZE = 40;

/**
 * Generates a deterministic, valid dataset of any size with realistic shapes: urban and rural communities of the
 * four models, centres (some serving two communities), a city catalogue of service items, facilities, staff,
 * grids and plaques. For scale tests and benchmarks; the figures are synthetic.
 *
 * @param options - how many communities, and the seed
 * @returns the dataset (passes `validateDataset`)
 * @throws {@link index!InvalidOptionError} when `communities` is not an integer in 1 – 1,000,000
 * @example
 * ```ts
 * const dataset = generateDataset({ communities: 1000, seed: 7 });
 * dataset.communities?.length; //=> 1000
 * ```
 */
export function generateDataset(options: GenerateOptions): Dataset {
  options = optionBag(options);
  const n = options.communities;
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000) {
    throw new InvalidOptionError('communities', 'expected an integer from 1 to 1,000,000', n);
  }
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed)) throw new InvalidOptionError('seed', 'expected an integer', seed);
  const random = createRandom(seed);

  const serviceItems: ServiceItem[] = Array.from({ length: CATALOGUE_SIZE }, (_, i) => {
    const category = serviceCategories[i % serviceCategories.length] ?? 'other';
    return {
      id: `item-${i + 1}`,
      code: `KS-${String(i + 1).padStart(3, '0')}`,
      name: `${serviceCategoryLabels[category]['zh-CN']}服务${Math.floor(i / serviceCategories.length) + 1}`,
      category,
      ...(i >= 34 && { featured: true }),
    };
  });

  const communities: Community[] = [];
  const serviceCenters: ServiceCenter[] = [];
  const facilities: Facility[] = [];
  const staffMembers: StaffMember[] = [];
  const grids: Grid[] = [];
  const plaques: Plaque[] = [];

  for (let i = 0; i < n; i++) {
    const id = `c${i + 1}`;
    const urban = random.chance(0.5);
    const community = makeCommunity(random, id, urban);
    communities.push(community);

    // Most centres serve one community; about one in ten also serves the previous community.
    const shared = i > 0 && random.chance(0.1);
    const centerId = `sc${i + 1}`;
    const facilityIds: string[] = [];
    for (let f = 0, count = random.int(3, 8); f < count; f++) {
      const kind = random.pick(FACILITY_POOL);
      const fid = `${centerId}-f${f + 1}`;
      facilityIds.push(fid);
      facilities.push({ id: fid, kind, name: facilityKindLabels[kind]['zh-CN'] });
    }
    const itemCount = random.chance(0.85) ? random.int(20, 32) : random.int(10, 19);
    const start = random.int(0, CATALOGUE_SIZE - 1);
    const serviceItemIds = Array.from({ length: Math.min(itemCount, CATALOGUE_SIZE) }, (_, k) => `item-${((start + k) % CATALOGUE_SIZE) + 1}`);
    const office = random.int(80, 300);
    serviceCenters.push({
      id: centerId,
      name: `${community.name}${urban ? '社区服务中心' : '公共服务中心'}`,
      kind: urban ? 'urban-community-service-center' : 'village-public-service-center',
      communityIds: shared ? [id, `c${i}`] : [id],
      floorArea: { office, service: random.int(200, 700), activity: random.int(300, 900) },
      oneStopHall: true,
      serviceModes: random.chance(0.9) ? ['one-door', 'one-stop', 'one-card'] : ['one-stop'],
      stations: ['government-affairs', 'health', 'culture-sports', 'daily-life', 'social-organization', 'social-work'].filter(() => random.chance(0.9)) as ServiceCenter['stations'] & string[],
      facilityIds,
      serviceItemIds,
      openingHours: openingHours(random),
      location: community.location ?? { lon: 121, lat: 31.35 },
    });

    const staffCount = random.int(4, 12);
    const gridCount = random.int(2, 4);
    for (let g = 0; g < gridCount; g++) {
      grids.push({ id: `${id}-g${g + 1}`, communityId: id, name: `第${g + 1}网格`, responsibleStaffIds: [`${id}-s${g + 1}`] });
    }
    for (let s = 0; s < staffCount; s++) {
      const level = random.next();
      staffMembers.push({
        id: `${id}-s${s + 1}`,
        name: `${random.pick(SURNAMES)}${random.pick(NAMES)}${random.pick(NAMES)}`,
        communityId: id,
        serviceCenterId: centerId,
        roles: [s === 0 ? 'party-organization-member' : 'committee-member'],
        fullTime: true,
        education: random.pick(['below-college', 'college', 'bachelor', 'postgraduate'] as const),
        ...(level < 0.08 ? { socialWorkerLevel: 'junior' as const } : level < 0.1 ? { socialWorkerLevel: 'intermediate' as const } : {}),
        ...(community.gridBased && { gridId: `${id}-g${(s % gridCount) + 1}` }),
      });
    }
    const plaqueNames = [
      `${community.name}${urban ? '党委' : '党总支'}`,
      `${community.name}${urban ? '居民委员会' : '村民委员会'}`,
      `${community.name}${urban ? '社区服务中心' : '公共服务中心'}`,
      `${community.name}综合治理办公室`,
      '江苏社区',
    ];
    if (random.chance(0.15)) plaqueNames.push(`${community.name}${random.pick(['居家养老服务中心', '科普示范点', '健康促进示范社区'])}`);
    plaqueNames.forEach((name, p) => plaques.push({ id: `${id}-p${p + 1}`, communityId: id, name }));
  }

  return {
    meta: { name: `generated (${n} communities, seed ${seed})`, asOf: '2013-06-30', source: 'synthetic: generateDataset' },
    communities,
    serviceCenters,
    serviceItems,
    facilities,
    staffMembers,
    grids,
    plaques,
  };
}

function makeCommunity(random: Random, id: string, urban: boolean): Community {
  const registered = random.int(300, 6000);
  const resident = registered + random.int(0, 4000);
  return {
    id,
    name: `${random.pick(TOWNS).slice(0, 2)}${random.pick(NAMES)}${random.pick(NAMES)}${urban ? '社区' : '村'}`,
    kind: urban ? 'urban' : 'rural',
    model: urban ? random.pick(['old-town', 'new-rural', 'other'] as const) : random.pick(['pure-rural', 'rural-urban-mixed', 'other'] as const),
    town: random.pick(TOWNS),
    households: { registered, resident },
    population: { registered: Math.round(registered * 2.8), resident: Math.round(resident * 2.9) },
    governanceBodies: ['party-organization', urban ? 'residents-committee' : 'villagers-committee', 'livelihood-service-center', 'governance-office'],
    governanceOfficeServices: governanceServices.filter(() => random.chance(0.95)),
    gridBased: random.chance(0.8),
    location: { lon: Math.round((120.85 + random.next() * 0.25) * 1e6) / 1e6, lat: Math.round((31.2 + random.next() * 0.25) * 1e6) / 1e6 },
  };
}

function openingHours(random: Random): WeeklyOpening[] {
  const days = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
  const bands: WeeklyOpening[] = [];
  const evening = random.chance(0.7) ? random.pick(days) : undefined;
  for (const day of days) {
    bands.push({ day, opens: '08:30', closes: '12:00' });
    bands.push({ day, opens: '13:30', closes: day === evening ? '20:00' : '17:00' });
  }
  if (random.chance(0.75)) bands.push({ day: random.pick(['sat', 'sun'] as const), opens: '09:00', closes: '16:00' });
  return bands;
}
