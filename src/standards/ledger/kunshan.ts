/**
 * Kunshan parameters: Ledger reduction (精简台账): the catalogue and the merge threshold (spec §3.7).
 *
 * @module
 */
import { ledgerCatalogueDefault } from './catalogue.js';
import { kunshanReport as report } from '../../citation.js';
import { assume } from '../../profiles/kunshan/assume.js';
import type { ParameterSpecs } from '../../profiles/kunshan/specs.js';

/**
 * Ledger reduction (精简台账): the catalogue and the merge threshold — part of the `kunshan` profile.
 *
 * @example
 * ```ts
 * Object.keys(ledgerParameters).includes('ledger.catalogue'); //=> true
 * ```
 */
export const ledgerParameters = {
  // §3.7 ledgers
  'ledger.catalogue': {
    label: { 'zh-CN': '标准台账目录', en: 'Standard ledger catalogue' },
    unit: 'list',
    description: assume('类别 { id, title, fields }', 'Categories { id, title, fields }'),
    values: [
      {
        value: ledgerCatalogueDefault,
        citation: report(5, '按照统一、合理、规范的标准科学设置社区台账种类'),
        assumption: assume(
          '报告未列出台账目录;默认取九类(党建、居民自治、人口信息、社会救助、养老助残、就业和社会保障、卫生计生、综治调解、便民服务)及其字段,各地应以正式目录替换。',
          'The report does not print the catalogue; by default we take nine categories (Party building, self-governance, population, social assistance, elderly and disability care, employment and social security, health and family planning, mediation, convenience services) and their fields. A city replaces it with its own.',
        ),
      },
    ],
  },
  'ledger.mergeThreshold': {
    label: { 'zh-CN': '台账合并的字段重合度下限', en: 'Field overlap at which ledgers merge' },
    unit: 'ratio',
    description: assume('同类台账字段的 Jaccard 指数(共有字段数 ÷ 字段总数)', 'Jaccard index of two same-category ledgers’ fields (shared ÷ all)'),
    values: [
      {
        value: 0.6,
        citation: report(5, '能合并的一律合并'),
        assumption: assume('报告未量化“能合并”;取同类台账字段重合度不低于 60%。', 'The report does not quantify "can be merged"; we take a field overlap of at least 60% between ledgers of one category.'),
      },
    ],
  },
} satisfies ParameterSpecs;
