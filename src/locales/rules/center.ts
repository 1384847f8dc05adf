/**
 * Messages of the "5+1" centre rule (`center.five-plus-one`), in every locale.
 *
 * @module
 */
import type { RuleMessages } from '../../engine/types.js';

/**
 * Messages of `center.five-plus-one`.
 *
 * @example
 * ```ts
 * fivePlusOneMessages['zh-CN'].missing!({ station: '卫生服务站' }); //=> '未设卫生服务站'
 * ```
 */
export const fivePlusOneMessages: RuleMessages = {
  'zh-CN': {
    present: (v) => `设有${String(v['station'])}`,
    missing: (v) => `未设${String(v['station'])}`,
    'plus-one-present': (v) => `“+1”:开展${String(v['station'])}`,
    'plus-one-missing': (v) => `“+1”:未开展${String(v['station'])}`,
    'not-reported': () => '未报送“5+1”站点,无法判断',
  },
  en: {
    present: (v) => `has a ${String(v['station'])}`,
    missing: (v) => `no ${String(v['station'])}`,
    'plus-one-present': (v) => `"+1": provides ${String(v['station'])}`,
    'plus-one-missing': (v) => `"+1": no ${String(v['station'])}`,
    'not-reported': () => 'the "5+1" stations are not reported',
  },
};
