/**
 * Kunshan parameters: residential estates' property management — the "三位一体工作坊", the joint-meeting system and
 * the integrated property management incentive pilot (paragraph 3).
 *
 * @module
 */
import { kunshanReport as report } from '../../citation.js';
import { assume } from '../../profiles/kunshan/assume.js';
import type { ParameterSpecs } from '../../profiles/kunshan/specs.js';

const WORKSHOP = '在社区建立“三位一体工作坊”,建立社区、物业、业主委员会事务共商、矛盾共调的良性互动机制';
const JOINT_MEETING = '建立物业管理联席会议制度,统筹协调全市住宅区物业服务管理工作';
const PILOT = '深化物业一体化管理激励机制试点,完善考核方式,进一步扩大物业一体化激励机制的覆盖面';

/**
 * Property management of residential estates — part of the `kunshan` profile.
 *
 * @example
 * ```ts
 * Object.keys(propertyParameters).includes('property.triadParties'); //=> true
 * ```
 */
export const propertyParameters = {
  // paragraph 3: property management
  'property.triadParties': {
    label: { 'zh-CN': '“三位一体工作坊”的三方', en: 'The three parties of the "three-in-one workshop"' },
    unit: 'list',
    values: [{ value: ['community', 'owners-committee', 'property-company'], citation: report(3, WORKSHOP) }],
  },
  'property.triadMeetingWithinMonths': {
    label: { 'zh-CN': '“三位一体工作坊”议事间隔上限', en: 'The "three-in-one workshop" meets at least once in' },
    unit: 'months',
    description: assume(
      '检查日前这么多个月内,工作坊须至少有一次三方到齐的会议',
      'Within this many months before the day checked, the workshop must have met at least once with all three parties',
    ),
    values: [
      {
        value: 3,
        citation: report(3, WORKSHOP),
        assumption: assume(
          '报告只说建立工作坊与“事务共商、矛盾共调”的机制,未说多久议事一次;取“机制在运转”为近 3 个月(一个季度)内至少有一次三方到齐的会议。',
          'The report says the workshop and its mechanism of consulting and mediating together are set up, not how often it meets; we read "the mechanism works" as at least one meeting with all three parties in the last 3 months (a quarter).',
        ),
      },
    ],
  },
  'property.jointMeetingWithinMonths': {
    label: { 'zh-CN': '物业管理联席会议召开间隔上限', en: 'The joint meeting on property management meets at least once in' },
    unit: 'months',
    description: assume('检查日前这么多个月内,全市物业管理联席会议须至少召开一次', 'Within this many months before the day checked, the city’s joint meeting must have met at least once'),
    values: [
      {
        value: 12,
        citation: report(3, JOINT_MEETING),
        assumption: assume(
          '报告只说建立了联席会议制度,未说多久召开一次;取“制度在运转”为近 12 个月内至少召开一次。',
          'The report says the joint-meeting system is set up, not how often it meets; we read "the system works" as at least one meeting in the last 12 months.',
        ),
      },
    ],
  },
  'property.integrationPilotStatus': {
    label: { 'zh-CN': '物业一体化管理激励机制的约束力', en: 'How binding the integrated property management incentive is' },
    unit: 'record',
    description: assume(
      "'pilot'(试点:未纳入的住宅区仅作提示)或 'required'(硬性要求:未纳入为警告)",
      "'pilot' (an estate not in it is only told so) or 'required' (an estate not in it gets a warning)",
    ),
    values: [{ value: 'pilot', citation: report(3, PILOT) }],
  },
} satisfies ParameterSpecs;
