/**
 * Generating large, realistic, valid datasets for scale tests and benchmarks.
 *
 * @module
 */
import { optionBag } from '../options.js';
import { InvalidOptionError } from '../errors.js';
import type { Community } from '../models/community.js';
import type { Dataset, DatasetMeta } from '../models/dataset.js';
import { facilityKinds, facilityKindLabels, governanceServices, serviceCategories, serviceCategoryLabels, type FacilityKind } from '../models/enums.js';
import type { Facility } from '../models/facility.js';
import type { Grid } from '../models/grid.js';
import type { Plaque } from '../standards/signage/model.js';
import type { ServiceCenter, WeeklyOpening } from '../models/service-center.js';
import type { ServiceItem } from '../models/service-item.js';
import type { StaffMember } from '../models/staff-member.js';
import { NDJSON_KIND_KEY, NDJSON_META } from './ndjson.js';
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
/** The most communities one call generates. */
const MAX_COMMUNITIES = 1_000_000;

/** The records generated for one community, in the order they are streamed (see {@link generateRecords}). */
interface Segment {
  readonly community: Community;
  readonly serviceCenter: ServiceCenter;
  readonly facilities: readonly Facility[];
  readonly grids: readonly Grid[];
  readonly staffMembers: readonly StaffMember[];
  readonly plaques: readonly Plaque[];
}

/** The checked options: the count and the seed. */
function readOptions(options: GenerateOptions): { readonly n: number; readonly seed: number } {
  options = optionBag(options);
  const n = options.communities;
  if (!Number.isInteger(n) || n < 1 || n > MAX_COMMUNITIES) {
    throw new InvalidOptionError('communities', 'expected an integer from 1 to 1,000,000', n);
  }
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed)) throw new InvalidOptionError('seed', 'expected an integer', seed);
  return { n, seed };
}

const metaOf = (n: number, seed: number): DatasetMeta => ({
  name: `generated (${n} communities, seed ${seed})`,
  asOf: '2013-06-30',
  source: 'synthetic: generateDataset',
});

/** The city's catalogue of service items, shared by every community (it uses no random numbers). */
function catalogue(): ServiceItem[] {
  return Array.from({ length: CATALOGUE_SIZE }, (_, i) => {
    const category = serviceCategories[i % serviceCategories.length] ?? 'other';
    return {
      id: `item-${i + 1}`,
      code: `KS-${String(i + 1).padStart(3, '0')}`,
      name: `${serviceCategoryLabels[category]['zh-CN']}服务${Math.floor(i / serviceCategories.length) + 1}`,
      category,
      ...(i >= 34 && { featured: true }),
    };
  });
}

/**
 * The records of the community at position `i` (0-based), drawing from `random` in a fixed order: both
 * {@link generateDataset} and {@link generateRecords} call it for i = 0, 1, 2… with one generator, so they make
 * the same records.
 */
function segment(random: Random, i: number): Segment {
  const id = `c${i + 1}`;
  const urban = random.chance(0.5);
  const community = makeCommunity(random, id, urban);

  // Most centres serve one community; about one in ten also serves the previous community.
  const shared = i > 0 && random.chance(0.1);
  const centerId = `sc${i + 1}`;
  const facilities: Facility[] = [];
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
  const serviceCenter: ServiceCenter = {
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
  };

  const staffCount = random.int(4, 12);
  const gridCount = random.int(2, 4);
  const grids: Grid[] = [];
  for (let g = 0; g < gridCount; g++) {
    grids.push({ id: `${id}-g${g + 1}`, communityId: id, name: `第${g + 1}网格`, responsibleStaffIds: [`${id}-s${g + 1}`] });
  }
  const staffMembers: StaffMember[] = [];
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
  const plaques = plaqueNames.map((name, p): Plaque => ({ id: `${id}-p${p + 1}`, communityId: id, name }));
  return { community, serviceCenter, facilities, grids, staffMembers, plaques };
}

