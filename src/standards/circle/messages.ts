/**
 * Messages of the 15-minute circle rule (`circle.15-minute`), in every locale.
 *
 * @module
 */
import type { RuleMessages } from '../../engine/types.js';

const n = (v: unknown) => String(v);

/**
 * Messages of `circle.15-minute`.
 *
 * @example
 * ```ts
 * circleMessages['zh-CN'].beyond!({ center: '甲中心', metres: 1000, walkingMinutes: 20.8, minutes: 15 });
 * //=> '到最近的服务中心甲中心直线 1000 米,步行约 20.8 分钟,超出 15 分钟社区服务圈'
 * ```
 */
export const circleMessages: RuleMessages<'within' | 'beyond' | 'no-location' | 'no-center-location'> = {
  'zh-CN': {
    within: (v) => `到最近的服务中心${n(v['center'])}直线 ${n(v['metres'])} 米,步行约 ${n(v['walkingMinutes'])} 分钟,在 ${n(v['minutes'])} 分钟社区服务圈内`,
    beyond: (v) => `到最近的服务中心${n(v['center'])}直线 ${n(v['metres'])} 米,步行约 ${n(v['walkingMinutes'])} 分钟,超出 ${n(v['minutes'])} 分钟社区服务圈`,
    'no-location': () => '社区未报送位置,无法计算服务圈',
    'no-center-location': () => '为本社区服务的中心均未报送位置,无法计算服务圈',
  },
  en: {
    within: (v) =>
      `the nearest centre serving it, ${n(v['center'])}, is ${n(v['metres'])} m away in a straight line, about ${n(v['walkingMinutes'])} minutes on foot: within the ${n(v['minutes'])}-minute circle`,
    beyond: (v) =>
      `the nearest centre serving it, ${n(v['center'])}, is ${n(v['metres'])} m away in a straight line, about ${n(v['walkingMinutes'])} minutes on foot: beyond the ${n(v['minutes'])}-minute circle`,
    'no-location': () => 'the community reports no location, so the circle cannot be computed',
    'no-center-location': () => 'no centre serving it reports a location, so the circle cannot be computed',
  },
};
