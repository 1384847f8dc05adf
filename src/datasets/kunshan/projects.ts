/**
 * Synthetic public-welfare projects: the 2012 venture round (decided) and the 2013 venture round and bidding pilot
 * (applications not yet decided).
 *
 * @module
 */
import type { Community } from '../../models/community.js';
import type { SocialOrganization } from '../../models/social-organization.js';
import type { WelfareProgramme, WelfareProject } from '../../models/welfare-project.js';
import type { Random } from '../random.js';
import { shuffled } from './exact.js';

const THEMES = [
  '居家养老互助', '青少年课外辅导', '新昆山人融入', '邻里守望', '残疾人康复陪伴', '垃圾分类推广', '空巢老人关爱', '四点半课堂',
  '家庭教育讲堂', '社区微心愿', '独居老人助餐', '健康生活指导', '法律援助进社区', '外来务工子女夏令营', '社区书屋', '楼道文化建设',
];

/** The numbers of each round. */
export interface ProjectCounts {
  /** Projects funded by the 2012 venture round (35), each in a different community. */
  readonly funded2012: number;
  /** Projects of the 2012 round not funded. */
  readonly rejected2012: number;
  /** Applications to the 2013 venture round. */
  readonly venture2013: number;
  /** Applications to the 2013 bidding pilot. */
  readonly bidding2013: number;
}

/**
 * Makes the welfare projects. The 2012 venture round: `funded2012` projects in as many distinct communities, funded
 * in full (5–14万元 each, so under the round's 500万元), scoring above every one of the `rejected2012` that were
 * not (`fundedFen: 0`). The 2013 venture round and bidding pilot: applications with scores and no decision yet —
 * for budget allocation. Each project is carried out by a filed organisation of its community when there is one.
 * Synthetic: titles, amounts and scores are invented.
 *
 * @param random - the generator
 * @param communities - the synthetic communities
 * @param organizations - the social organisations, to name who carries each project out
 * @param counts - how many projects of each round
 * @returns the projects
 * @example
 * ```ts
 * makeProjects(random, communities, orgs, { funded2012: 35, rejected2012: 17, venture2013: 60, bidding2013: 24 }).length; //=> 136
 * ```
 */
export function makeProjects(random: Random, communities: readonly Community[], organizations: readonly SocialOrganization[], counts: ProjectCounts): WelfareProject[] {
  const orgOf = new Map<string, string>();
  for (const o of organizations) {
    const community = o.communityIds?.[0];
    if (o.type === 'filed-community' && community !== undefined && !orgOf.has(community)) orgOf.set(community, o.id);
  }
  const projects: WelfareProject[] = [];
  const sequence = new Map<string, number>();
  const make = (community: Community, programme: WelfareProgramme, year: number, score: number, decided?: boolean): void => {
    const requestedFen = random.int(50, 140) * 1000 * 100;
    const org = orgOf.get(community.id);
    const key = `${year}-${programme === 'venture' ? 'v' : 'b'}`;
    const n = (sequence.get(key) ?? 0) + 1;
    sequence.set(key, n);
    projects.push({
      id: `ks-wp-${key}${String(n).padStart(3, '0')}`,
      title: `${community.name}${random.pick(THEMES)}项目`,
      programme,
      year,
      communityId: community.id,
      ...(org !== undefined && { socialOrganizationId: org }),
      requestedFen,
      score,
      ...(decided !== undefined && { fundedFen: decided ? requestedFen : 0 }),
    });
  };
  const order = shuffled(random, communities);
  order.slice(0, counts.funded2012).forEach((c) => make(c, 'venture', 2012, random.int(75, 98), true));
  order.slice(counts.funded2012, counts.funded2012 + counts.rejected2012).forEach((c) => make(c, 'venture', 2012, random.int(50, 74), false));
  shuffled(random, communities).slice(0, counts.venture2013).forEach((c) => make(c, 'venture', 2013, random.int(55, 98)));
  shuffled(random, communities).slice(0, counts.bidding2013).forEach((c) => make(c, 'bidding-pilot', 2013, random.int(55, 98)));
  return projects;
}
