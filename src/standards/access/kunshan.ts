/**
 * Kunshan parameters: Work access (准入制): the review bodies and the two lists (spec §3.6).
 *
 * @module
 */
import { assistListDefault, dutiesListDefault } from './default-lists.js';
import { kunshanReport as report } from '../../citation.js';
import { assume } from '../../profiles/kunshan/assume.js';
import type { ParameterSpecs } from '../../profiles/kunshan/specs.js';

const TWO_LISTS = report(5, '通过理清《基层群众自治组织依法履行职责事项表》《基层群众自治组织协助政府工作事项表》“两份清单”');

/**
 * Work access (准入制): the review bodies and the two lists — part of the `kunshan` profile.
 *
 * @example
 * ```ts
 * Object.keys(accessParameters).includes('access.reviewBodies'); //=> true
 * ```
 */
export const accessParameters = {
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
} satisfies ParameterSpecs;
