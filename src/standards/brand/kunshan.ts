/**
 * Kunshan parameters: the service brands of paragraph 3, in their three families.
 *
 * @module
 */
import { kunshanReport as report } from '../../citation.js';
import { assume } from '../../profiles/kunshan/assume.js';
import type { ParameterSpecs } from '../../profiles/kunshan/specs.js';

const FEATURED = '形成“夕阳护春蕾”社区校外辅导站、“乐龄之家”托老所、未成年人社会观护站等特色社区服务系列品牌';
const MUTUAL_AID = '做优“邻里互助会馆”“12345,楼道需要我”“六金工作室”等居民互助系列品牌';
const NEW_WORK = '推广“百帮服务社”“昆山社工团队成长计划”“爱传万家——社区工作者培训”等关乎社区服务质量提升、社会组织培育和社工人才培养的新型工作品牌';

/**
 * The service brands — part of the `kunshan` profile. The budget that builds them (500万元 a year since 2005,
 * paragraph 7) is `funding.featuredBrands`.
 *
 * @example
 * ```ts
 * brandParameters['brand.catalogue'].values[0].value.length; //=> 9
 * ```
 */
export const brandParameters = {
  // paragraph 3: brands
  'brand.families': {
    label: { 'zh-CN': '服务品牌系列', en: 'Service brand families' },
    unit: 'list',
    description: assume('条目 { id, title, source }', 'Entries { id, title, source }'),
    values: [
      {
        value: [
          { id: 'featured-service', title: { 'zh-CN': '特色社区服务系列品牌', en: 'featured community services' }, source: report(3, FEATURED) },
          { id: 'mutual-aid', title: { 'zh-CN': '居民互助系列品牌', en: 'residents’ mutual aid' }, source: report(3, MUTUAL_AID) },
          { id: 'new-work', title: { 'zh-CN': '新型工作品牌', en: 'new ways of working' }, source: report(3, NEW_WORK) },
        ],
        citation: report(3, '发展社区志愿互助服务和特色品牌服务'),
      },
    ],
  },
  'brand.catalogue': {
    label: { 'zh-CN': '服务品牌目录', en: 'Service brand catalogue' },
    unit: 'list',
    description: assume(
      '条目 { id, name, family, aliases, source }:名称、所属系列(brand.families 的 id)、别名(报告所写全称、不带标点的写法)',
      'Entries { id, name, family, aliases, source }: the name, the family (an id of brand.families), other names (the full name the report writes, a spelling without punctuation)',
    ),
    values: [
      {
        value: [
          { id: 'xiyang-hu-chunlei', name: '夕阳护春蕾', family: 'featured-service', aliases: ['夕阳护春蕾社区校外辅导站'], source: report(3, FEATURED) },
          { id: 'leling-zhijia', name: '乐龄之家', family: 'featured-service', aliases: ['乐龄之家托老所'], source: report(3, FEATURED) },
          { id: 'minor-guardianship-station', name: '未成年人社会观护站', family: 'featured-service', source: report(3, FEATURED) },
          { id: 'linli-huzhu-huiguan', name: '邻里互助会馆', family: 'mutual-aid', source: report(3, MUTUAL_AID) },
          { id: 'louda-12345', name: '12345,楼道需要我', family: 'mutual-aid', aliases: ['12345楼道需要我'], source: report(3, MUTUAL_AID) },
          { id: 'liujin-studio', name: '六金工作室', family: 'mutual-aid', source: report(3, MUTUAL_AID) },
          { id: 'baibang-service', name: '百帮服务社', family: 'new-work', source: report(3, NEW_WORK) },
          { id: 'social-worker-team-growth', name: '昆山社工团队成长计划', family: 'new-work', source: report(3, NEW_WORK) },
          { id: 'aichuan-wanjia', name: '爱传万家', family: 'new-work', aliases: ['爱传万家——社区工作者培训'], source: report(3, NEW_WORK) },
        ],
        citation: report(3, `${FEATURED};${MUTUAL_AID};${NEW_WORK}`),
      },
    ],
  },
  'brand.catalogueStatus': {
    label: { 'zh-CN': '品牌目录是否完整', en: 'Whether the brand catalogue is complete' },
    unit: 'record',
    description: assume(
      "'open'(目录未列全:目录外的品牌仅作提示)或 'closed'(目录列全:目录外的品牌为警告)",
      "'open' (the catalogue is not complete: a brand outside it is only told so) or 'closed' (complete: a brand outside it gets a warning)",
    ),
    values: [
      {
        value: 'open',
        citation: report(3, '未成年人社会观护站等特色社区服务系列品牌'),
        assumption: assume(
          '报告的三份品牌名单都以“等”结尾,只是举例;取目录为未列全,目录外的品牌可能是报告未提及的真实品牌。',
          'Each of the report’s three lists of brands ends in 等 ("and others"): they are examples, so we take the catalogue as not complete — a brand outside it may be a real one the report does not name.',
        ),
      },
    ],
  },
} satisfies ParameterSpecs;
