/**
 * The signage rule (spec §3.8): only the four plaques and the "江苏社区" mark.
 *
 * @module
 */
import { kunshanReport } from '../../citation.js';
import type { RuleResult } from '../../engine/types.js';
import { fourPlaquesMessages } from './messages.js';
import { plaqueKindsOf, plaqueMatcher, type AllowedPlaque } from './plaque-kinds.js';
import { defineRule } from '../../engine/define-rule.js';

/** The key of the rule's plaque finder, made once per run. */
const MATCHER = Symbol('plaque matcher');

/**
 * `signage.four-plaques` — the community hangs only the four plaques (`signage.allowedPlaques`: community Party
 * organisation, residents' committee, community service centre, comprehensive governance office), one of each, and
 * may hang the "江苏社区" mark (`signage.mark`, allowed but not required). A plaque's name is normalised (NFKC, so
 * full-width characters become half-width; spaces and quotation marks dropped) and classified by the ending of its
 * name: `里厍社区居民委员会` is the residents' committee plaque, `居家养老服务中心` is extra. One finding per plaque
 * (`item`: its name) — allowed, the mark, extra, or a duplicate of a kind already hung — then one per missing kind
 * (`item`: the kind's name). Not applicable when the community has no plaque records.
 *
 * > 根据社区建设“四位一体”模式,社区只悬挂社区党组织、社区居委会、社区服务中心、综合治理办公室四块牌子及“江苏社区”标志 (paragraph 5)
 *
 * @example
 * ```ts
 * // plaques 里厍社区居民委员会, 里厍社区服务中心, 居家养老服务中心:
 * findings.map((f) => f.message);
 * //=> ['“里厍社区居民委员会”属于社区居委会牌子,允许悬挂', '“里厍社区服务中心”属于社区服务中心牌子,允许悬挂',
 * //    '多挂牌子:居家养老服务中心', '缺少社区党组织牌子', '缺少综合治理办公室牌子']
 * ```
 */
export const signageFourPlaques = defineRule({
  id: 'signage.four-plaques',
  title: { 'zh-CN': '“四块牌子”', en: 'Only the four plaques' },
  subject: 'community',
  severity: 'warning',
  source: kunshanReport(5, '社区只悬挂社区党组织、社区居委会、社区服务中心、综合治理办公室四块牌子及“江苏社区”标志'),
  parameters: ['signage.allowedPlaques', 'signage.mark'],
  messages: fourPlaquesMessages,
  check(community, context) {
    // The kinds and their normalised endings are read once per run; the parameters are still read for each community.
    const allowedParameter = context.param('signage.allowedPlaques');
    const markParameter = context.param('signage.mark');
    const allowed = context.once(allowedParameter, () => plaqueKindsOf('signage.allowedPlaques', allowedParameter.value));
    const marks = context.once(markParameter, () => plaqueKindsOf('signage.mark', markParameter.value));
    const plaques = context.data.byCommunity('plaque', community.id);
    if (plaques.length === 0) return { outcome: 'not-applicable', code: 'not-reported', expected: allowed.map((k) => k.id) };
    const results: RuleResult<keyof (typeof fourPlaquesMessages)['zh-CN']>[] = [];
    const kinds = context.once(MATCHER, () => ({ all: [...allowed, ...marks], kindOf: plaqueMatcher([...allowed, ...marks]) }));
    const firstOf = new Map<string, string>();
    const counts = new Map<string, number>();
    for (const plaque of plaques) {
      const kind: AllowedPlaque | undefined = kinds.kindOf(plaque.name);
      if (kind === undefined) {
        const actual = { plaque: plaque.id, kind: null };
        results.push({
          outcome: 'fail',
          code: 'extra',
          item: plaque.name,
          values: { plaque: plaque.name },
          expected: kinds.all.map((k) => k.id),
          actual,
        });
        continue;
      }
      const count = (counts.get(kind.id) ?? 0) + 1;
      counts.set(kind.id, count);
      const first = firstOf.get(kind.id);
      const base = { item: plaque.name, actual: { plaque: plaque.id, kind: kind.id, count } };
      if (first !== undefined) {
        results.push({
          ...base,
          outcome: 'fail',
          code: 'duplicate',
          values: { plaque: plaque.name, kind: kind.name, first },
          expected: { kind: kind.id, count: 1 },
        });
        continue;
      }
      firstOf.set(kind.id, plaque.name);
      const code = marks.includes(kind) ? 'mark' : 'allowed';
      results.push({
        ...base,
        outcome: 'pass',
        code,
        values: { plaque: plaque.name, kind: kind.name },
        expected: { kind: kind.id, count: 1 },
      });
    }
    for (const kind of allowed) {
      if (firstOf.has(kind.id)) continue;
      results.push({
        outcome: 'fail',
        code: 'missing',
        item: kind.name,
        values: { kind: kind.name },
        expected: { kind: kind.id, count: 1 },
        actual: { kind: kind.id, count: 0 },
      });
    }
    return results;
  },
});
