/**
 * The "5+1" centre rule (spec §3.4): five stations, piloted, and the "+1", encouraged.
 *
 * @module
 */
import { kunshanReport } from '../../citation.js';
import { ProfileDefinitionError } from '../../errors.js';
import type { RuleResult, Severity } from '../../engine/types.js';
import { fivePlusOneMessages } from './messages.js';
import type { ResolvedParameter } from '../../profiles/types.js';
import { defineRule } from '../../engine/define-rule.js';

/** How binding the five stations and the "+1" are (`center.fivePlusOneStatus`). */
export interface FivePlusOneStatus {
  /** The five stations: a pilot target (试点推行, the report) or a requirement. */
  readonly stations: 'pilot' | 'required';
  /** The "+1": an encouragement (鼓励, the report) or a requirement. */
  readonly plusOne: 'encouraged' | 'required';
}

/**
 * Reads `center.fivePlusOneStatus`.
 *
 * @param parameter - the parameter in force
 * @returns the status
 * @throws {@link ProfileDefinitionError} when the value is not `{ stations: 'pilot' | 'required', plusOne: 'encouraged' | 'required' }`
 * @example
 * ```ts
 * readFivePlusOneStatus(parameter(kunshan, 'center.fivePlusOneStatus', '2013-06-30')); //=> { stations: 'pilot', plusOne: 'encouraged' }
 * ```
 */
export function readFivePlusOneStatus(parameter: ResolvedParameter): FivePlusOneStatus {
  const v = parameter.value as Record<string, unknown>;
  const ok =
    typeof v === 'object' && v !== null && (v['stations'] === 'pilot' || v['stations'] === 'required') && (v['plusOne'] === 'encouraged' || v['plusOne'] === 'required');
  if (!ok) {
    throw new ProfileDefinitionError(
      `Parameter "${parameter.id}" must hold { stations: 'pilot' | 'required', plusOne: 'encouraged' | 'required' }.`,
      { id: parameter.id },
    );
  }
  return v as unknown as FivePlusOneStatus;
}

/**
 * `center.five-plus-one` — the centre's five stations (`center.stations`: 政务受理站, 卫生服务站, 文体服务站,
 * 生活服务站, 社会组织服务站) and the "+1" (`center.plusOne`, by default the professional social-work service — a
 * reading the profile can change). One finding per station, with `item` set to the station id, present or missing;
 * then one per "+1" station. Not applicable (one finding) when the centre does not report its stations.
 *
 * The report pilots the five stations (“试点推行”) and encourages the "+1" (“鼓励”): neither is a requirement, so a
 * missing station is a pilot target not (yet) reached and a missing "+1" an encouragement not taken up — failures
 * of severity `info`, said so in the message (codes `pilot-missing`, `plus-one-encouraged-missing`). A profile makes
 * them binding with `center.fivePlusOneStatus` (`{ stations: 'required', plusOne: 'required' }`): a missing station
 * is then a `warning` (codes `missing`, `plus-one-missing`).
 *
 * > 按照“5 +1”的模式进一步提升城乡社区民生综合服务中心建设水平,试点推行设立政务受理站、卫生服务站、文体服务站、
 * > 生活服务站及社会组织服务站,为社区居民提供全方位服务,同时鼓励社区专职工作人员运用社会工作专业方法为居民提供个性化、
 * > 多样化服务 (paragraph 6)
 *
 * @example
 * ```ts
 * // a centre with stations ['government-affairs', 'culture-sports']:
 * findings.map((f) => [f.item, f.outcome, f.severity]);
 * //=> [['government-affairs', 'pass', 'info'], ['health', 'fail', 'info'], ['culture-sports', 'pass', 'info'],
 * //    ['daily-life', 'fail', 'info'], ['social-organization', 'fail', 'info'], ['social-work', 'fail', 'info']]
 * ```
 */
export const centerFivePlusOne = defineRule({
  id: 'center.five-plus-one',
  title: { 'zh-CN': '“5+1”服务中心(试点、鼓励)', en: 'The "5+1" centre (pilot, encouraged)' },
  subject: 'serviceCenter',
  severity: 'info',
  source: kunshanReport(6, '按照“5 +1”的模式进一步提升城乡社区民生综合服务中心建设水平,试点推行设立政务受理站、卫生服务站、文体服务站、生活服务站及社会组织服务站'),
  parameters: ['center.stations', 'center.plusOne', 'center.fivePlusOneStatus'],
  messages: fivePlusOneMessages,
  check(center, context) {
    const stations = context.param('center.stations').value;
    const plusOne = context.param('center.plusOne').value;
    const status = readFivePlusOneStatus(context.param('center.fivePlusOneStatus'));
    if (center.stations === undefined) {
      return { outcome: 'not-applicable', code: 'not-reported', path: ['stations'], expected: { stations, plusOne } };
    }
    const have = new Set<string>(center.stations);
    const results: RuleResult<keyof (typeof fivePlusOneMessages)['zh-CN']>[] = [];
    const report = (id: string, plus: boolean) => {
      const present = have.has(id);
      const binding = plus ? status.plusOne === 'required' : status.stations === 'required';
      const kind = plus ? status.plusOne : status.stations;
      const missingCode = plus ? (binding ? 'plus-one-missing' : 'plus-one-encouraged-missing') : binding ? 'missing' : 'pilot-missing';
      const severity: Severity = binding ? 'warning' : 'info';
      results.push({
        outcome: present ? 'pass' : 'fail',
        code: present ? (plus ? 'plus-one-present' : 'present') : missingCode,
        item: id,
        path: ['stations'],
        parameters: [plus ? 'center.plusOne' : 'center.stations', 'center.fivePlusOneStatus'],
        values: { station: id, status: kind },
        expected: true,
        actual: present,
        severity,
      });
    };
    for (const id of stations) report(id, false);
    for (const id of plusOne) report(id, true);
    return results;
  },
});
