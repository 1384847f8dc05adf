/**
 * Synthetic staff: committee staff with exact professionalisation and certificates, service-centre staff, and the
 * grids (服务责任区) they are responsible for.
 *
 * @module
 */
import type { Community } from '../../models/community.js';
import type { EducationLevel, SocialWorkerLevel, StaffRole } from '../../models/enums.js';
import type { Grid } from '../../models/grid.js';
import type { StaffMember } from '../../models/staff-member.js';
import type { Random } from '../random.js';
import { shuffled, splitTotal } from './exact.js';
import { personName } from './names.js';

/** What one staff member is: certificate, and whether professionalised under the default definition. */
type Profile = { readonly level?: SocialWorkerLevel; readonly professionalised: boolean };

/** Exactly `total` profiles: the certified, then the professionalised by education, then the rest — shuffled. */
function profiles(random: Random, total: number, professionalised: number, certified: { junior: number; intermediate: number }): Profile[] {
  const list: Profile[] = [];
  for (let i = 0; i < certified.junior; i++) list.push({ level: 'junior', professionalised: true });
  for (let i = 0; i < certified.intermediate; i++) list.push({ level: 'intermediate', professionalised: true });
  while (list.length < professionalised) list.push({ professionalised: true });
  while (list.length < total) list.push({ professionalised: false });
  return shuffled(random, list);
}

/**
 * A staff member's education: below college when not professionalised without a certificate; college or above
 * when professionalised without one; mostly college or above (but not always) with a certificate.
 */
function education(random: Random, profile: Profile): EducationLevel {
  if (!profile.professionalised) return 'below-college';
  if (profile.level !== undefined && random.chance(0.2)) return 'below-college';
  const r = random.next();
  return r < 0.55 ? 'college' : r < 0.95 ? 'bachelor' : 'postgraduate';
}

/** The per-community inputs of {@link makeStaff}. */
export interface StaffInput {
  /** The communities of one kind. */
  readonly communities: readonly Community[];
  /** The main centre of each community, by community id. */
  readonly mainCenter: ReadonlyMap<string, string>;
  /** Full-time committee staff of the kind, professionalised ones, and certified ones by level. */
  readonly committee: { readonly total: number; readonly professionalised: number; readonly certified: { junior: number; intermediate: number } };
  /** Service-centre staff for the kind, and certified ones among them by level. */
  readonly centerStaff: { readonly total: number; readonly certified: { junior: number; intermediate: number } };
}

/**
 * Makes the staff of the communities of one kind: exactly `committee.total` full-time committee members (Party
 * organisation and/or residents'/villagers' committee; the first of each community holds both roles, as a
 * secretary who also chairs the committee), of whom exactly `committee.professionalised` are professionalised under
 * the default definition (a certificate, or a college degree or above) and exactly the certified given hold a
 * certificate; then the service-centre staff; and a grid per few committee members in grid-based communities, each
 * with one responsible member. Synthetic: names and figures are invented.
 *
 * @param random - the generator
 * @param input - the communities, their main centres and the numbers to reach
 * @returns the staff and the grids
 * @example
 * ```ts
 * makeStaff(random, input).staff.filter((s) => s.roles.includes('center-staff')).length; //=> input.centerStaff.total
 * ```
 */
export function makeStaff(random: Random, input: StaffInput): { staff: StaffMember[]; grids: Grid[] } {
  const { communities, committee } = input;
  const perCommunity = splitTotal(random, committee.total, communities.length, 6, 16);
  const centerPer = splitTotal(random, input.centerStaff.total, communities.length, 0, 3);
  const people = profiles(random, committee.total, committee.professionalised, committee.certified);
  const helpers = profiles(random, input.centerStaff.total, 0, input.centerStaff.certified);
  const staff: StaffMember[] = [];
  const grids: Grid[] = [];
  communities.forEach((community, c) => {
    const center = input.mainCenter.get(community.id);
    const count = perCommunity[c] ?? 0;
    const own: StaffMember[] = [];
    for (let s = 0; s < count + (centerPer[c] ?? 0); s++) {
      const member = s < count;
      const profile = (member ? people.pop() : helpers.pop()) ?? { professionalised: false };
      const roles: StaffRole[] = !member ? ['center-staff'] : s === 0 ? ['party-organization-member', 'committee-member'] : random.chance(0.35) ? ['party-organization-member'] : ['committee-member'];
      own.push({
        id: `${community.id}-s${String(s + 1).padStart(2, '0')}`,
        name: personName(random),
        communityId: community.id,
        ...(center !== undefined && { serviceCenterId: center }),
        roles,
        fullTime: true,
        education: member || profile.level !== undefined ? education(random, profile) : random.pick(['below-college', 'college', 'bachelor'] as const),
        ...(profile.level !== undefined && { socialWorkerLevel: profile.level }),
      });
    }
    if (community.gridBased !== true) {
      staff.push(...own);
      return;
    }
    // One grid per committee member after the secretary, up to six; the member is its responsible person. Every
    // staff member gets a zone, except now and then a service-centre newcomer who has none yet.
    const zones = Array.from({ length: Math.min(count - 1, random.int(2, 6)) }, (_, g) => `${community.id}-g${g + 1}`);
    zones.forEach((id, g) => {
      grids.push({ id, communityId: community.id, name: `第${'一二三四五六'[g] ?? g + 1}网格`, responsibleStaffIds: [(own[g + 1] as StaffMember).id] });
    });
    const unzoned = own.length > count && random.chance(0.1) ? own.length - 1 : -1;
    own.forEach((record, s) => {
      const zone = s >= 1 && s <= zones.length ? zones[s - 1] : zones[s % zones.length];
      staff.push(s === unzoned || zone === undefined ? record : { ...record, gridId: zone });
    });
  });
  return { staff, grids };
}
