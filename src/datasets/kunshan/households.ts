/**
 * Synthetic households with their members' employment histories (paragraph 9: “零就业家庭保持动态清零”), so that
 * `employment.zero-employment-cleared` has passes, failures and a not-applicable case in the Kunshan 2013 dataset.
 * The report gives no household records: every one of them is invented.
 *
 * @module
 */
import type { Community } from '../../models/community.js';
import type { Household, HouseholdMember } from '../../models/household.js';
import type { Random } from '../random.js';
import { shuffled } from './exact.js';

type Change = readonly [status: 'employed' | 'unemployed' | 'not-in-labour-force', since: string];
const member = (...changes: Change[]): HouseholdMember => ({ employment: changes.map(([status, since]) => ({ status, since })) });

/**
 * The six households of each chosen community, with the outcome `employment.zero-employment-cleared` gives each on
 * 2013-06-30 under `kunshan` (30 days):
 *
 * | household | outcome |
 * |---|---|
 * | one member employed since 2010, the other unemployed since 2012 | pass (never zero) |
 * | unemployed 2013-03-01, employed 2013-03-21 (20 days) | pass (cleared) |
 * | employed until 2013-06-10, unemployed since (20 days) | pass (within the period) |
 * | unemployed since 2013-04-01, the other member retired (90 days) | fail (not cleared) |
 * | unemployed 2013-01-01, employed 2013-03-01 (59 days) | fail (cleared late) |
 * | one member's status not reported | not applicable |
 */
const HOUSEHOLDS: readonly (readonly HouseholdMember[])[] = [
  [member(['employed', '2010-01-01']), member(['unemployed', '2012-01-01'])],
  [member(['unemployed', '2013-03-01'], ['employed', '2013-03-21']), member(['not-in-labour-force', '2005-09-01'])],
  [member(['employed', '2011-07-01'], ['unemployed', '2013-06-10'])],
  [member(['unemployed', '2013-04-01']), member(['not-in-labour-force', '2001-09-01'])],
  [member(['unemployed', '2013-01-01'], ['employed', '2013-03-01'])],
  [member(['unemployed', '2013-05-01']), member()],
];

/**
 * Makes the synthetic households: `count` communities picked at random each get the six households above (per
 * community: 3 pass, 2 fail, 1 not applicable). Ids are `<community id>-hh1…`. Synthetic.
 *
 * @param random - the generator
 * @param communities - the synthetic communities to pick from
 * @param count - how many communities get households
 * @returns the households
 * @example
 * ```ts
 * makeHouseholds(random, communities, 10).length; //=> 60
 * ```
 */
export function makeHouseholds(random: Random, communities: readonly Community[], count: number): Household[] {
  const chosen = shuffled(random, communities).slice(0, count);
  chosen.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return chosen.flatMap((c) =>
    HOUSEHOLDS.map((members, i) => ({
      id: `${c.id}-hh${i + 1}`,
      communityId: c.id,
      members: members.map((m) => ({ employment: m.employment.map((e) => ({ ...e })) })),
    })),
  );
}
