/**
 * Which centres serve which communities: a plan with exact numbers of communities and centres, where some centres
 * serve two communities and some communities have a second centre.
 *
 * @module
 */
import { InvalidOptionError } from '../../errors.js';
import type { Random } from '../random.js';
import { shuffled } from './exact.js';

/** One planned centre: the communities it serves (indexes), and whether it is a community's second centre. */
export interface PlannedCenter {
  /** Indexes of the communities it serves (one or two). */
  readonly communities: readonly number[];
  /** `true` for a second centre of a community already served by its main centre. */
  readonly second: boolean;
}

/** The plan of one kind: the centres, and for each community whether its main centre serves it alone. */
export interface Topology {
  /** The centres, main centres in community order, each community's second centre right after its main one. */
  readonly centers: readonly PlannedCenter[];
  /** For each community: whether it alone is served by its main centre and it has no second centre. */
  readonly alone: readonly boolean[];
}

/**
 * Plans `centers` centres for `communities` communities. With fewer centres than communities, enough centres serve
 * two neighbouring communities each, and a few more (3% of the communities, as room allows) do while as many
 * communities get a second centre; with more centres than communities, a few centres (3%) serve two communities
 * and the rest of the surplus are second centres. Either way `communities − pairs + seconds = centers` exactly.
 *
 * @param random - the generator
 * @param communities - how many communities
 * @param centers - how many centres
 * @returns the plan
 * @throws {@link index!InvalidOptionError} when the numbers cannot be planned (no centre, or more than twice as many communities as
 *   centres)
 * @example
 * ```ts
 * const plan = planTopology(createRandom(1), 153, 128);
 * plan.centers.length; //=> 128
 * ```
 */
export function planTopology(random: Random, communities: number, centers: number): Topology {
  const difference = communities - centers;
  const room = Math.floor(communities / 2) - Math.max(0, difference); // pairs to spare beyond those needed
  if (room < 0 || centers < 1) throw new InvalidOptionError('centers', `cannot plan ${centers} centres for ${communities} communities`, centers);
  const few = Math.min(room, Math.max(1, Math.round(communities * 0.03)));
  const pairs = Math.max(0, difference) + few;
  const seconds = pairs - difference;

  // Pairs start at even indexes, so they never overlap.
  const starts = new Set(shuffled(random, Array.from({ length: Math.floor(communities / 2) }, (_, k) => 2 * k)).slice(0, pairs));
  const singles: number[] = [];
  for (let i = 0; i < communities; i++) {
    if (starts.has(i)) i += 1;
    else singles.push(i);
  }
  // Second centres go to communities served alone by their main centre (to any community when there are none).
  const hosts = shuffled(random, singles.length > 0 ? singles : Array.from({ length: communities }, (_, k) => k));
  const secondCount = new Map<number, number>();
  for (let k = 0; k < seconds; k++) {
    const index = hosts[k % hosts.length] as number;
    secondCount.set(index, (secondCount.get(index) ?? 0) + 1);
  }

  const planned: PlannedCenter[] = [];
  const alone: boolean[] = Array.from({ length: communities }, () => false);
  for (let i = 0; i < communities; i++) {
    const served = starts.has(i) ? [i, i + 1] : [i];
    planned.push({ communities: served, second: false });
    for (const index of served) {
      const extra = secondCount.get(index) ?? 0;
      for (let k = 0; k < extra; k++) planned.push({ communities: [index], second: true });
      alone[index] = served.length === 1 && extra === 0;
    }
    i += served.length - 1;
  }
  return { centers: planned, alone };
}