/**
 * Generates a deterministic, valid dataset of any size with realistic shapes: urban and rural communities of the
 * four models, centres (some serving two communities), a city catalogue of service items, facilities, staff,
 * grids and plaques. For scale tests and benchmarks; the figures are synthetic. The whole dataset is held in
 * memory (about 1 KB a record); to write hundreds of thousands of communities to a file, stream them with
 * {@link generateNdjson} (same records).
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
  const { n, seed } = readOptions(options);
  const random = createRandom(seed);
  const communities: Community[] = [];
  const serviceCenters: ServiceCenter[] = [];
  const facilities: Facility[] = [];
  const staffMembers: StaffMember[] = [];
  const grids: Grid[] = [];
  const plaques: Plaque[] = [];
  for (let i = 0; i < n; i++) {
    const s = segment(random, i);
    communities.push(s.community);
    serviceCenters.push(s.serviceCenter);
    facilities.push(...s.facilities);
    staffMembers.push(...s.staffMembers);
    grids.push(...s.grids);
    plaques.push(...s.plaques);
  }
  return { meta: metaOf(n, seed), communities, serviceCenters, serviceItems: catalogue(), facilities, staffMembers, grids, plaques };
}

/** One record of {@link generateRecords}: its kind (or `'meta'`) and the record. */
export type GeneratedRecord =
  | { readonly kind: typeof NDJSON_META; readonly record: DatasetMeta }
  | { readonly kind: 'serviceItem'; readonly record: ServiceItem }
  | { readonly kind: 'community'; readonly record: Community }
  | { readonly kind: 'serviceCenter'; readonly record: ServiceCenter }
  | { readonly kind: 'facility'; readonly record: Facility }
  | { readonly kind: 'grid'; readonly record: Grid }
  | { readonly kind: 'staffMember'; readonly record: StaffMember }
  | { readonly kind: 'plaque'; readonly record: Plaque };

/**
 * The records of {@link generateDataset} (same options, same records, same ids), one at a time and grouped by
 * community, so that any number of communities is generated in constant memory: first the shared part — the
 * `meta` (kind `'meta'`) and the city's catalogue of service items — then, for each community in turn, its
 * `community` record followed by its service centre, the centre's facilities, its grids, staff and plaques.
 * A centre that also serves the previous community (`communityIds: [this, previous]`) comes in the segment of
 * this community, the later of the two in the stream. This is the "grouped" order the CLI reads community by
 * community. The iterable is lazy and can be iterated more than once (each time from the start).
 *
 * @param options - how many communities, and the seed (checked at once, before iterating)
 * @returns a lazy iterable of `{ kind, record }`
 * @throws {@link index!InvalidOptionError} when `communities` is not an integer in 1 – 1,000,000
 * @example
 * ```ts
 * const kinds = [...generateRecords({ communities: 2 })].map((r) => r.kind);
 * kinds.slice(0, 2); //=> ['meta', 'serviceItem']
 * kinds.filter((k) => k === 'community').length; //=> 2
 * ```
 */
export function generateRecords(options: GenerateOptions): Iterable<GeneratedRecord> {
  const { n, seed } = readOptions(options);
  return {
    *[Symbol.iterator]() {
      yield { kind: NDJSON_META, record: metaOf(n, seed) };
      for (const record of catalogue()) yield { kind: 'serviceItem', record };
      const random = createRandom(seed);
      for (let i = 0; i < n; i++) {
        const s = segment(random, i);
        yield { kind: 'community', record: s.community };
        yield { kind: 'serviceCenter', record: s.serviceCenter };
        for (const record of s.facilities) yield { kind: 'facility', record };
        for (const record of s.grids) yield { kind: 'grid', record };
        for (const record of s.staffMembers) yield { kind: 'staffMember', record };
        for (const record of s.plaques) yield { kind: 'plaque', record };
      }
    },
  };
}

/**
 * {@link generateRecords} as NDJSON lines, in the format {@link toNdjson} writes (`{"$kind":"…",…}`, the tag first,
 * each line ending with `\n`) and in the grouped order: the `meta` line, the service items, then each community's
 * lines. Lazy: write the lines to a file or a stream as they come (with backpressure) and memory stays flat
 * whatever the number of communities — 600,000 communities are about 14.2 million lines, 2.7 GiB.
 *
 * @param options - how many communities, and the seed (checked at once, before iterating)
 * @returns a lazy iterable of lines, each ending with `\n`
 * @throws {@link index!InvalidOptionError} when `communities` is not an integer in 1 – 1,000,000
 * @example
 * ```ts
 * const [first] = generateNdjson({ communities: 1, seed: 7 });
 * first; //=> '{"$kind":"meta","name":"generated (1 communities, seed 7)","asOf":"2013-06-30","source":"synthetic: generateDataset"}\n'
 * // Node: for (const line of generateNdjson({ communities: 600_000 })) if (!out.write(line)) await once(out, 'drain');
 * ```
 */
export function generateNdjson(options: GenerateOptions): Iterable<string> {
  const records = generateRecords(options);
  return {
    *[Symbol.iterator]() {
      for (const { kind, record } of records) yield `${JSON.stringify({ [NDJSON_KIND_KEY]: kind, ...record })}\n`;
    },
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
