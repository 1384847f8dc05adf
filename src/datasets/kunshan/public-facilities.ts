/**
 * Synthetic facilities of partner units open to the public (paragraph 1: “辖区单位服务设施和服务项目面向社会开放”).
 * The report names no unit and no facility: which units open which facilities, and when, is invented.
 *
 * @module
 */
import type { FacilityKind } from '../../models/enums.js';
import type { PartnerUnit, PublicFacility } from '../../models/partner-unit.js';
import type { WeeklyOpening } from '../../models/service-center.js';
import type { Random } from '../random.js';

const KINDS: readonly (readonly [FacilityKind, string])[] = [
  ['basketball-court', '篮球场'],
  ['library', '图书室'],
  ['activity-room', '活动室'],
  ['outdoor-fitness', '健身场地'],
];

const weekend = (opens: string, closes: string): WeeklyOpening[] => (['sat', 'sun'] as const).map((day) => ({ day, opens, closes }));
const evenings = (): WeeklyOpening[] => (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, opens: '18:00', closes: '21:00' }));

/**
 * Gives one partner unit in four one or two facilities open to the public: a kind picked at random, open at weekends
 * (08:00–17:00) or on weekday evenings (18:00–21:00), or — one in ten — with no hours reported; a unit of several
 * communities opens its second facility to its first community only. Returns new unit objects. Synthetic.
 *
 * @param random - the generator
 * @param units - the synthetic partner units
 * @returns the units, some with `publicFacilities`
 * @example
 * ```ts
 * addPublicFacilities(random, units).filter((u) => u.publicFacilities !== undefined).length; //=> about a quarter
 * ```
 */
export function addPublicFacilities(random: Random, units: readonly PartnerUnit[]): PartnerUnit[] {
  return units.map((unit) => {
    if (!random.chance(0.25)) return unit;
    const facilities: PublicFacility[] = Array.from({ length: random.int(1, 2) }, (_, i) => {
      const [kind, name] = random.pick(KINDS);
      const hours = random.chance(0.1) ? undefined : random.chance(0.5) ? weekend('08:00', '17:00') : evenings();
      return {
        name,
        kind,
        ...(i === 1 && unit.communityIds.length > 1 && { communityIds: [unit.communityIds[0]!] }),
        ...(hours !== undefined && { openingHours: hours }),
      };
    });
    return { ...unit, publicFacilities: facilities };
  });
}
