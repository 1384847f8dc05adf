/**
 * The floor-area rule (spec §3.5): community service space per 100 households against the national standard.
 *
 * @module
 */
import { ProfileDefinitionError } from '../../errors.js';
import { perHouseholdsMessages, perHouseholdsReasons } from './messages.js';
import type { Community } from '../../models/community.js';
import type { Basis } from '../../profiles/types.js';
import { defineRule } from '../../engine/define-rule.js';
import { centerFloorArea } from '../../statistics/community-space.js';

/** Tolerance of the comparison, in m² per 100 households, for floating-point sums of apportioned areas. */
const EPSILON = 1e-9;

function readBasis(value: unknown): Basis {
  if (value === 'resident-households' || value === 'registered-households') return value;
  throw new ProfileDefinitionError("Parameter \"area.householdBasis\" must be 'resident-households' or 'registered-households'.", {
    id: 'area.householdBasis',
  });
}

/**
 * `area.per-households` — the floor area of the centres serving the community, per 100 households, is at least the
 * national standard `area.perHundredHouseholds` (≥ 30 m², in force from 2016: before that the rule does not apply).
 * A centre's area is `floorArea.total`, or the sum of its office, service and activity space. A centre serving
 * several communities is apportioned between them by their households, counted on the basis
 * `area.householdBasis` (Kunshan, our reading: resident households) — so each gets the centre's area per 100 of
 * their pooled households; a community served by several centres adds up its shares. Not applicable when no
 * centre serves it, a centre's area is not reported, or a household count needed is missing or zero (the other
 * count is never used instead). Kunshan's reported averages (over 1315 / 1274 m²) are city statistics, not this
 * rule.
 *
 * > 每百户居民拥有综合服务设施面积不低于30平方米 (城乡社区服务体系建设规划(2016-2020年))
 *
 * @example
 * ```ts
 * // 千灯大潭村 with 481 resident households and its 1300 m² centre, as of 2020:
 * finding.message; //=> '用房面积 1300.0 平方米,481 户,每百户 270.3 平方米,不低于 30 平方米'
 * ```
 */
export const areaPerHouseholds = defineRule({
  id: 'area.per-households',
  title: { 'zh-CN': '每百户社区综合服务设施面积', en: 'Service facility area per 100 households' },
  subject: 'community',
  severity: 'warning',
  source: {
    document: '城乡社区服务体系建设规划(2016-2020年)',
    section: '建设目标',
    quote: '每百户居民拥有综合服务设施面积不低于30平方米',
  },
  parameters: ['area.perHundredHouseholds', 'area.householdBasis'],
  messages: perHouseholdsMessages,
  reasons: perHouseholdsReasons,
  check(community, context) {
    const min = context.param('area.perHundredHouseholds').value;
    const basis = readBasis(context.param('area.householdBasis').value);
    const field = basis === 'resident-households' ? 'resident' : 'registered';
    const { data } = context;
    const centers = data.byCommunity('serviceCenter', community.id);
    if (centers.length === 0) return { outcome: 'not-applicable', code: 'no-center', expected: min };
    const unreported = centers.filter((c) => centerFloorArea(c) === undefined);
    if (unreported.length > 0) {
      return { outcome: 'not-applicable', code: 'area-not-reported', values: { centers: unreported.map((c) => c.name) }, expected: min };
    }
    const households = (id: string): number | undefined =>
      (id === community.id ? community : (data.get('community', id) as Community | undefined))?.households[field];
    const nameOf = (id: string) => (id === community.id ? community : data.get('community', id))?.name ?? id;
    const involved = [...new Set(centers.flatMap((c) => c.communityIds))];
    const lacking = involved.filter((id) => households(id) === undefined);
    if (lacking.length > 0) {
      return {
        outcome: 'not-applicable',
        code: 'households-not-reported',
        values: { communities: lacking.map(nameOf), basis },
        expected: min,
      };
    }
    const own = households(community.id) ?? 0;
    if (own === 0) {
      return {
        outcome: 'not-applicable',
        code: 'no-households',
        values: { communities: [community.name], basis },
        expected: min,
      };
    }
    let area = 0;
    const shares: { center: string; area: number; households: number }[] = [];
    for (const center of centers) {
      const pooled = [...new Set(center.communityIds)].reduce((sum, id) => sum + (households(id) ?? 0), 0);
      const share = ((centerFloorArea(center) ?? 0) * own) / pooled;
      shares.push({ center: center.id, area: centerFloorArea(center) ?? 0, households: pooled });
      area += share;
    }
    const perHundred = (area * 100) / own;
    const values = { area, households: own, perHundred, min, basis, shortfall: Math.max(0, (min * own) / 100 - area), shares };
    const actual = { area, households: own, perHundred };
    if (perHundred >= min - EPSILON) return { outcome: 'pass', code: 'enough', values, expected: min, actual };
    return { outcome: 'fail', code: 'too-small', values, expected: min, actual };
  },
});
