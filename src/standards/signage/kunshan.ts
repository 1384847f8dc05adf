/**
 * Kunshan parameters: The four plaques and the common mark (spec §3.8).
 *
 * @module
 */
import { kunshanReport as report } from '../../citation.js';
import { assume } from '../../profiles/kunshan/assume.js';
import type { ParameterSpecs } from '../../profiles/kunshan/specs.js';

/**
 * The four plaques and the common mark — part of the `kunshan` profile.
 *
 * @example
 * ```ts
 * Object.keys(signageParameters).includes('signage.allowedPlaques'); //=> true
 * ```
 */
export const signageParameters = {
  // §3.8 signage
  'signage.allowedPlaques': {
    label: { 'zh-CN': '允许悬挂的牌子', en: 'Plaques a community may hang' },
    unit: 'list',
    description: assume(
      '[{ id, name, suffixes }]:牌名(规范化后)以某一后缀结尾即属该类;四类均须悬挂,每类一块',
      '[{ id, name, suffixes }]: a plaque whose (normalised) name ends with one of the suffixes is of that kind; each of the kinds must hang, one plaque each',
    ),
    values: [
      {
        value: [
          { id: 'party-organization', name: '社区党组织', suffixes: ['党组织', '党委', '党总支', '党支部', '社区委员会', '村委员会'] },
          { id: 'committee', name: '社区居委会', suffixes: ['居民委员会', '居委会', '村民委员会', '村委会'] },
          { id: 'service-center', name: '社区服务中心', suffixes: ['社区服务中心', '公共服务中心', '民生综合服务中心'] },
          { id: 'governance-office', name: '综合治理办公室', suffixes: ['综合治理办公室', '综治办'] },
        ],
        citation: report(5, '社区只悬挂社区党组织、社区居委会、社区服务中心、综合治理办公室四块牌子及“江苏社区”标志'),
        assumption: assume(
          '报告只给出四类牌子的类名;按牌名后缀归类(如“里厍社区居民委员会”属社区居委会,村委会、村公共服务中心视同),后缀表为我们的读法。',
          'The report names only the four kinds; we classify a plaque by the ending of its name (e.g. 里厍社区居民委员会 is the residents’ committee; a villagers’ committee or a village public service centre counts alike). The suffix lists are our reading.',
        ),
      },
    ],
  },
  'signage.mark': {
    label: { 'zh-CN': '统一标志', en: 'The common mark' },
    unit: 'list',
    description: assume(
      '[{ id, name, suffixes }]:允许悬挂、但不要求悬挂的标志',
      '[{ id, name, suffixes }]: marks a community may hang, but need not',
    ),
    values: [
      {
        value: [{ id: 'jiangsu-community', name: '“江苏社区”标志', suffixes: ['江苏社区', '江苏社区标志', '江苏社区标识'] }],
        citation: report(5, '四块牌子及“江苏社区”标志'),
        assumption: assume(
          '报告只说可挂“江苏社区”标志,未说必须悬挂;缺少标志不判为不符合。',
          'The report allows the 江苏社区 mark but does not require it; a community without it is not at fault.',
        ),
      },
    ],
  },
} satisfies ParameterSpecs;
