/**
 * Messages of the "5+1" centre rule (`center.five-plus-one`), in every locale.
 *
 * @module
 */
import type { RuleMessages } from '../../engine/types.js';
import { stationKindLabels } from '../../models/enums.js';
import { labelled } from '../../engine/message-format.js';

const station = (v: Readonly<Record<string, unknown>>, locale: 'zh-CN' | 'en') => String(labelled(stationKindLabels, locale, v['station']));

/**
 * Messages of `center.five-plus-one`: a station the report pilots (试点推行) or a "+1" it encourages (鼓励) says
 * so when missing; `missing` and `plus-one-missing` are for a profile that makes them binding.
 *
 * @example
 * ```ts
 * fivePlusOneMessages['zh-CN']['pilot-missing']!({ station: 'health' }); //=> '未设卫生服务站(报告为“试点推行”的站点,是试点目标而非硬性要求)'
 * ```
 */
export const fivePlusOneMessages: RuleMessages<'present' | 'pilot-missing' | 'missing' | 'plus-one-present' | 'plus-one-encouraged-missing' | 'plus-one-missing' | 'not-reported'> = {
  'zh-CN': {
    present: (v) => `设有${station(v, 'zh-CN')}`,
    'pilot-missing': (v) => `未设${station(v, 'zh-CN')}(报告为“试点推行”的站点,是试点目标而非硬性要求)`,
    missing: (v) => `未设${station(v, 'zh-CN')}(本标准要求设立)`,
    'plus-one-present': (v) => `“+1”:开展${station(v, 'zh-CN')}`,
    'plus-one-encouraged-missing': (v) => `“+1”:未开展${station(v, 'zh-CN')}(报告为“鼓励”,不是硬性要求)`,
    'plus-one-missing': (v) => `“+1”:未开展${station(v, 'zh-CN')}(本标准要求开展)`,
    'not-reported': () => '未报送“5+1”站点,无法判断',
  },
  en: {
    present: (v) => `has a ${station(v, 'en')}`,
    'pilot-missing': (v) => `no ${station(v, 'en')} (a station the report pilots: a pilot target, not a requirement)`,
    missing: (v) => `no ${station(v, 'en')} (required by this profile)`,
    'plus-one-present': (v) => `"+1": provides ${station(v, 'en')}`,
    'plus-one-encouraged-missing': (v) => `"+1": no ${station(v, 'en')} (the report encourages it; not a requirement)`,
    'plus-one-missing': (v) => `"+1": no ${station(v, 'en')} (required by this profile)`,
    'not-reported': () => 'the "5+1" stations are not reported',
  },
};
