/**
 * The hall rules (spec §3.1): a one-stop hall, at least 20 service items, and "一门式、一站式、一卡通".
 *
 * @module
 */
import { kunshanReport } from '../../citation.js';
import type { ServiceMode } from '../../models/enums.js';
import { minItemsMessages, minItemsReasons, modesMessages, oneStopMessages, staggeredMessages } from './messages.js';
import { staggeredHours, type StaggeredHoursParams } from '../../time/staggered-hours.js';
import { communityItems } from '../service/community-items.js';
import { defineRule } from '../../engine/define-rule.js';

/**
 * `hall.one-stop` — the community is served by a centre with a one-stop hall.
 *
 * > 在昆山,100%的社区创设了“一站式”服务大厅 (paragraph 3)
 *
 * @example
 * ```ts
 * check(dataset, { rules: ['hall.one-stop'] }).findings[0]?.outcome; //=> 'pass'
 * ```
 */
export const hallOneStop = defineRule({
  id: 'hall.one-stop',
  title: { 'zh-CN': '“一站式”服务大厅', en: 'One-stop service hall' },
  subject: 'community',
  severity: 'error',
  source: kunshanReport(3, '在昆山,100%的社区创设了“一站式”服务大厅'),
  parameters: [],
  messages: oneStopMessages,
  check(community, { data }) {
    const centers = data.byCommunity('serviceCenter', community.id);
    if (centers.length === 0) return { outcome: 'fail', code: 'no-center', expected: true, actual: false };
    const withHall = centers.find((c) => c.oneStopHall);
    if (withHall !== undefined) {
      return { outcome: 'pass', code: 'has-hall', values: { center: withHall.name }, expected: true, actual: true };
    }
    return { outcome: 'fail', code: 'no-hall', values: { centers: centers.map((c) => c.name) }, expected: true, actual: false };
  },
});

/**
 * `hall.min-items` — the community is offered at least `hall.minServiceItems` (20) distinct service items by the
 * centres that serve it. Not applicable when no centre reports its items (unknown is not zero). When a centre's
 * list is partial (`serviceItemsPartial`), the listed items are a lower bound: enough of them passes
 * (`enough-partial`), fewer is not applicable (`partial-list`), never a failure.
 *
 * > 85%的社区服务项目达20个以上 (paragraph 3)
 *
 * @example
 * ```ts
 * // a community whose centre lists 19 items:
 * finding.message; //=> '服务项目 19 项,少于 20 项(差 1 项)'
 * ```
 */
export const hallMinItems = defineRule({
  id: 'hall.min-items',
  title: { 'zh-CN': '服务项目不少于 20 项', en: 'At least 20 service items' },
  subject: 'community',
  severity: 'warning',
  source: kunshanReport(3, '85%的社区服务项目达20个以上'),
  parameters: ['hall.minServiceItems'],
  messages: minItemsMessages,
  reasons: minItemsReasons,
  check(community, context) {
    const min = context.param('hall.minServiceItems').value;
    const offered = communityItems(community, context);
    if (offered === undefined) return { outcome: 'not-applicable', code: 'not-reported', expected: min };
    const count = offered.items.length;
    if (offered.partial) {
      // A partial list is a lower bound: enough already passes; fewer says nothing.
      if (count >= min) return { outcome: 'pass', code: 'enough-partial', values: { count, min }, expected: min, actual: count };
      return { outcome: 'not-applicable', code: 'partial-list', values: { count, min }, expected: min, actual: count };
    }
    if (count >= min) return { outcome: 'pass', code: 'enough', values: { count, min }, expected: min, actual: count };
    return { outcome: 'fail', code: 'too-few', values: { count, min, gap: min - count }, expected: min, actual: count };
  },
});

/**
 * `hall.modes` — the centre practises every required service mode: "一门式、一站式、一卡通".
 * Not applicable when the centre does not report its modes. The finding's values carry the modes' ids
 * (`values.modes`, `values.missing`); its message names them.
 *
 * > 昆山市积极推行“一门式、一站式、一卡通”的服务模式 (paragraph 3)
 *
 * @example
 * ```ts
 * // a centre with serviceModes ['one-door', 'one-stop']:
 * finding.message; //=> '未实行:一卡通'
 * ```
 */
