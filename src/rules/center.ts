/**
 * The "5+1" centre rule (spec §3.4): five stations and the "+1".
 *
 * @module
 */
import { kunshanReport } from '../citation.js';
import type { RuleResult } from '../engine/types.js';
import type { LocalizedText } from '../locale.js';
import { fivePlusOneMessages } from '../locales/rules/center.js';
import { stationKindLabels } from '../models/enums.js';
import { defineRule } from './define-rule.js';

const stationLabels: Readonly<Record<string, LocalizedText | undefined>> = stationKindLabels;

/**
 * `center.five-plus-one` — the centre runs each of the five stations (`center.stations`: 政务受理站, 卫生服务站,
 * 文体服务站, 生活服务站, 社会组织服务站) and the "+1" (`center.plusOne`, by default the professional social-work
 * service — a reading the profile can change). One finding per station, with `item` set to the station id, present
 * or missing; then one per "+1" station. A station's finding rests on `center.stations` only (cited), a "+1"
 * finding on `center.plusOne` only (our reading). Not applicable (one finding) when the centre does not report its stations.
 *
 * > 按照“5 +1”的模式进一步提升城乡社区民生综合服务中心建设水平,试点推行设立政务受理站、卫生服务站、文体服务站、
 * > 生活服务站及社会组织服务站,为社区居民提供全方位服务,同时鼓励社区专职工作人员运用社会工作专业方法为居民提供个性化、
 * > 多样化服务 (paragraph 6)
 *
 * @example
 * ```ts
 * // a centre with stations ['government-affairs', 'culture-sports']:
 * findings.map((f) => [f.item, f.outcome]);
 * //=> [['government-affairs', 'pass'], ['health', 'fail'], ['culture-sports', 'pass'], ['daily-life', 'fail'],
 * //    ['social-organization', 'fail'], ['social-work', 'fail']]
 * ```
 */
export const centerFivePlusOne = defineRule({
  id: 'center.five-plus-one',
  title: { 'zh-CN': '“5+1”民生综合服务中心', en: 'The "5+1" livelihood service centre' },
  subject: 'serviceCenter',
  severity: 'warning',
  source: kunshanReport(6, '按照“5 +1”的模式进一步提升城乡社区民生综合服务中心建设水平'),
  parameters: ['center.stations', 'center.plusOne'],
  messages: fivePlusOneMessages,
  check(center, context) {
    const stations = context.param('center.stations').value as readonly string[];
    const plusOne = context.param('center.plusOne').value as readonly string[];
    if (center.stations === undefined) {
      return { outcome: 'not-applicable', code: 'not-reported', path: ['stations'], expected: { stations, plusOne } };
    }
    const have = new Set<string>(center.stations);
    const results: RuleResult[] = [];
    const report = (id: string, plus: boolean) => {
      const present = have.has(id);
      results.push({
        outcome: present ? 'pass' : 'fail',
        code: `${plus ? 'plus-one-' : ''}${present ? 'present' : 'missing'}`,
        item: id,
        path: ['stations'],
        parameters: [plus ? 'center.plusOne' : 'center.stations'],
        values: { station: stationLabels[id]?.[context.locale] ?? id },
        expected: true,
        actual: present,
      });
    };
    for (const id of stations) report(id, false);
    for (const id of plusOne) report(id, true);
    return results;
  },
});
