/**
 * The brand rule (paragraphs 3 and 7): a service item's brand is one of the profile's brand catalogue.
 *
 * @module
 */
import { kunshanReport } from '../../citation.js';
import { defineRule } from '../../engine/define-rule.js';
import { brandIndex, brandKey } from './catalogue.js';
import { inCatalogueMessages } from './messages.js';

/**
 * `brand.in-catalogue` — a service item's `brand` names a brand of the profile's catalogue (`brand.catalogue`:
 * for Kunshan the nine brands of paragraph 3, in the three families of `brand.families`), compared without
 * quotation marks, punctuation, spaces or full-width forms, by name or alias (`“12345,楼道需要我”` is
 * `12345楼道需要我`). A match passes and names the brand and its family. A brand outside the catalogue fails: the
 * report's three lists end in 等 ("and others"), so by default (`brand.catalogueStatus: 'open'`) the catalogue is
 * not complete and the failure only informs (`not-catalogued`, severity `info`: a brand the report does not name,
 * or a misspelt one); a profile whose catalogue lists every brand (`'closed'`) makes it a `warning`
 * (`not-catalogued-closed`). Not applicable to an item with no brand.
 *
 * > 形成“夕阳护春蕾”社区校外辅导站、“乐龄之家”托老所、未成年人社会观护站等特色社区服务系列品牌;做优“邻里互助会馆”
 * > “12345,楼道需要我”“六金工作室”等居民互助系列品牌;推广“百帮服务社”“昆山社工团队成长计划”“爱传万家——社区工作者培训”
 * > 等……新型工作品牌 (paragraph 3); 2005年以来,昆山每年投入500万元用于打造社区特色服务品牌 (paragraph 7,
 * > `funding.featuredBrands`)
 *
 * @example
 * ```ts
 * // an item with brand '“乐龄之家”托老所':
 * finding.message; //=> '品牌“乐龄之家”在品牌目录中(特色社区服务系列品牌)'
 * ```
 */
export const brandInCatalogue = defineRule({
  id: 'brand.in-catalogue',
  title: { 'zh-CN': '服务品牌在品牌目录中', en: 'Service brands are in the catalogue' },
  subject: 'serviceItem',
  severity: 'info',
  source: kunshanReport(3, '发展社区志愿互助服务和特色品牌服务'),
  parameters: ['brand.catalogue', 'brand.families', 'brand.catalogueStatus'],
  messages: inCatalogueMessages,
  check(item, { param, once }) {
    const path = ['brand'];
    if (item.brand === undefined) return { outcome: 'not-applicable', code: 'no-brand', path };
    const catalogue = param('brand.catalogue');
    const index = once(catalogue, () => brandIndex(catalogue.value));
    const entry = index.get(brandKey(item.brand));
    if (entry !== undefined) {
      const families = param('brand.families').value;
      const title = families.find((f) => f.id === entry.family)?.title;
      const values = { brand: entry.name, family: entry.family, ...(title !== undefined && { familyTitle: title }) };
      return { outcome: 'pass', code: 'catalogued', path, values, expected: 'a brand of the catalogue', actual: entry.id, parameters: ['brand.catalogue', 'brand.families'] };
    }
    const closed = param('brand.catalogueStatus').value === 'closed';
    return {
      outcome: 'fail',
      code: closed ? 'not-catalogued-closed' : 'not-catalogued',
      path,
      values: { brand: item.brand },
      expected: 'a brand of the catalogue',
      actual: item.brand,
      severity: closed ? 'warning' : 'info',
      parameters: ['brand.catalogue', 'brand.catalogueStatus'],
    };
  },
});
