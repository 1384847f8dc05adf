/**
 * The property management rules (paragraph 3): the "三位一体工作坊" meets, the city's joint meeting on property
 * management meets, and which residential estates are in the integrated property management incentive pilot.
 *
 * @module
 */
import { kunshanReport } from '../../citation.js';
import { defineRule } from '../../engine/define-rule.js';
import { integrationPilotMessages, jointMeetingMessages, triadWorkshopMessages } from './messages.js';
import { monthsBefore } from './window.js';

/** The key of the run's joint-meeting dates (`context.once`). */
const JOINT_MEETING_DATES = Symbol('property.joint-meeting dates');

/** Whether the community has no residential estate, as far as the dataset says (it says nothing without the list). */
function withoutEstates(data: { readonly dataset: { readonly residentialEstates?: readonly unknown[] | undefined }; byCommunity(kind: 'residentialEstate', id: string): readonly unknown[] }, id: string): boolean {
  return data.dataset.residentialEstates !== undefined && data.byCommunity('residentialEstate', id).length === 0;
}

/**
 * `property.triad-workshop` — the community's "三位一体工作坊" exists and meets: among the `propertyMeeting` records
 * of kind `triad-workshop` with the community's id, dated up to the day checked, at least one had every party of
 * `property.triadParties` (社区, 业主委员会, 物业服务企业) and fell within the last `property.triadMeetingWithinMonths`
 * months (3 by default — our reading: the report does not say how often). Fails with `no-meetings` (none
 * recorded), `incomplete` (none with all three parties; the latest one's missing parties named) or `lapsed` (the
 * last with all three is older). Not applicable when the dataset holds no property meetings at all, or lists
 * residential estates and none in the community (a workshop of community, property company and owners' committee
 * needs an estate).
 *
 * `governance.property-triad` reads the community's own answer (`propertyTriad`, yes or no); this rule reads the
 * meeting records, so a community may pass the one and fail the other.
 *
 * > 在社区建立“三位一体工作坊”,建立社区、物业、业主委员会事务共商、矛盾共调的良性互动机制 (paragraph 3)
 *
 * @example
 * ```ts
 * // checked on 2013-06-30; the community's workshop met on 2012-11-05 with all three parties, and not since:
 * finding.message; //=> '“三位一体工作坊”近 3 个月未开会(三方到齐的最近一次:2012-11-05)'
 * ```
 */
export const propertyTriadWorkshop = defineRule({
  id: 'property.triad-workshop',
  title: { 'zh-CN': '“三位一体工作坊”议事', en: 'The "three-in-one workshop" meets' },
  subject: 'community',
  severity: 'warning',
  source: kunshanReport(3, '在社区建立“三位一体工作坊”,建立社区、物业、业主委员会事务共商、矛盾共调的良性互动机制'),
  parameters: ['property.triadParties', 'property.triadMeetingWithinMonths'],
  messages: triadWorkshopMessages,
  check(community, { asOf, data, param }) {
    if (data.dataset.propertyMeetings === undefined) return { outcome: 'not-applicable', code: 'not-reported' };
    if (withoutEstates(data, community.id)) return { outcome: 'not-applicable', code: 'no-estates' };
    const parties = param('property.triadParties').value;
    const months = param('property.triadMeetingWithinMonths').value;
    const since = monthsBefore(asOf, months);
    const meetings = data.byCommunity('propertyMeeting', community.id).filter((m) => m.kind === 'triad-workshop' && m.date <= asOf);
    const full = meetings.filter((m) => parties.every((p) => (m.parties as readonly string[] | undefined)?.includes(p) === true));
    const recent = full.filter((m) => m.date >= since);
    const latest = (list: typeof meetings) => list.reduce<(typeof meetings)[number] | undefined>((a, m) => (a === undefined || m.date > a.date ? m : a), undefined);
    const expected = { parties, since };
    if (recent.length > 0) {
      const last = latest(recent)!.date;
      return { outcome: 'pass', code: 'meets', values: { count: recent.length, months, last }, expected, actual: recent.map((m) => m.id) };
    }
    if (meetings.length === 0) return { outcome: 'fail', code: 'no-meetings', values: { months }, expected, actual: [] };
    if (full.length === 0) {
      const newest = latest(meetings)!;
      const missing = parties.filter((p) => (newest.parties as readonly string[] | undefined)?.includes(p) !== true);
      return { outcome: 'fail', code: 'incomplete', values: { count: meetings.length, missing }, expected, actual: meetings.map((m) => m.id) };
    }
    const last = latest(full)!;
    return { outcome: 'fail', code: 'lapsed', values: { months, last: last.date }, expected, actual: last.date };
  },
});

