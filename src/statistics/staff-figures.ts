/**
 * Staff figures: full-time committee staff and their professionalisation by community kind, and certified social
 * workers by level.
 *
 * @module
 */
import { listArgument } from '../arguments.js';
import { optionBag } from '../options.js';
import type { Community } from '../models/community.js';
import { socialWorkerLevels, type CommunityKind, type SocialWorkerLevel } from '../models/enums.js';
import type { StaffMember } from '../models/staff-member.js';
import type { Profile } from '../profiles/types.js';
import { professionalizationRate } from '../standards/staff/rule.js';
import { share } from './fractions.js';
import type { Share } from './types.js';
import type { InvalidOptionError, NoValueInForceError } from '../errors.js';

/** The roles that make a staff member part of a community's "两委" (Party organisation and committee). */
const COMMITTEE_ROLES: ReadonlySet<string> = new Set(['party-organization-member', 'committee-member']);

/**
 * Whether a staff member belongs to the community's Party organisation or residents'/villagers' committee — the
 * report's "社区专职人员(社区党组织、居委会成员)" in urban communities and "两委会成员" in rural ones. Service-centre
 * staff and others are not counted.
 *
 * @param staff - the staff member
 * @returns whether they hold a Party-organisation or committee role
 * @example
 * ```ts
 * isCommitteeMember({ ...s, roles: ['party-organization-member'] }); //=> true
 * isCommitteeMember({ ...s, roles: ['center-staff'] }); //=> false
 * ```
 */
export function isCommitteeMember(staff: StaffMember): boolean {
  return staff.roles.some((role) => COMMITTEE_ROLES.has(role));
}

/**
 * The full-time committee staff of the communities of one kind, and the share of them that are professionalised,
 * counted by `professionalizationRate` (the profile's `staff.professionalised` definition as of `asOf`).
 *
 * @param staff - every staff record
 * @param communities - the communities, to know each staff member's community kind
 * @param kind - `urban` or `rural`
 * @param options - the profile and date of the definition
 * @returns the number of full-time committee staff and the professionalised share of them
 * @throws {@link index!NoValueInForceError} when the definition has no value in force; {@link index!InvalidOptionError} for a
 *   malformed definition
 * @example
 * ```ts
 * committeeStaff(staff, communities, 'urban', { profile: kunshan, asOf: '2013-06-30' });
 * //=> { fullTime: 1558, professionalised: { numerator: 1340, denominator: 1558, ratio: 0.86… } }
 * ```
 */
export function committeeStaff(
  staff: readonly StaffMember[],
  communities: readonly Community[],
  kind: CommunityKind,
  options: { readonly profile: Profile; readonly asOf: string },
): { fullTime: number; professionalised: Share } {
  listArgument(staff, 'staff', 'object');
  listArgument(communities, 'communities', 'object');
  options = optionBag(options);
  const ofKind = new Set(communities.filter((c) => c.kind === kind).map((c) => c.id));
  const selected = staff.filter((s) => ofKind.has(s.communityId) && isCommitteeMember(s));
  const rate = professionalizationRate(selected, { profile: options.profile, asOf: options.asOf });
  return { fullTime: rate.fullTime, professionalised: share(rate.professionalised, rate.fullTime) };
}

/**
 * Certified social workers (持证社工) by level, whatever their role: every staff record with a certificate.
 *
 * @param staff - every staff record
 * @returns the count of each level, and the total
 * @example
 * ```ts
 * socialWorkersByLevel([{ ...s, socialWorkerLevel: 'junior' }, { ...t, socialWorkerLevel: 'intermediate' }, u]);
 * //=> { junior: 1, intermediate: 1, senior: 0, total: 2 }
 * ```
 */
export function socialWorkersByLevel(staff: readonly StaffMember[]): Record<SocialWorkerLevel | 'total', number> {
  listArgument(staff, 'staff', 'object');
  const counts: Record<SocialWorkerLevel | 'total', number> = { junior: 0, intermediate: 0, senior: 0, total: 0 };
  for (const s of staff) {
    if (s.socialWorkerLevel === undefined || !socialWorkerLevels.includes(s.socialWorkerLevel)) continue;
    counts[s.socialWorkerLevel] += 1;
    counts.total += 1;
  }
  return counts;
}
