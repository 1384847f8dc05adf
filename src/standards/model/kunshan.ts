/**
 * Kunshan parameters: The templates of the four community models, from the reference cases (spec §2).
 *
 * @module
 */
import { kunshanReport as report } from '../../citation.js';
import { assume } from '../../profiles/kunshan/assume.js';
import type { ParameterSpecs } from '../../profiles/kunshan/specs.js';

/**
 * The templates of the four community models, from the reference cases — part of the `kunshan` profile.
 *
 * @example
 * ```ts
 * Object.keys(modelParameters).includes('model.template.newRural'); //=> true
 * ```
 */
export const modelParameters = {
  // §2 model templates (the four reference cases)
  'model.template.newRural': {
    label: { 'zh-CN': '农村新型社区参照(千灯炎武社区)', en: 'New rural community template (千灯炎武社区)' },
    unit: 'record',
    description: assume(
      '{ referenceCase, facilities, services }:设施类别(FacilityKind)与服务(按类别 categories 或名称关键词 keywords 匹配)',
      '{ referenceCase, facilities, services }: facility kinds (FacilityKind) and services (matched by categories or name keywords)',
    ),
    values: [
      {
        value: {
          referenceCase: '千灯炎武社区',
          facilities: ['one-stop-hall', 'e-reading-room', 'activity-room', 'party-member-center', 'police-station', 'clinic', 'committee-office'],
          services: [{ id: 'convenience', name: '便民服务', categories: ['convenience'], keywords: ['便民'] }],
        },
        citation: report(2, '社区服务中心一楼为“一站式”便民服务大厅,提供各种便民服务;二楼有电子阅览室、活动室、党员活动中心、警务站、医务室,以及社区居委会'),
      },
    ],
  },
  'model.template.pureRural': {
    label: { 'zh-CN': '纯农村社区参照(千灯大潭村)', en: 'Purely rural community template (千灯大潭村)' },
    unit: 'record',
    description: assume('{ referenceCase, facilities, services }', '{ referenceCase, facilities, services }'),
    values: [
      {
        value: {
          referenceCase: '千灯大潭村',
          facilities: ['outdoor-fitness', 'basketball-court', 'clinic', 'library', 'counselling-room', 'committee-office'],
          services: [],
        },
        citation: report(2, '东侧一片空地上摆放着一些室外运动器具,还设有一个篮球场,两边房子内为功能设施,有医务室、图书室、谈心室,以及村委会等'),
      },
    ],
  },
  'model.template.ruralUrbanMixed': {
    label: { 'zh-CN': '农夹居社区参照(泾河村)', en: 'Rural–urban mixed community template (泾河村)' },
    unit: 'record',
    description: assume('{ referenceCase, facilities, services }', '{ referenceCase, facilities, services }'),
    values: [
      {
        value: {
          referenceCase: '泾河村',
          facilities: ['party-member-service-station', 'e-reading-room', 'audio-visual-room', 'gateball-court', 'open-air-stage'],
          services: [
            { id: 'utilities', name: '水电服务', keywords: ['水电'] },
            { id: 'urban-management', name: '城管服务', keywords: ['城管'] },
            { id: 'family-planning', name: '计划生育服务', categories: ['family-planning'], keywords: ['计划生育', '计生'] },
          ],
        },
        citation: report(2, '既拥有党员服务站、电子阅览室、电教室、室内灯光草坪门球场、露天戏台等内容丰富的业余活动场所,又具有水电服务、城管服务、计划生育服务等公共服务功能'),
      },
    ],
  },
  'model.template.oldTown': {
    label: { 'zh-CN': '老城区社区参照(里厍社区)', en: 'Old-town community template (里厍社区)' },
    unit: 'record',
    description: assume('{ referenceCase, facilities, services }', '{ referenceCase, facilities, services }'),
    values: [
      {
        value: { referenceCase: '里厍社区', facilities: ['committee-office', 'activity-room'], services: [] },
        citation: report(2, '100多平方米为社区居委会行政办公用房,其余是居民文体活动区域'),
        assumption: assume('取“居民文体活动区域”为活动室(activity-room)。', 'We read the residents’ cultural and sports space as an activity room (activity-room).'),
      },
    ],
  },
} satisfies ParameterSpecs;
