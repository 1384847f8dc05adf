/**
 * Staff members as HSDS `contact`s of their community's organization.
 *
 * @module
 */
import { staffRoleLabels } from '../models/enums.js';
import type { StaffMember } from '../models/staff-member.js';
import { attributeBag, attributeOf, ownerOf, type ExportContext } from './context.js';
import type { HsdsContact } from './types.js';

/**
 * A staff member as an HSDS contact of the community's organization: name, roles as the `title`, work e-mail and
 * work phone; the centre they work at as `location_id` when it is exported; roles, social-work certificate and
 * full-time status as attributes. Education and grid are not exported (personal, and grids are not HSDS objects).
 *
 * @param staff - the staff member
 * @param context - the export's context
 * @param centerExported - whether their centre (if any) is in the export
 * @returns the contact
 * @example
 * ```ts
 * staffContact({ id: 's1', name: '张三', communityId: 'lishe', roles: ['committee-member'], fullTime: true }, context, false);
 * //=> { id: '…', organization_id: '…', name: '张三', title: '居(村)委会成员', attributes: […] }
 * ```
 */
export function staffContact(staff: StaffMember, context: ExportContext, centerExported: boolean): HsdsContact {
  const owner = ownerOf(context, 'contact', ['staffMember', staff.id]);
  const roles = [...new Set(staff.roles)];
  const bag = attributeBag();
  for (const role of roles) bag.add(attributeOf(context, owner, `staff-role.${role}`));
  if (staff.socialWorkerLevel !== undefined) bag.add(attributeOf(context, owner, `social-worker-level.${staff.socialWorkerLevel}`));
  bag.add(attributeOf(context, owner, 'staff-profile.full-time', String(staff.fullTime)));
  return {
    id: owner.id,
    organization_id: context.id('community', staff.communityId),
    ...(centerExported && staff.serviceCenterId !== undefined && { location_id: context.id('serviceCenter', staff.serviceCenterId) }),
    name: staff.name,
    ...(roles.length > 0 && { title: context.messages.list(roles.map((r) => staffRoleLabels[r][context.locale])) }),
    ...(staff.email !== undefined && { email: staff.email }),
    ...(staff.phone !== undefined && {
      phones: [{ id: context.id(...owner.segments, 'phone'), contact_id: owner.id, number: staff.phone, type: 'voice' as const }],
    }),
    attributes: bag.list,
  };
}
