/**
 * Messages of the signage rule (`signage.four-plaques`), in every locale.
 *
 * @module
 */
import type { RuleMessages } from '../../engine/types.js';

/**
 * Messages of `signage.four-plaques`.
 *
 * @example
 * ```ts
 * fourPlaquesMessages['zh-CN'].extra!({ plaque: '居家养老服务中心' }); //=> '多挂牌子:居家养老服务中心'
 * ```
 */
export const fourPlaquesMessages: RuleMessages<'allowed' | 'mark' | 'extra' | 'duplicate' | 'missing' | 'not-reported'> = {
  'zh-CN': {
    allowed: (v) => `“${String(v['plaque'])}”属于${String(v['kind'])}牌子,允许悬挂`,
    mark: (v) => `“${String(v['plaque'])}”为${String(v['kind'])},允许悬挂`,
    extra: (v) => `多挂牌子:${String(v['plaque'])}`,
    duplicate: (v) => `重复悬挂${String(v['kind'])}牌子:“${String(v['plaque'])}”(已有“${String(v['first'])}”)`,
    missing: (v) => `缺少${String(v['kind'])}牌子`,
    'not-reported': () => '未报送所挂牌子,无法判断',
  },
  en: {
    allowed: (v) => `"${String(v['plaque'])}" is the ${String(v['kind'])} plaque, which may hang`,
    mark: (v) => `"${String(v['plaque'])}" is the ${String(v['kind'])}, which may hang`,
    extra: (v) => `plaque not allowed: ${String(v['plaque'])}`,
    duplicate: (v) => `a second ${String(v['kind'])} plaque: "${String(v['plaque'])}" (besides "${String(v['first'])}")`,
    missing: (v) => `the ${String(v['kind'])} plaque is missing`,
    'not-reported': () => 'no plaques are reported',
  },
};
