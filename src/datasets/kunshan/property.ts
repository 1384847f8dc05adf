/**
 * Synthetic property-management records (paragraph 3): residential estates with their property arrangements, the
 * meetings of their communities' "三位一体工作坊" and two meetings of the city's joint meeting on property
 * management, so that the `property.*` rules have passes and failures in the Kunshan 2013 dataset. The report
 * gives no such records (no estate, meeting or pilot list): every one of them is invented.
 *
 * @module
 */
import type { Community } from '../../models/community.js';
import type { PropertyMeeting } from '../../models/property-meeting.js';
import type { ResidentialEstate } from '../../models/residential-estate.js';
import type { Random } from '../random.js';
import { shuffled } from './exact.js';

/** The synthetic property-management records. */
export interface PropertyRecords {
  /** Residential estates. */
  readonly residentialEstates: ResidentialEstate[];
  /** Workshop and joint meetings. */
  readonly propertyMeetings: PropertyMeeting[];
}

const ALL = ['community', 'owners-committee', 'property-company'] as const;

/**
 * The three estates of each chosen community, with the outcome of `property.integration-pilot`: in the pilot since
 * 2012-07-01 (pass), not in it (fail, information only), not said (not applicable).
 */
const ESTATES: readonly (Omit<ResidentialEstate, 'id' | 'communityId' | 'name'> & { readonly suffix: string })[] = [
  { suffix: '花园', households: 860, propertyCompany: '昆山安居物业服务有限公司', ownersCommittee: true, integrationPilot: true, integrationPilotSince: '2012-07-01' },
  { suffix: '新村', households: 1240, propertyCompany: '昆山锦华物业服务有限公司', ownersCommittee: true, integrationPilot: false },
  { suffix: '苑', households: 430, propertyCompany: '昆山和顺物业服务有限公司', ownersCommittee: false },
];

/**
 * The workshop meetings of the chosen communities, by position (0–3, repeating), with the outcome of
 * `property.triad-workshop` on 2013-06-30 (window from 2013-03-30): all three parties on 2013-05-15 (pass); all
 * three on 2012-11-20 only (fail: lapsed); on 2013-06-05 without the owners' committee (fail: incomplete); none
 * (fail: no meetings).
 */
const WORKSHOPS: readonly (readonly Omit<PropertyMeeting, 'id' | 'communityId' | 'kind' | 'estateIds'>[])[] = [
  [{ date: '2013-05-15', parties: [...ALL], topics: ['affairs', 'disputes'] }],
  [{ date: '2012-11-20', parties: [...ALL], topics: ['disputes'] }],
  [{ date: '2013-06-05', parties: ['community', 'property-company'], topics: ['affairs'] }],
  [],
];

/** The city's joint meetings (both within the 12 months before 2013-06-30, so `property.joint-meeting` passes). */
const JOINT_MEETINGS: readonly PropertyMeeting[] = [
  { id: 'ks-joint-2012-12', kind: 'joint-meeting', date: '2012-12-18', topics: ['affairs'] },
  { id: 'ks-joint-2013-04', kind: 'joint-meeting', date: '2013-04-16', topics: ['affairs', 'disputes'] },
];

/**
 * Makes the synthetic property-management records: `count` urban communities picked at random (sorted by id) each
 * get the three estates above (ids `<community id>-est1…3`) and the workshop meetings of their position (ids
 * `<community id>-pm1`), and the city gets its two joint meetings. With `count` 8, under the `kunshan` profile on
 * 2013-06-30: `property.triad-workshop` 2 pass / 6 fail, `property.joint-meeting` 8 pass, `property.integration-pilot`
 * 8 / 8 / 8; every other community has no estate (not applicable). Synthetic.
 *
 * @param random - the generator
 * @param communities - the synthetic communities to pick from (urban ones are picked)
 * @param count - how many communities get estates
 * @returns the records
 * @example
 * ```ts
 * makePropertyRecords(random, communities, 8).residentialEstates.length; //=> 24
 * ```
 */
export function makePropertyRecords(random: Random, communities: readonly Community[], count: number): PropertyRecords {
  const chosen = shuffled(random, communities.filter((c) => c.kind === 'urban')).slice(0, count);
  chosen.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const residentialEstates: ResidentialEstate[] = [];
  const propertyMeetings: PropertyMeeting[] = [];
  chosen.forEach((c, position) => {
    const base = c.name.replace(/(社区|村)$/, '');
    const estateIds = ESTATES.map((_, i) => `${c.id}-est${i + 1}`);
    ESTATES.forEach(({ suffix, ...estate }, i) => residentialEstates.push({ id: estateIds[i]!, communityId: c.id, name: `${base}${suffix}`, ...estate }));
    (WORKSHOPS[position % WORKSHOPS.length] ?? []).forEach((m, i) =>
      propertyMeetings.push({
        id: `${c.id}-pm${i + 1}`,
        kind: 'triad-workshop',
        communityId: c.id,
        estateIds: [...estateIds],
        ...m,
        ...(m.parties !== undefined && { parties: [...m.parties] }),
        ...(m.topics !== undefined && { topics: [...m.topics] }),
      }),
    );
  });
  for (const m of JOINT_MEETINGS) propertyMeetings.push({ ...m, ...(m.topics !== undefined && { topics: [...m.topics] }) });
  return { residentialEstates, propertyMeetings };
}
