/**
 * Messages of the governance rules (`governance.*`), in every locale.
 *
 * @module
 */
import type { RuleMessages } from '../../engine/types.js';
import { governanceBodyLabels, governanceServiceLabels } from '../../models/enums.js';
import { labelled, listEn, listZh } from '../../engine/message-format.js';

/**
 * Messages of `governance.structure`.
 *
 * @example
 * ```ts
 * structureMessages['zh-CN'].missing!({ body: 'governance-office' }); //=> '未设综合治理办公室'
 * ```
 */
export const structureMessages: RuleMessages<'present' | 'missing' | 'not-reported'> = {
  'zh-CN': {
    present: (v) => `设有${String(labelled(governanceBodyLabels, 'zh-CN', v['body']))}`,
    missing: (v) => `未设${String(labelled(governanceBodyLabels, 'zh-CN', v['body']))}`,
    'not-reported': () => '未报送社区组织设置,无法判断',
  },
  en: {
    present: (v) => `has a ${String(labelled(governanceBodyLabels, 'en', v['body']))}`,
    missing: (v) => `no ${String(labelled(governanceBodyLabels, 'en', v['body']))}`,
    'not-reported': () => 'the community’s governance bodies are not reported',
  },
};

/**
 * Messages of `governance.six-in-one`.
 *
 * @example
 * ```ts
 * sixInOneMessages['zh-CN'].missing!({ missing: ['petitions', 'legal-aid'] }); //=> '综合治理办公室未提供:信访、法律援助'
 * ```
 */
export const sixInOneMessages: RuleMessages<'all' | 'missing' | 'not-reported'> = {
  'zh-CN': {
    all: (v) => `综合治理办公室“六位一体”:${listZh(labelled(governanceServiceLabels, 'zh-CN', v['services']))}`,
    missing: (v) => `综合治理办公室未提供:${listZh(labelled(governanceServiceLabels, 'zh-CN', v['missing']))}`,
    'not-reported': () => '未报送综合治理办公室的服务,无法判断',
  },
  en: {
    all: (v) => `the governance office is "six-in-one": ${listEn(labelled(governanceServiceLabels, 'en', v['services']))}`,
    missing: (v) => `the governance office does not provide: ${listEn(labelled(governanceServiceLabels, 'en', v['missing']))}`,
    'not-reported': () => 'the services of the governance office are not reported',
  },
};

/**
 * Messages of `governance.grid`.
 *
 * @example
 * ```ts
 * gridMessages['zh-CN']['grids-unstaffed']!({ grids: ['第二网格'], count: 3 }); //=> '3 个网格中无责任人的:第二网格'
 * ```
 */
export const gridMessages: RuleMessages<'grids-staffed' | 'grids-unstaffed' | 'no-grids' | 'staff-zoned' | 'staff-unzoned' | 'no-full-time-staff' | 'not-grid-based' | 'not-reported' | 'grids-not-reported'> = {
  'zh-CN': {
    'grids-staffed': (v) => `${String(v['count'])} 个网格均有责任人`,
    'grids-unstaffed': (v) => `${String(v['count'])} 个网格中无责任人的:${listZh(v['grids'])}`,
    'no-grids': () => '实行网格化服务,但未登记任何网格',
    'staff-zoned': (v) => `${String(v['count'])} 名专职人员均有服务责任区`,
    'staff-unzoned': (v) => `${String(v['count'])} 名专职人员中未划入本社区服务责任区的:${listZh(v['staff'])}`,
    'no-full-time-staff': () => '未登记专职人员,无法判断服务责任区',
    'not-grid-based': () => '未实行网格化服务,不适用',
    'not-reported': () => '未报送是否实行网格化服务,无法判断',
    'grids-not-reported': () => '数据集未报送网格或专职人员,无法判断',
  },
  en: {
    'grids-staffed': (v) => `each of the ${String(v['count'])} grids has a responsible staff member`,
    'grids-unstaffed': (v) => `of ${String(v['count'])} grids, these have no responsible staff member: ${listEn(v['grids'])}`,
    'no-grids': () => 'grid-based service, but no grid is recorded',
    'staff-zoned': (v) => `each of the ${String(v['count'])} full-time staff has a responsibility zone`,
    'staff-unzoned': (v) =>
      `of ${String(v['count'])} full-time staff, these have no responsibility zone in the community: ${listEn(v['staff'])}`,
    'no-full-time-staff': () => 'no full-time staff recorded, so zones cannot be checked',
    'not-grid-based': () => 'no grid-based service, so the rule does not apply',
    'not-reported': () => 'whether the community runs grid-based service is not reported',
    'grids-not-reported': () => 'the dataset does not report grids or staff',
  },
};

/**
 * Messages of `governance.property-triad`.
 *
 * @example
 * ```ts
 * propertyTriadMessages['zh-CN']['no-workshop']!({}); //=> '未建立“三位一体工作坊”(社区、物业、业主委员会事务共商、矛盾共调)'
 * ```
 */
export const propertyTriadMessages: RuleMessages<'has-workshop' | 'no-workshop' | 'not-reported'> = {
  'zh-CN': {
    'has-workshop': () => '已建立“三位一体工作坊”(社区、物业、业主委员会事务共商、矛盾共调)',
    'no-workshop': () => '未建立“三位一体工作坊”(社区、物业、业主委员会事务共商、矛盾共调)',
    'not-reported': () => '未报送是否建立“三位一体工作坊”,无法判断',
  },
  en: {
    'has-workshop': () => 'has a "three-in-one workshop" (community, property company and owners’ committee consult and mediate together)',
    'no-workshop': () => 'no "three-in-one workshop" (community, property company and owners’ committee consulting and mediating together)',
    'not-reported': () => 'whether it has a "three-in-one workshop" is not reported',
  },
};
