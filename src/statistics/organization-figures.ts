/**
 * Social organisations by type, and welfare projects by year and programme.
 *
 * @module
 */
import { listArgument } from '../arguments.js';
import type { SocialOrganizationType } from '../models/enums.js';
import type { SocialOrganization } from '../models/social-organization.js';
import type { WelfareProject } from '../models/welfare-project.js';
import type { WelfareTally } from './types.js';

/**
 * Social organisations by type, counting those registered or filed on or before `asOf` (the report counts "截至
 * 2013年第二季度", up to the second quarter of 2013); one without a date is counted.
 *
 * @param organizations - the social organisation records
 * @param asOf - the last day counted, `YYYY-MM-DD`
 * @returns the count of each type
 * @example
 * ```ts
 * organizationsByType(
 *   [{ id: 'a', name: 'A', type: 'foundation', registeredOn: '2013-07-01' }, { id: 'b', name: 'B', type: 'foundation' }],
 *   '2013-06-30',
 * );
 * //=> { 'social-group': 0, 'private-non-enterprise': 0, foundation: 1, 'filed-community': 0 }
 * ```
 */
export function organizationsByType(organizations: readonly SocialOrganization[], asOf: string): Record<SocialOrganizationType, number> {
  listArgument(organizations, 'organizations', 'object');
  const counts: Record<SocialOrganizationType, number> = { 'social-group': 0, 'private-non-enterprise': 0, foundation: 0, 'filed-community': 0 };
  for (const o of organizations) {
    if (o.registeredOn !== undefined && o.registeredOn > asOf) continue;
    if (Object.prototype.hasOwnProperty.call(counts, o.type)) counts[o.type] += 1;
  }
  return counts;
}

/**
 * Welfare projects by year and programme: how many, how many decided (`fundedFen` recorded), how many funded
 * (`fundedFen` > 0), and the amounts requested and granted in fen. Years ascending, venture before bidding pilot.
 *
 * @param projects - the welfare project records
 * @returns one tally per year and programme present
 * @example
 * ```ts
 * welfareTallies([
 *   { id: 'p1', title: 'A', programme: 'venture', year: 2012, requestedFen: 100, fundedFen: 100 },
 *   { id: 'p2', title: 'B', programme: 'venture', year: 2012, requestedFen: 50, fundedFen: 0 },
 * ]);
 * //=> [{ year: 2012, programme: 'venture', projects: 2, decided: 2, funded: 1, requestedFen: 150, fundedFen: 100 }]
 * ```
 */
export function welfareTallies(projects: readonly WelfareProject[]): WelfareTally[] {
  listArgument(projects, 'projects', 'object');
  const byKey = new Map<string, { -readonly [K in keyof WelfareTally]: WelfareTally[K] }>();
  for (const p of projects) {
    const key = `${p.year}:${p.programme}`;
    let tally = byKey.get(key);
    if (tally === undefined) {
      tally = { year: p.year, programme: p.programme, projects: 0, decided: 0, funded: 0, requestedFen: 0, fundedFen: 0 };
      byKey.set(key, tally);
    }
    tally.projects += 1;
    tally.requestedFen += p.requestedFen;
    if (p.fundedFen !== undefined) {
      tally.decided += 1;
      tally.fundedFen += p.fundedFen;
      if (p.fundedFen > 0) tally.funded += 1;
    }
  }
  const order = (t: WelfareTally) => t.year * 2 + (t.programme === 'venture' ? 0 : 1);
  return [...byKey.values()].sort((a, b) => order(a) - order(b));
}

/**
 * How many distinct communities had a project funded (`fundedFen` > 0) in one year and programme — what the report
 * counts for the first venture round: “资助了35个社区的公益服务项目” (35 communities' projects, paragraph 4). A
 * funded project that names no community is not counted.
 *
 * @param projects - the welfare project records
 * @param year - the year
 * @param programme - the programme
 * @returns the number of communities
 * @example
 * ```ts
 * fundedCommunities([
 *   { id: 'p1', title: 'A', programme: 'venture', year: 2012, communityId: 'c1', requestedFen: 100, fundedFen: 100 },
 *   { id: 'p2', title: 'B', programme: 'venture', year: 2012, communityId: 'c1', requestedFen: 50, fundedFen: 50 },
 * ], 2012, 'venture');
 * //=> 1
 * ```
 */
export function fundedCommunities(projects: readonly WelfareProject[], year: number, programme: WelfareProject['programme']): number {
  listArgument(projects, 'projects', 'object');
  const communities = new Set<string>();
  for (const p of projects) {
    if (p.year === year && p.programme === programme && p.fundedFen !== undefined && p.fundedFen > 0 && p.communityId !== undefined) {
      communities.add(p.communityId);
    }
  }
  return communities.size;
}
