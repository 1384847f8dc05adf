/**
 * The employment rule (paragraph 9): zero-employment households are cleared.
 *
 * @module
 */
import { kunshanReport } from '../../citation.js';
import { defineRule } from '../../engine/define-rule.js';
import { formatIsoDate, parseIsoDate } from '../../time/calendar-date.js';
import { zeroEmploymentMessages, zeroEmploymentReasons } from './messages.js';
import { zeroEmploymentSpells } from './zero-employment.js';

/**
 * `employment.zero-employment-cleared` — a household that became a zero-employment household (零就业家庭: no member
 * employed, at least one unemployed — see `zeroEmploymentSpells`) is cleared within
 * `employment.zeroEmploymentClearanceDays` days (assumption: 30; the report gives no period): someone is employed
 * again (or no one is left seeking work) by the day the period ends. Read from the members' employment histories up
 * to the check's `asOf`. Fails when a spell still holds after the period (`not-cleared`, reported first) or ended
 * later than it (`cleared-late`); passes when there was no spell, every spell ended in time, or the current one is
 * still within the period. Not applicable when any member has no status reported on or before `asOf` (a child or a
 * retiree needs one too: `not-in-labour-force`), or one member has two statuses on one date.
 *
 * > 零就业家庭保持动态清零 (paragraph 9)
 *
 * @example
 * ```ts
 * // a member unemployed from 2013-04-01, no one employed since; asOf 2013-06-30:
 * finding.code; //=> 'not-cleared'
 * finding.values; //=> { since: '2013-04-01', days: 90, period: 30, deadline: '2013-05-01' }
 * ```
 */
export const employmentZeroEmploymentCleared = defineRule({
  id: 'employment.zero-employment-cleared',
  title: { 'zh-CN': '零就业家庭动态清零', en: 'Zero-employment households are cleared' },
  subject: 'household',
  severity: 'warning',
  source: kunshanReport(9, '零就业家庭保持动态清零'),
  parameters: ['employment.zeroEmploymentClearanceDays'],
  messages: zeroEmploymentMessages,
  reasons: zeroEmploymentReasons,
  check(household, context) {
    const reading = zeroEmploymentSpells(household.members, context.asOf);
    if (!reading.ok) {
      return { outcome: 'not-applicable', code: 'ambiguous-history', values: { member: reading.member + 1, date: reading.date }, path: ['members', reading.member, 'employment'] };
    }
    if (!reading.reported) return { outcome: 'not-applicable', code: 'not-reported', path: ['members'] };
    const period = context.param('employment.zeroEmploymentClearanceDays').value;
    const deadline = (since: string) => formatIsoDate((parseIsoDate(since) ?? 0) + period);
    const { spells } = reading;
    if (spells.length === 0) return { outcome: 'pass', code: 'never-zero', path: ['members'], expected: period, actual: 0 };
    const last = spells[spells.length - 1]!;
    if (last.until === undefined && last.days > period) {
      const values = { since: last.since, days: last.days, period, deadline: deadline(last.since) };
      return { outcome: 'fail', code: 'not-cleared', values, path: ['members'], expected: period, actual: last.days };
    }
    const late = spells.find((spell) => spell.until !== undefined && spell.days > period);
    if (late !== undefined) {
      const values = { since: late.since, until: late.until, days: late.days, period };
      return { outcome: 'fail', code: 'cleared-late', values, path: ['members'], expected: period, actual: late.days };
    }
    if (last.until === undefined) {
      const values = { since: last.since, days: last.days, period, deadline: deadline(last.since) };
      return { outcome: 'pass', code: 'within-period', values, path: ['members'], expected: period, actual: last.days };
    }
    const longest = Math.max(...spells.map((spell) => spell.days));
    return { outcome: 'pass', code: 'cleared', values: { spells: spells.length, longest, period }, path: ['members'], expected: period, actual: longest };
  },
});
