/**
 * Messages of the brand rules (`brand.*`), in every locale.
 *
 * @module
 */
import type { RuleMessages } from '../../engine/types.js';
import type { Locale } from '../../locale.js';

/** The family's title in a locale, from the finding's values (`familyTitle`), or its id. */
function family(v: Readonly<Record<string, unknown>>, locale: Locale): string {
  const title = v['familyTitle'] as Readonly<Record<string, unknown>> | undefined;
  const text = title?.[locale];
  return typeof text === 'string' ? text : String(v['family']);
}

/**
 * Messages of `brand.in-catalogue`.
 *
 * @example
 * ```ts
 * inCatalogueMessages['zh-CN'].catalogued!({ brand: '乐龄之家', family: 'featured-service', familyTitle: { 'zh-CN': '特色社区服务系列品牌', en: 'featured community services' } });
 * //=> '品牌“乐龄之家”在品牌目录中(特色社区服务系列品牌)'
 * ```
 */
export const inCatalogueMessages: RuleMessages<'catalogued' | 'not-catalogued' | 'not-catalogued-closed' | 'no-brand'> = {
  'zh-CN': {
    catalogued: (v) => `品牌“${String(v['brand'])}”在品牌目录中(${family(v, 'zh-CN')})`,
    'not-catalogued': (v) => `品牌“${String(v['brand'])}”不在品牌目录中(报告所列品牌以“等”结尾,目录未列全:可能是报告未提及的品牌,也可能是名称有误)`,
    'not-catalogued-closed': (v) => `品牌“${String(v['brand'])}”不在品牌目录中`,
    'no-brand': () => '服务项目未标注品牌,不适用',
  },
  en: {
    catalogued: (v) => `the brand "${String(v['brand'])}" is in the brand catalogue (${family(v, 'en')})`,
    'not-catalogued': (v) =>
      `the brand "${String(v['brand'])}" is not in the brand catalogue (the report’s lists of brands end in "and others", so the catalogue is not complete: a brand the report does not name, or a misspelt name)`,
    'not-catalogued-closed': (v) => `the brand "${String(v['brand'])}" is not in the brand catalogue`,
    'no-brand': () => 'the service item names no brand, so the rule does not apply',
  },
};
