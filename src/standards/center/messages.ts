/**
 * Messages of the "5+1" centre rule (`center.five-plus-one`), in every locale.
 *
 * @module
 */
import type { RuleMessages } from '../../engine/types.js';

/**
 * Messages of `center.five-plus-one`: a station the report pilots (试点推行) or a "+1" it encourages (鼓励) says
 * so when missing; `missing` and `plus-one-missing` are for a profile that makes them binding.
 *
 * @example
 * ```ts
 * fivePlusOneMessages['zh-CN']['pilot-missing']!({ station: '卫生服务站' }); //=> '未设卫生服务站(报告为“试点推行”的站点,是试点目标而非硬性要求)'
 * ```
 */
export const fivePlusOneMessages: RuleMessages = {
  'zh-CN': {
    present: (v) => `设有${String(v['station'])}`,
    'pilot-missing': (v) => `未设${String(v['station'])}(报告为“试点推行”的站点,是试点目标而非硬性要求)`,
    missing: (v) => `未设${String(v['station'])}(本标准要求设立)`,
    'plus-one-present': (v) => `“+1”:开展${String(v['station'])}`,
    'plus-one-encouraged-missing': (v) => `“+1”:未开展${String(v['station'])}(报告为“鼓励”,不是硬性要求)`,
    'plus-one-missing': (v) => `“+1”:未开展${String(v['station'])}(本标准要求开展)`,
    'not-reported': () => '未报送“5+1”站点,无法判断',
  },
  en: {
    present: (v) => `has a ${String(v['station'])}`,
    'pilot-missing': (v) => `no ${String(v['station'])} (a station the report pilots: a pilot target, not a requirement)`,
    missing: (v) => `no ${String(v['station'])} (required by this profile)`,
    'plus-one-present': (v) => `"+1": provides ${String(v['station'])}`,
    'plus-one-encouraged-missing': (v) => `"+1": no ${String(v['station'])} (the report encourages it; not a requirement)`,
    'plus-one-missing': (v) => `"+1": no ${String(v['station'])} (required by this profile)`,
    'not-reported': () => 'the "5+1" stations are not reported',
  },
};
