/**
 * Messages of the "6+X" service rule (`service.6x`), in every locale.
 *
 * @module
 */
import type { RuleMessages, RuleReasons } from '../../engine/types.js';
import { serviceCategoryLabels } from '../../models/enums.js';
import { labelled, listEn, listZh } from '../../engine/message-format.js';

/**
 * Messages of `service.6x`.
 *
 * @example
 * ```ts
 * sixPlusXMessages['zh-CN']['missing-standard']!({ missing: ['elderly-care'], featured: 2, minFeatured: 1 });
 * //=> '缺少标准服务:社区养老(特色服务 2 项)'
 * ```
 */
export const sixPlusXMessages: RuleMessages<'complete' | 'missing-standard' | 'too-few-featured' | 'missing-both' | 'not-reported' | 'partial-list'> = {
  'zh-CN': {
    complete: (v) => `六项标准服务齐全,特色服务 ${String(v['featured'])} 项(不少于 ${String(v['minFeatured'])} 项)`,
    'missing-standard': (v) => `缺少标准服务:${listZh(labelled(serviceCategoryLabels, 'zh-CN', v['missing']))}(特色服务 ${String(v['featured'])} 项)`,
    'too-few-featured': (v) => `六项标准服务齐全,但特色服务 ${String(v['featured'])} 项,少于 ${String(v['minFeatured'])} 项`,
    'missing-both': (v) => `缺少标准服务:${listZh(labelled(serviceCategoryLabels, 'zh-CN', v['missing']))};特色服务 ${String(v['featured'])} 项,少于 ${String(v['minFeatured'])} 项`,
    'not-reported': () => '服务中心未报送服务项目,无法判断',
    'partial-list': (v) => `服务项目清单不完整,已列出的项目中未见:${listZh(labelled(serviceCategoryLabels, 'zh-CN', v['missing']))}(特色服务 ${String(v['featured'])} 项),无法判断`,
  },
  en: {
    complete: (v) => `all six standard services, and ${String(v['featured'])} featured (at least ${String(v['minFeatured'])})`,
    'missing-standard': (v) => `standard services missing: ${listEn(labelled(serviceCategoryLabels, 'en', v['missing']))} (${String(v['featured'])} featured)`,
    'too-few-featured': (v) => `all six standard services, but ${String(v['featured'])} featured, fewer than ${String(v['minFeatured'])}`,
    'missing-both': (v) =>
      `standard services missing: ${listEn(labelled(serviceCategoryLabels, 'en', v['missing']))}; ${String(v['featured'])} featured, fewer than ${String(v['minFeatured'])}`,
    'not-reported': () => 'no centre serving it reports its service items',
    'partial-list': (v) =>
      `the service item list is partial; the items listed do not show ${listEn(labelled(serviceCategoryLabels, 'en', v['missing']))} (${String(v['featured'])} featured), so it cannot be told`,
  },
};

/**
 * Why `service.6x` does not apply, by code, for summaries.
 *
 * @example
 * ```ts
 * sixPlusXReasons.en['partial-list']; //=> 'the service item list is partial and the items listed do not show all of 6+X'
 * ```
 */
export const sixPlusXReasons: RuleReasons<'complete' | 'missing-standard' | 'too-few-featured' | 'missing-both' | 'not-reported' | 'partial-list'> = {
  'zh-CN': { 'partial-list': '服务项目清单不完整,已列出的项目未见“6+X”的全部服务,无法判断' },
  en: { 'partial-list': 'the service item list is partial and the items listed do not show all of 6+X' },
};
