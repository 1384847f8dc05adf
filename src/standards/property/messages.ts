/**
 * Messages of the property management rules (`property.*`), in every locale.
 *
 * @module
 */
import type { RuleMessages } from '../../engine/types.js';
import { labelled, listEn, listZh } from '../../engine/message-format.js';
import { propertyPartyLabels } from '../../models/property-meeting.js';

/**
 * Messages of `property.triad-workshop`.
 *
 * @example
 * ```ts
 * triadWorkshopMessages['zh-CN'].lapsed!({ last: '2012-11-05', months: 3 }); //=> '“三位一体工作坊”近 3 个月未开会(三方到齐的最近一次:2012-11-05)'
 * ```
 */
export const triadWorkshopMessages: RuleMessages<'meets' | 'no-meetings' | 'incomplete' | 'lapsed' | 'no-estates' | 'not-reported'> = {
  'zh-CN': {
    meets: (v) => `“三位一体工作坊”近 ${String(v['months'])} 个月三方到齐开会 ${String(v['count'])} 次(最近一次:${String(v['last'])})`,
    'no-meetings': () => '未登记“三位一体工作坊”(社区、物业、业主委员会)的会议',
    incomplete: (v) =>
      `“三位一体工作坊”的 ${String(v['count'])} 次会议均未三方到齐(最近一次缺:${listZh(labelled(propertyPartyLabels, 'zh-CN', v['missing']))})`,
    lapsed: (v) => `“三位一体工作坊”近 ${String(v['months'])} 个月未开会(三方到齐的最近一次:${String(v['last'])})`,
    'no-estates': () => '社区内未登记住宅区,不适用',
    'not-reported': () => '数据集未报送物业管理会议,无法判断',
  },
  en: {
    meets: (v) =>
      `the "three-in-one workshop" met with all three parties ${String(v['count'])} time(s) in the last ${String(v['months'])} months (last on ${String(v['last'])})`,
    'no-meetings': () => 'no meeting of the "three-in-one workshop" (community, property company, owners’ committee) is recorded',
    incomplete: (v) =>
      `none of the ${String(v['count'])} meetings of the "three-in-one workshop" had all three parties (the latest lacked: ${listEn(labelled(propertyPartyLabels, 'en', v['missing']))})`,
    lapsed: (v) => `the "three-in-one workshop" has not met in the last ${String(v['months'])} months (last with all three parties on ${String(v['last'])})`,
    'no-estates': () => 'no residential estate is recorded in the community, so the rule does not apply',
    'not-reported': () => 'the dataset does not report property meetings',
  },
};

/**
 * Messages of `property.joint-meeting`.
 *
 * @example
 * ```ts
 * jointMeetingMessages['zh-CN']['never-met']!({ months: 12 }); //=> '未登记全市物业管理联席会议的会议'
 * ```
 */
export const jointMeetingMessages: RuleMessages<'met' | 'never-met' | 'lapsed' | 'no-estates' | 'not-reported'> = {
  'zh-CN': {
    met: (v) => `全市物业管理联席会议近 ${String(v['months'])} 个月召开 ${String(v['count'])} 次(最近一次:${String(v['last'])})`,
    'never-met': () => '未登记全市物业管理联席会议的会议',
    lapsed: (v) => `全市物业管理联席会议近 ${String(v['months'])} 个月未召开(最近一次:${String(v['last'])})`,
    'no-estates': () => '社区内未登记住宅区,不适用',
    'not-reported': () => '数据集未报送物业管理会议,无法判断',
  },
  en: {
    met: (v) => `the city’s joint meeting on property management met ${String(v['count'])} time(s) in the last ${String(v['months'])} months (last on ${String(v['last'])})`,
    'never-met': () => 'no meeting of the city’s joint meeting on property management is recorded',
    lapsed: (v) => `the city’s joint meeting on property management has not met in the last ${String(v['months'])} months (last on ${String(v['last'])})`,
    'no-estates': () => 'no residential estate is recorded in the community, so the rule does not apply',
    'not-reported': () => 'the dataset does not report property meetings',
  },
};

/**
 * Messages of `property.integration-pilot`: an estate outside the pilot says that the report pilots the mechanism
 * (试点) and means to widen it, unless the profile made it a requirement.
 *
 * @example
 * ```ts
 * integrationPilotMessages['zh-CN']['not-in-pilot']!({}); //=> '未纳入物业一体化管理激励机制试点(报告为“试点”并“进一步扩大覆盖面”,不是硬性要求)'
 * ```
 */
export const integrationPilotMessages: RuleMessages<'in-pilot' | 'not-in-pilot' | 'not-in-scheme' | 'joins-later' | 'not-reported'> = {
  'zh-CN': {
    'in-pilot': (v) => (v['since'] === undefined ? '已纳入物业一体化管理激励机制试点' : `已纳入物业一体化管理激励机制试点(自 ${String(v['since'])} 起)`),
    'not-in-pilot': () => '未纳入物业一体化管理激励机制试点(报告为“试点”并“进一步扩大覆盖面”,不是硬性要求)',
    'not-in-scheme': () => '未纳入物业一体化管理激励机制(本配置要求纳入)',
    'joins-later': (v) => `检查日尚未纳入物业一体化管理激励机制(自 ${String(v['since'])} 起纳入)`,
    'not-reported': () => '未报送是否纳入物业一体化管理激励机制试点,无法判断',
  },
  en: {
    'in-pilot': (v) =>
      v['since'] === undefined
        ? 'in the integrated property management incentive pilot'
        : `in the integrated property management incentive pilot (since ${String(v['since'])})`,
    'not-in-pilot': () => 'not in the integrated property management incentive pilot (the report pilots it and means to widen it: not a requirement)',
    'not-in-scheme': () => 'not in the integrated property management incentive scheme (this profile requires it)',
    'joins-later': (v) => `not yet in the integrated property management incentive scheme on the day checked (joins on ${String(v['since'])})`,
    'not-reported': () => 'whether the estate is in the integrated property management incentive pilot is not reported',
  },
};
