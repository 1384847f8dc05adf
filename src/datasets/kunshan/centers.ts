/**
 * Synthetic service centres of one kind, with their floor area, facilities and opening hours.
 *
 * @module
 */
import type { Community } from '../../models/community.js';
import { facilityKindLabels, stationKinds, type CommunityModel, type FacilityKind } from '../../models/enums.js';
import type { Facility } from '../../models/facility.js';
import type { ServiceCenter, WeeklyOpening } from '../../models/service-center.js';
import type { Random } from '../random.js';
import { shuffled } from './exact.js';
import { pointNear, type Town } from './names.js';
import type { Topology } from './topology.js';

const FACILITY_POOL: readonly FacilityKind[] = [
  'e-reading-room', 'activity-room', 'party-member-center', 'police-station', 'clinic', 'library', 'counselling-room',
  'basketball-court', 'outdoor-fitness', 'audio-visual-room', 'gateball-court', 'open-air-stage', 'committee-office',
];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

/** Splits `total` m² by weights into whole square metres that add up exactly. */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  let rest = total - parts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % parts.length, rest--) parts[i] = (parts[i] as number) + 1;
  return parts;
}

/**
 * A main centre's facility kinds: those of its model's reference centre (the report: the four "将成为…新建和改建的
 * 村(社区)公共服务中心的参照"), in three centres of four all of them, else one or two fewer, plus up to two others;
 * without a template, four to eight of the pool.
 */
function facilityKinds(random: Random, template: readonly FacilityKind[] | undefined): FacilityKind[] {
  if (template === undefined || template.length === 0) return shuffled(random, FACILITY_POOL).slice(0, random.int(4, 8));
  const kept = random.chance(0.75) ? [...template] : shuffled(random, template).slice(0, Math.max(1, template.length - random.int(1, 2)));
  const others = shuffled(random, FACILITY_POOL.filter((k) => !template.includes(k))).slice(0, random.int(0, 2));
  return [...kept, ...others];
}

function hours(random: Random, main: boolean): WeeklyOpening[] {
  const bands: WeeklyOpening[] = [];
  const evening = main && random.chance(0.8) ? random.pick(WEEKDAYS) : undefined;
  for (const day of WEEKDAYS) {
    bands.push({ day, opens: '08:30', closes: '12:00' }, { day, opens: '13:30', closes: day === evening ? '20:00' : '17:00' });
  }
  if (main && random.chance(0.8)) bands.push({ day: random.pick(['sat', 'sun'] as const), opens: '09:00', closes: '16:00' });
  return bands;
}

/**
 * Makes the synthetic centres of one kind from the plan: ids `ks-uc001…` or `ks-vc001…`, names after the
 * communities served, a floor area split into office, service and activity space so that the kind's centres add up
 * to exactly `floorArea` (a main centre's share grows with the communities it serves; a second centre is small),
 * a one-stop hall at every main centre, facilities after the reference centre of the community's model, opening hours with evening and weekend service at most, and the
 * "5+1" stations at the centres piloting them. Service items are added later. Synthetic: the figures are invented.
 *
 * @param random - the generator
 * @param topology - the plan of the kind's centres
 * @param communities - the communities of the kind, by plan index
 * @param towns - the town of each community
 * @param floorArea - the total floor area of the kind's centres, m²
 * @param templates - facility kinds of each model's reference centre
 * @returns the centres and their facilities
 * @example
 * ```ts
 * makeCenters(random, plan, communities, towns, 202087, new Map()).centers.length; //=> plan.centers.length
 * ```
 */
export function makeCenters(
  random: Random,
  topology: Topology,
  communities: readonly Community[],
  towns: readonly Town[],
  floorArea: number,
  templates: ReadonlyMap<CommunityModel, readonly FacilityKind[]>,
): { centers: ServiceCenter[]; facilities: Facility[] } {
  const urban = communities[0]?.kind === 'urban';
  const weights = topology.centers.map((c) => (c.second ? 0.25 + random.next() * 0.25 : c.communities.length * (0.75 + random.next() * 0.5)));
  const areas = apportion(floorArea, weights);
  const facilities: Facility[] = [];
  const centers = topology.centers.map((plan, k): ServiceCenter => {
    const served = plan.communities.map((i) => communities[i] as Community);
    const first = served[0] as Community;
    const id = `ks-${urban ? 'uc' : 'vc'}${String(k + 1).padStart(3, '0')}`;
    const base = served.length === 1 ? first.name : `${served.map((c) => c.name.replace(/(社区|村)$/, '')).join('')}${urban ? '社区' : '村'}`;
    const name = `${base}${urban ? '' : '公共'}服务${plan.second ? '分' : ''}中心`;
    const [office, service] = [Math.round((areas[k] ?? 0) * (0.15 + random.next() * 0.07)), Math.round((areas[k] ?? 0) * (0.25 + random.next() * 0.1))];
    const kinds = plan.second ? shuffled(random, FACILITY_POOL).slice(0, random.int(1, 3)) : facilityKinds(random, templates.get(first.model));
    const facilityIds = kinds.map((kind, f) => {
        facilities.push({ id: `${id}-f${f + 1}`, kind, name: facilityKindLabels[kind]['zh-CN'] });
        return `${id}-f${f + 1}`;
      });
    const pilot = !plan.second && random.chance(urban ? 0.4 : 0.25);
    return {
      id,
      name,
      kind: urban ? 'urban-community-service-center' : 'village-public-service-center',
      communityIds: served.map((c) => c.id),
      floorArea: { office, service, activity: (areas[k] ?? 0) - office - service },
      oneStopHall: !plan.second || random.chance(0.5),
      serviceModes: !plan.second && random.chance(0.85) ? ['one-door', 'one-stop', 'one-card'] : ['one-door', 'one-stop'],
      ...(pilot && { stations: stationKinds.filter(() => random.chance(0.85)) }),
      facilityIds,
      openingHours: hours(random, !plan.second),
      phone: `0512-57${String(random.int(0, 999_999)).padStart(6, '0')}`,
      location: pointNear(random, towns[plan.communities[0] ?? 0] as Town),
    };
  });
  return { centers, facilities };
}