/**
 * `property.joint-meeting` — the city's joint meeting on property management (物业管理联席会议), which coordinates
 * the residential estates of the whole city, met at least once within the last `property.jointMeetingWithinMonths`
 * months (12 by default — our reading: the report says the system is set up, not how often it meets). The meeting
 * is the city's, so every `propertyMeeting` of kind `joint-meeting` counts for every community, whatever its
 * `communityId`; the finding is given to each community with residential estates, as the state of the mechanism
 * that covers them. Severity `info`: the community does not convene it. Not applicable when the dataset holds no
 * property meetings, or lists estates and none in the community.
 *
 * > 成立昆山市住宅区物业服务管理工作领导小组,建立物业管理联席会议制度,统筹协调全市住宅区物业服务管理工作 (paragraph 3)
 *
 * @example
 * ```ts
 * // checked on 2013-06-30, the joint meeting met on 2013-03-12:
 * finding.message; //=> '全市物业管理联席会议近 12 个月召开 1 次(最近一次:2013-03-12)'
 * ```
 */
export const propertyJointMeeting = defineRule({
  id: 'property.joint-meeting',
  title: { 'zh-CN': '物业管理联席会议制度', en: 'The joint-meeting system of property management' },
  subject: 'community',
  severity: 'info',
  source: kunshanReport(3, '建立物业管理联席会议制度,统筹协调全市住宅区物业服务管理工作'),
  parameters: ['property.jointMeetingWithinMonths'],
  messages: jointMeetingMessages,
  check(community, { asOf, data, param, once }) {
    if (data.dataset.propertyMeetings === undefined) return { outcome: 'not-applicable', code: 'not-reported' };
    if (withoutEstates(data, community.id)) return { outcome: 'not-applicable', code: 'no-estates' };
    const months = param('property.jointMeetingWithinMonths').value;
    const since = monthsBefore(asOf, months);
    const dates = once(JOINT_MEETING_DATES, () =>
      data
        .all('propertyMeeting')
        .filter((m) => m.kind === 'joint-meeting' && m.date <= asOf)
        .map((m) => m.date)
        .sort(),
    );
    const last = dates[dates.length - 1];
    if (last === undefined) return { outcome: 'fail', code: 'never-met', values: { months }, expected: { since }, actual: null };
    const count = dates.filter((d) => d >= since).length;
    if (count === 0) return { outcome: 'fail', code: 'lapsed', values: { months, last }, expected: { since }, actual: last };
    return { outcome: 'pass', code: 'met', values: { months, count, last }, expected: { since }, actual: last };
  },
});

/**
 * `property.integration-pilot` — whether the residential estate is in the pilot of the incentive mechanism for
 * integrated property management (`integrationPilot`), on the day checked (an `integrationPilotSince` after it
 * means not yet: `joins-later`). The report pilots the mechanism and means to widen it (试点, 进一步扩大覆盖面):
 * an estate outside it is not at fault, so the failure is of severity `info` (`not-in-pilot`), unless the profile
 * makes it a requirement (`property.integrationPilotStatus: 'required'`): then a `warning` (`not-in-scheme`). Not
 * applicable when the estate does not say.
 *
 * > 深化物业一体化管理激励机制试点,完善考核方式,进一步扩大物业一体化激励机制的覆盖面 (paragraph 3)
 *
 * @example
 * ```ts
 * // an estate with integrationPilot: false:
 * [finding.outcome, finding.severity]; //=> ['fail', 'info']
 * ```
 */
export const propertyIntegrationPilot = defineRule({
  id: 'property.integration-pilot',
  title: { 'zh-CN': '物业一体化管理激励机制试点', en: 'The integrated property management incentive pilot' },
  subject: 'residentialEstate',
  severity: 'info',
  source: kunshanReport(3, '深化物业一体化管理激励机制试点,完善考核方式,进一步扩大物业一体化激励机制的覆盖面'),
  parameters: ['property.integrationPilotStatus'],
  messages: integrationPilotMessages,
  check(estate, { asOf, param }) {
    const required = param('property.integrationPilotStatus').value === 'required';
    const path = ['integrationPilot'];
    const severity = required ? 'warning' : 'info';
    if (estate.integrationPilot === undefined) return { outcome: 'not-applicable', code: 'not-reported', path };
    const since = estate.integrationPilotSince;
    if (estate.integrationPilot && since !== undefined && since > asOf) {
      return { outcome: 'fail', code: 'joins-later', path: ['integrationPilotSince'], values: { since }, expected: true, actual: false, severity };
    }
    if (estate.integrationPilot) return { outcome: 'pass', code: 'in-pilot', path, values: since === undefined ? {} : { since }, expected: true, actual: true };
    return { outcome: 'fail', code: required ? 'not-in-scheme' : 'not-in-pilot', path, expected: true, actual: false, severity };
  },
});
