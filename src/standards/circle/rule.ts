/**
 * The 15-minute community service circle as a rule over communities (spec §3.1).
 *
 * @module
 */
import { kunshanReport } from '../../citation.js';
import { haversineMetres } from '../../geo/distance.js';
import { circleMessages } from './messages.js';
import { defineRule } from '../../engine/define-rule.js';

/**
 * `circle.15-minute` — the community reaches the nearest centre that serves it on foot within `circle.minutes`
 * (15): the great-circle distance from the community's `location` to the centre's (haversine, as `/geo` computes
 * it) × `circle.detourFactor` ÷ `circle.walkingSpeed` (assumptions: 1.25 and 60 m/min). Our reading: the
 * community's location stands for its residences, and its own centres (those whose `communityIds` name it) are the
 * sites; for household-weighted coverage over residences use `serviceCircleCoverage` from
 * `community-standards/geo`. Not applicable when the community or every centre serving it reports no location.
 * The report *builds* the circle (“打造”), a goal, so a failure only informs.
 *
 * > 昆山市积极推行“一门式、一站式、一卡通”的服务模式和“错时工作制”,打造“15分钟社区服务圈” (paragraph 3)
 *
 * @example
 * ```ts
 * // a community 1,000 m (straight line) from its only centre: 1000 × 1.25 ÷ 60 = 20.8 minutes
 * finding.message; //=> '到最近的服务中心甲中心直线 1000 米,步行约 20.8 分钟,超出 15 分钟社区服务圈'
 * ```
 */
export const circleFifteenMinute = defineRule({
  id: 'circle.15-minute',
  title: { 'zh-CN': '“15分钟社区服务圈”', en: 'The 15-minute community service circle' },
  subject: 'community',
  severity: 'info',
  source: kunshanReport(3, '打造“15分钟社区服务圈”'),
  parameters: ['circle.minutes', 'circle.walkingSpeed', 'circle.detourFactor'],
  messages: circleMessages,
  check(community, context) {
    const minutes = context.param('circle.minutes').value;
    if (community.location === undefined) return { outcome: 'not-applicable', code: 'no-location', path: ['location'], expected: minutes };
    const { lon, lat } = community.location;
    let nearest: { name: string; id: string; metres: number } | undefined;
    for (const center of context.data.byCommunity('serviceCenter', community.id)) {
      if (center.location === undefined) continue;
      const metres = haversineMetres(lon, lat, center.location.lon, center.location.lat);
      if (nearest === undefined || metres < nearest.metres) nearest = { name: center.name, id: center.id, metres };
    }
    if (nearest === undefined) return { outcome: 'not-applicable', code: 'no-center-location', expected: minutes };
    const speed = context.param('circle.walkingSpeed').value;
    const detour = context.param('circle.detourFactor').value;
    const walking = (nearest.metres * detour) / speed;
    const values = {
      center: nearest.name,
      centerId: nearest.id,
      metres: Math.round(nearest.metres),
      walkingMinutes: Math.round(walking * 10) / 10,
      minutes,
    };
    const within = walking <= minutes;
    return { outcome: within ? 'pass' : 'fail', code: within ? 'within' : 'beyond', path: ['location'], values, expected: minutes, actual: values.walkingMinutes };
  },
});
