/**
 * Kunshan parameters: Work access, ledgers and evaluations of the burden-reduction programme (spec §3.6–§3.9).
 *
 * @module
 */
import { assistListDefault, dutiesListDefault } from './default-lists.js';
import { kunshanReport as report } from '../../citation.js';
import { ledgerCatalogueDefault } from '../ledger/catalogue.js';
import { assume } from '../../profiles/kunshan/assume.js';
import type { ParameterSpecs } from '../../profiles/kunshan/specs.js';

const TWO_LISTS = report(5, '通过理清《基层群众自治组织依法履行职责事项表》《基层群众自治组织协助政府工作事项表》“两份清单”');

/**
 * Work access, ledgers and evaluations of the burden-reduction programme — part of the `kunshan` profile.
 *
 * @example
 * ```ts
 * Object.keys(burdenParameters).length > 0; //=> true
 * ```
 */
export const burdenParameters = {
  // §3.6 access
  'access.reviewBodies': {
    label: { 'zh-CN': '准入联合审核单位', en: 'Joint access review bodies' },
    unit: 'list',
    values: [{ value: ['市纪委', '市民政局', '市法制办公室'], citation: report(5, '明确由市纪委、市民政局、市法制办公室共抓社区工作的准入') }],
  },
  'access.requiredApprovers': {
    label: { 'zh-CN': '准入须经批准的单位', en: 'Bodies whose approval admits a request' },
    unit: 'list',
    values: [
      {
        value: ['市纪委', '市民政局', '市法制办公室'],
        citation: report(5, '市纪委、市民政局、市法制办公室共抓社区工作的准入'),
        assumption: assume('取三家单位全部批准方可准入。', 'We require the approval of all three bodies.'),
      },
    ],
  },
  'access.bodyAliases': {
    label: { 'zh-CN': '准入审核单位的其他名称', en: 'Other names of the access review bodies' },
    unit: 'record',
    description: assume('{ 其他名称: 规范名称 }', '{ other name: canonical name }'),
    values: [
      {
        value: { 市法制办: '市法制办公室', 市纪律检查委员会: '市纪委' },
        citation: report(5, '明确由市纪委、市民政局、市法制办公室共抓社区工作的准入'),
        assumption: assume('审批文件常用简称“市法制办”或全称“市纪律检查委员会”,视同报告所列单位。', 'Approvals often write the short form 市法制办 or the full name 市纪律检查委员会; we read them as the bodies the report names.'),
      },
    ],
  },
  'access.dutiesList': {
    label: { 'zh-CN': '《基层群众自治组织依法履行职责事项表》', en: 'List of duties the self-governing organisation performs by law' },
    unit: 'list',
    description: assume('条目 { id, title, department?, source }', 'Entries { id, title, department?, source }'),
    values: [
      {
        value: dutiesListDefault,
        citation: TWO_LISTS,
        assumption: assume(
          '报告未列出清单条目;默认取《中华人民共和国城市居民委员会组织法》第三条所列居民委员会的六项任务(农村社区对应《村民委员会组织法》),各地应以正式清单替换。',
          "The report does not print the list; by default we take the six tasks of a residents' committee in Article 3 of the Organic Law of Urban Residents' Committees (rural communities have the Organic Law of Villagers' Committees). A city replaces it with its official list.",
        ),
      },
    ],
  },
  'access.assistList': {
    label: { 'zh-CN': '《基层群众自治组织协助政府工作事项表》', en: 'List of work the self-governing organisation does to assist the government' },
    unit: 'list',
    description: assume('条目 { id, title, department?, source }', 'Entries { id, title, department?, source }'),
    values: [
      {
        value: assistListDefault,
        citation: TWO_LISTS,
        assumption: assume(
          '报告未列出清单条目;默认取第6段所列十类社区公共服务项目(劳动就业、社会保险、慈善救助、社区养老、医疗卫生、计划生育、文体教育、社区安全、法制宣传、外来人口服务),不注明责任部门,各地应以正式清单替换。',
          'The report does not print the list; by default we take the ten public-service categories of paragraph 6 (employment, social insurance, charity and relief, elderly care, health care, family planning, culture and education, community safety, legal publicity, services for migrants), naming no departments. A city replaces it with its official list.',
        ),
      },
    ],
  },
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
  // §3.9 evaluation
  'evaluation.mandatoryLevels': {
    label: { 'zh-CN': '可要求开展指定创建活动的层级', en: 'Levels that may require the named creation activities' },
    unit: 'list',
    description: assume('ActivityLevel 编号', 'ActivityLevel ids'),
    values: [{ value: ['state', 'province'], citation: report(5, '国家、中共江苏省委、省政府要求开展的和谐社区、平安社区评比创建活动') }],
  },
  'evaluation.mandatoryActivities': {
    label: { 'zh-CN': '上级要求开展的创建活动', en: 'Creation activities required from above' },
    unit: 'list',
    values: [{ value: ['和谐社区', '平安社区'], citation: report(5, '国家、中共江苏省委、省政府要求开展的和谐社区、平安社区评比创建活动') }],
  },
  'evaluation.minResidentFeedbackShare': {
    label: { 'zh-CN': '居民反馈意见权重下限', en: 'Minimum weight of resident feedback' },
    unit: 'ratio',
    values: [
      {
        value: 0.5,
        citation: report(5, '所有考核考评以社区居民反馈意见为主'),
        assumption: assume('取“为主”为权重不低于 50%。', 'We read "mainly" as a weight of at least 50%.'),
      },
    ],
  },
} satisfies ParameterSpecs;