export const hallModes = defineRule({
  id: 'hall.modes',
  title: { 'zh-CN': '一门式、一站式、一卡通', en: 'One door, one stop, one card' },
  subject: 'serviceCenter',
  severity: 'warning',
  source: kunshanReport(3, '积极推行“一门式、一站式、一卡通”的服务模式'),
  parameters: ['hall.requiredModes'],
  messages: modesMessages,
  check(center, context) {
    const required = context.param('hall.requiredModes').value;
    if (center.serviceModes === undefined) return { outcome: 'not-applicable', code: 'not-reported', path: ['serviceModes'], expected: required };
    const have = new Set(center.serviceModes);
    const missing = required.filter((m) => !have.has(m));
    if (missing.length === 0) {
      return { outcome: 'pass', code: 'all', values: { modes: required }, expected: required, actual: center.serviceModes };
    }
    return {
      outcome: 'fail',
      code: 'missing',
      path: ['serviceModes'],
      values: { missing },
      expected: required,
      actual: center.serviceModes,
    };
  },
});

/**
 * `hall.staggered-hours` — "错时工作制": the centre's weekly hours reach outside ordinary office hours — at least
 * `hall.minWeekendDays` weekend days open and `hall.minEveningWeekdays` weekdays open until `hall.eveningUntil`
 * (Kunshan's figures are assumptions: the report names the system but does not quantify it). Not applicable when
 * the centre does not report its hours. Holidays and make-up working days are a matter of dates, not of weekly
 * hours: see `openingHoursOn` in `community-standards/time`.
 *
 * > 昆山市积极推行“一门式、一站式、一卡通”的服务模式和“错时工作制” (paragraph 3)
 *
 * @example
 * ```ts
 * // a centre open Mon–Fri 08:30–17:00 only:
 * finding.message; //=> '未达错时工作制要求:每周常规时间外开放 0 分钟;周末开放 0 天(应至少 1 天);晚间开放至 19:00 的工作日 0 天(应至少 1 天)'
 * ```
 */
export const hallStaggeredHours = defineRule({
  id: 'hall.staggered-hours',
  title: { 'zh-CN': '错时工作制', en: 'Staggered opening hours' },
  subject: 'serviceCenter',
  severity: 'warning',
  source: kunshanReport(3, '昆山市积极推行“一门式、一站式、一卡通”的服务模式和“错时工作制”'),
  parameters: ['hall.ordinaryHours', 'hall.minWeekendDays', 'hall.eveningUntil', 'hall.minEveningWeekdays'],
  messages: staggeredMessages,
  check(center, context) {
    const params: StaggeredHoursParams = {
      ordinaryHours: context.param('hall.ordinaryHours').value,
      minWeekendDays: context.param('hall.minWeekendDays').value,
      eveningUntil: context.param('hall.eveningUntil').value,
      minEveningWeekdays: context.param('hall.minEveningWeekdays').value,
    };
    if (center.openingHours === undefined || center.openingHours.length === 0) {
      return { outcome: 'not-applicable', code: 'not-reported', path: ['openingHours'] };
    }
    const r = staggeredHours(center.openingHours, params, { locale: context.locale });
    const values = {
      outside: r.outsideOfficeMinutesPerWeek,
      weekend: r.weekend.actual,
      minWeekend: r.weekend.required,
      evening: r.evening.actual,
      minEvening: r.evening.required,
      until: params.eveningUntil,
    };
    const expected = { weekendDays: r.weekend.required, eveningWeekdays: r.evening.required, eveningUntil: params.eveningUntil };
    const actual = { weekendDays: r.weekendDays, eveningWeekdays: r.eveningWeekdays, outsideOfficeMinutesPerWeek: r.outsideOfficeMinutesPerWeek };
    return r.met
      ? { outcome: 'pass', code: 'met', values, expected, actual }
      : { outcome: 'fail', code: 'not-met', path: ['openingHours'], values, expected, actual };
  },
});
