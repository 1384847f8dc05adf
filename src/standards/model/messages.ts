/**
 * Messages of the model-template rule (`model.template`), in every locale.
 *
 * @module
 */
import type { RuleMessages, RuleReasons } from '../../engine/types.js';
import { communityModelLabels, facilityKindLabels } from '../../models/enums.js';
import { labelled, listEn, listZh } from '../../engine/message-format.js';

const model = (v: Readonly<Record<string, unknown>>, locale: 'zh-CN' | 'en') => String(labelled(communityModelLabels, locale, v['model']));

/**
 * Messages of `model.template`.
 *
 * @example
 * ```ts
 * templateMessages['zh-CN']['facilities-lacking']!({ model: 'pure-rural', referenceCase: '千灯大潭村', lacking: ['library'] });
 * //=> '对照纯农村社区参照(千灯大潭村),缺少设施:图书室'
 * ```
 */
export const templateMessages: RuleMessages<'facilities-complete' | 'facilities-lacking' | 'facilities-not-reported' | 'services-complete' | 'services-lacking' | 'services-not-reported' | 'services-partial' | 'no-template' | 'no-community'> = {
  'zh-CN': {
    'facilities-complete': (v) => `具备${model(v, 'zh-CN')}参照(${String(v['referenceCase'])})的全部设施`,
    'facilities-lacking': (v) => `对照${model(v, 'zh-CN')}参照(${String(v['referenceCase'])}),缺少设施:${listZh(labelled(facilityKindLabels, 'zh-CN', v['lacking']))}`,
    'facilities-not-reported': (v) => `未报送设施,无法对照${model(v, 'zh-CN')}参照(${String(v['referenceCase'])})`,
    'services-complete': (v) => `具备${model(v, 'zh-CN')}参照(${String(v['referenceCase'])})的全部服务`,
    'services-lacking': (v) => `对照${model(v, 'zh-CN')}参照(${String(v['referenceCase'])}),缺少服务:${listZh(v['lacking'])}`,
    'services-not-reported': (v) => `未报送服务项目,无法对照${model(v, 'zh-CN')}参照(${String(v['referenceCase'])})的服务`,
    'services-partial': (v) =>
      `服务项目清单不完整,已列出的项目中未见${model(v, 'zh-CN')}参照(${String(v['referenceCase'])})的服务:${listZh(v['lacking'])},无法判断`,
    'no-template': (v) => `“${model(v, 'zh-CN')}”模式没有参照模板`,
    'no-community': () => '数据集中没有本中心服务的社区,无法确定其模式',
  },
  en: {
    'facilities-complete': (v) => `has every facility of the ${model(v, 'en')} template (${String(v['referenceCase'])})`,
    'facilities-lacking': (v) =>
      `lacks these facilities of the ${model(v, 'en')} template (${String(v['referenceCase'])}): ${listEn(labelled(facilityKindLabels, 'en', v['lacking']))}`,
    'facilities-not-reported': (v) =>
      `facilities not reported, so no comparison with the ${model(v, 'en')} template (${String(v['referenceCase'])})`,
    'services-complete': (v) => `has every service of the ${model(v, 'en')} template (${String(v['referenceCase'])})`,
    'services-lacking': (v) =>
      `lacks these services of the ${model(v, 'en')} template (${String(v['referenceCase'])}): ${listEn(v['lacking'])}`,
    'services-not-reported': (v) =>
      `service items not reported, so no comparison with the services of the ${model(v, 'en')} template (${String(
        v['referenceCase']
      )})`,
    'services-partial': (v) =>
      `the service item list is partial and does not show these services of the ${model(v, 'en')} template (${String(v['referenceCase'])}): ${listEn(v['lacking'])}, so it cannot be told`,
    'no-template': (v) => `no template for the "${model(v, 'en')}" model`,
    'no-community': () => 'none of the communities it serves is in the dataset, so its model is unknown',
  },
};

/**
 * Why `model.template` does not apply, by code, for summaries.
 *
 * @example
 * ```ts
 * templateReasons.en['no-template']; //=> 'the model of a community it serves has no template (e.g. other)'
 * ```
 */
export const templateReasons: RuleReasons<'facilities-complete' | 'facilities-lacking' | 'facilities-not-reported' | 'services-complete' | 'services-lacking' | 'services-not-reported' | 'services-partial' | 'no-template' | 'no-community'> = {
  'zh-CN': {
    'no-community': '数据集中没有本中心服务的社区,无法确定其模式',
    'facilities-not-reported': '服务中心未报送设施',
    'services-not-reported': '服务中心未报送服务项目',
    'no-template': '所服务社区的模式没有参照模板(如“其他”)',
    'services-partial': '服务项目清单不完整,已列出的项目未见参照模板的全部服务',
  },
  en: {
    'no-community': 'none of the communities it serves is in the dataset, so its model is unknown',
    'facilities-not-reported': 'the centre does not report its facilities',
    'services-not-reported': 'the centre does not report its service items',
    'no-template': 'the model of a community it serves has no template (e.g. other)',
    'services-partial': 'the service item list is partial and the items listed do not show all the template’s services',
  },
};
