/**
 * Synthetic communities of one kind, with the towns their centres are in.
 *
 * @module
 */
import type { Community } from '../../models/community.js';
import { governanceServices, type CommunityKind, type CommunityModel, type GovernanceBody } from '../../models/enums.js';
import type { Random } from '../random.js';
import { pointNear, TOWNS, type Town } from './names.js';
import type { Topology } from './topology.js';

/** How likely a town is to hold an urban or rural community (玉山镇 is the city proper). */
const TOWN_WEIGHTS: Readonly<Record<CommunityKind, readonly number[]>> = {
  urban: [8, 1, 1.5, 1, 1.5, 0.5, 1, 0.4, 0.8, 0.4],
  rural: [1, 1.4, 1.2, 1, 0.8, 1, 1.4, 0.8, 1.2, 1.2],
};
const MODELS: Readonly<Record<CommunityKind, readonly CommunityModel[]>> = {
  urban: ['old-town', 'old-town', 'new-rural', 'new-rural', 'new-rural', 'other', 'other', 'other'],
  rural: ['pure-rural', 'pure-rural', 'pure-rural', 'rural-urban-mixed', 'rural-urban-mixed', 'other', 'other'],
};

function pickTown(random: Random, kind: CommunityKind): Town {
  const weights = TOWN_WEIGHTS[kind];
  let r = random.next() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < TOWNS.length; i++) {
    r -= weights[i] ?? 0;
    if (r < 0) return TOWNS[i] as Town;
  }
  return TOWNS[0] as Town;
}

/**
 * Makes the synthetic communities of one kind: ids `ks-u001…` (urban) or `ks-r001…` (rural), distinct names, a
 * town per main centre (so that two communities sharing a centre are in the same town), households and population
 * (registered and resident: Kunshan's resident population far exceeds its registered one), the bodies of
 * "一支(委)一居一中心一办" (a few lack the livelihood service centre or the governance office), grid-based service
 * and a location near the town. Synthetic: the figures are invented.
 *
 * @param random - the generator
 * @param kind - `urban` or `rural`
 * @param topology - the plan of the kind's centres
 * @param nextName - gives a fresh two-syllable name core
 * @returns the communities, and the town of each
 * @example
 * ```ts
 * makeCommunities(random, 'urban', planTopology(random, 153, 128), uniqueNames(random)).communities.length; //=> 153
 * ```
 */
export function makeCommunities(
  random: Random,
  kind: CommunityKind,
  topology: Topology,
  nextName: () => string,
): { communities: Community[]; towns: Town[] } {
  const urban = kind === 'urban';
  const towns: Town[] = [];
  for (const center of topology.centers) {
    if (center.second) continue;
    const town = pickTown(random, kind);
    for (const index of center.communities) towns[index] = town;
  }
  const communities = towns.map((town, i): Community => {
    const registered = urban ? random.int(800, 4500) : random.int(350, 1400);
    const resident = registered + Math.round(registered * random.next() * (urban ? 0.8 : 1.5));
    const bodies: GovernanceBody[] = ['party-organization', urban ? 'residents-committee' : 'villagers-committee'];
    if (random.chance(0.92)) bodies.push('livelihood-service-center');
    if (random.chance(0.97)) bodies.push('governance-office');
    const services = random.chance(0.9) ? [...governanceServices] : governanceServices.filter(() => random.chance(0.8));
    return {
      id: `ks-${urban ? 'u' : 'r'}${String(i + 1).padStart(3, '0')}`,
      name: `${nextName()}${urban ? '社区' : '村'}`,
      kind,
      model: random.pick(MODELS[kind]),
      town: town.name,
      households: { registered, resident },
      population: { registered: Math.round(registered * (2.9 + random.next() * 0.4)), resident: Math.round(resident * (2.7 + random.next() * 0.4)) },
      governanceBodies: bodies,
      ...(bodies.includes('governance-office') && { governanceOfficeServices: services }),
      gridBased: random.chance(0.9),
      propertyTriad: random.chance(urban ? 0.7 : 0.2),
      location: pointNear(random, town),
    };
  });
  return { communities, towns };
}
