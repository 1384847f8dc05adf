/**
 * Synthetic records for matching needs to providers (供需对接, paragraph 6): residents' needs, the organisations
 * able to serve them and volunteers, so that `service.needs-matched` has passes and failures in the Kunshan 2013
 * dataset and `matchNeeds` has every kind of reason to show. The report gives no such records: every one of them is
 * invented.
 *
 * @module
 */
import type { Community } from '../../models/community.js';
import type { ProviderListing } from '../../models/provider-listing.js';
import type { ResidentNeed } from '../../models/resident-need.js';
import type { Volunteer } from '../../models/volunteer.js';
import type { WeeklyOpening } from '../../models/service-center.js';
import type { Random } from '../random.js';
import { shuffled } from './exact.js';

/** The synthetic matching records. */
export interface MatchingRecords {
  /** Residents' needs (《社区居民需求目录》). */
  readonly residentNeeds: ResidentNeed[];
  /** Organisations able to serve them (《可承接服务项目的组织目录》). */
  readonly providerListings: ProviderListing[];
  /** Volunteers offering services. */
  readonly volunteers: Volunteer[];
}

const AFTER_SCHOOL: WeeklyOpening[] = (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, opens: '16:30', closes: '18:00' }));

/**
 * The needs of every chosen community (the first five) and of every second one (all seven), with what
 * `service.needs-matched` finds under the `kunshan` profile: in a community of the first kind all five are met
 * (pass); in one of the second, the second elderly-care need finds the station full (`capacity-taken`, the
 * station having room for one there), nobody offers services for migrants (`no-provider-for-category`) and the
 * repair volunteers serve only the elderly (`not-eligible`): 4 of 7 met (fail).
 */
const NEEDS: readonly Omit<ResidentNeed, 'id' | 'communityId'>[] = [
  { title: '老年助餐', category: 'elderly-care', targetGroup: 'elderly', people: 12 },
  { title: '居家养老上门服务', category: 'elderly-care', targetGroup: 'elderly', people: 5 },
  { title: '“四点半课堂”课后托管', category: 'culture-education', targetGroup: 'minors', people: 20, schedule: AFTER_SCHOOL },
  { title: '低收入家庭就业指导', category: 'employment', targetGroup: 'low-income', people: 3 },
  { title: '优抚对象健康体检', category: 'health', targetGroup: 'entitled-groups', people: 8 },
  { title: '“新昆山人”子女入学咨询', category: 'migrant-services', targetGroup: 'new-residents', people: 6 },
  { title: '家电维修', category: 'convenience', people: 1 },
];

/** Communities given synthetic matching records: our figure; the report gives none. */
export const MATCHING_COMMUNITIES = 10;

/**
 * Makes the matching records of `count` synthetic communities chosen at random: each has its needs (five, or all
 * seven in every second one), a home-care station, an after-school class and a medical volunteer, and every
 * second one a team of repair volunteers serving the elderly only; one city-wide employment service serves all.
 *
 * @param random - the seeded generator
 * @param communities - the synthetic communities
 * @param count - how many get records
 * @returns the records
 * @example
 * ```ts
 * makeMatchingRecords(createRandom(1), communities, 10).residentNeeds.length; //=> 60 (5 × 5 + 5 × 7)
 * ```
 */
export function makeMatchingRecords(random: Random, communities: readonly Community[], count: number): MatchingRecords {
  const chosen = shuffled(random, [...communities]).slice(0, count);
  const residentNeeds: ResidentNeed[] = [];
  const providerListings: ProviderListing[] = [
    { id: 'match-employment-service', name: '昆山市就业指导服务中心', categories: ['employment'], capacity: 100, description: '全市就业指导(合成数据)' },
  ];
  const volunteers: Volunteer[] = [];
  chosen.forEach((community, k) => {
    const full = k % 2 === 1;
    const needs = full ? NEEDS : NEEDS.slice(0, 5);
    needs.forEach((need, i) => residentNeeds.push({ id: `${community.id}-need-${i + 1}`, communityId: community.id, ...need }));
    providerListings.push(
      {
        id: `${community.id}-home-care`,
        name: `${community.name}居家养老服务站`,
        categories: ['elderly-care'],
        communityIds: [community.id],
        capacity: full ? 1 : 2,
        eligibleGroups: ['elderly'],
      },
      {
        id: `${community.id}-after-school`,
        name: `${community.name}“四点半课堂”`,
        categories: ['culture-education'],
        communityIds: [community.id],
        capacity: 1,
        schedule: AFTER_SCHOOL,
        eligibleGroups: ['minors'],
      },
    );
    volunteers.push({ id: `${community.id}-volunteer-doctor`, name: `${community.name}医疗志愿者`, communityId: community.id, categories: ['health'], capacity: 2 });
    if (full) {
      volunteers.push({
        id: `${community.id}-volunteer-repair`,
        name: `${community.name}家电维修志愿队`,
        communityId: community.id,
        categories: ['convenience'],
        eligibleGroups: ['elderly'],
      });
    }
  });
  return { residentNeeds, providerListings, volunteers };
}
