/**
 * The governance rules (spec §3.2): "一支(委)一居一中心一办", the "六位一体" governance office, grid-based service
 * and the "三位一体工作坊".
 *
 * @module
 */
import { kunshanReport } from '../../citation.js';
import type { RuleResult } from '../../engine/types.js';
import { gridMessages, propertyTriadMessages, sixInOneMessages, structureMessages } from './messages.js';
import type { GovernanceBody } from '../../models/enums.js';
import { defineRule } from '../../engine/define-rule.js';

const COMMITTEES: readonly GovernanceBody[] = ['residents-committee', 'villagers-committee'];

/**
 * `governance.structure` — the community has each body of "一支(委)一居一中心一办" (`governance.bodies`): the
 * community Party organisation, a residents' or villagers' committee (the id `committee` accepts either), the
 * livelihood comprehensive service centre and the comprehensive governance office. One finding per body, with
 * `item` set to its id.
 *
 * > 昆山市还在全市推广建立“一支(委)一居一中心一办”的社区管理服务模式。大力推广社区党组织领导,社区居(村)委会自治、
 * > 社区民生综合服务中心承接公共服务,社区“六位一体”综合治理办公室提供警务、综治、维稳、调解、信访、法律援助等服务的新型社区运行机制
 * > (paragraph 4)
 *
 * @example
 * ```ts
 * // 千灯大潭村, governanceBodies ['villagers-committee']:
 * findings.map((f) => [f.item, f.message]);
 * //=> [['party-organization', '未设社区党组织'], ['committee', '设有村委会'],
 * //    ['livelihood-service-center', '未设社区民生综合服务中心'], ['governance-office', '未设综合治理办公室']]
 * ```
 */
export const governanceStructure = defineRule({
  id: 'governance.structure',
  title: { 'zh-CN': '“一支(委)一居一中心一办”', en: 'One branch, one committee, one centre, one office' },
  subject: 'community',
  severity: 'error',
  source: kunshanReport(4, '在全市推广建立“一支(委)一居一中心一办”的社区管理服务模式'),
  parameters: ['governance.bodies'],
  messages: structureMessages,
  check(community, context) {
    const bodies = context.param('governance.bodies').value;
    if (community.governanceBodies === undefined) {
      return { outcome: 'not-applicable', code: 'not-reported', path: ['governanceBodies'], expected: bodies };
    }
    const have = new Set<string>(community.governanceBodies);
    return bodies.map((id): RuleResult<keyof (typeof structureMessages)['zh-CN']> => {
      const matches = id === 'committee' ? COMMITTEES.filter((c) => have.has(c)) : have.has(id) ? [id] : [];
      const shown = matches[0] ?? (id === 'committee' ? (community.kind === 'rural' ? 'villagers-committee' : 'residents-committee') : id);
      const present = matches.length > 0;
      return {
        outcome: present ? 'pass' : 'fail',
        code: present ? 'present' : 'missing',
        item: id,
        path: ['governanceBodies'],
        values: { body: shown },
        expected: true,
        actual: present,
      };
    });
  },
});

/**
 * `governance.six-in-one` — the comprehensive governance office provides all six services of "六位一体"
 * (`governance.sixInOneServices`: 警务, 综治, 维稳, 调解, 信访, 法律援助); the missing ones are named. Not applicable
 * when the office's services are not reported.
 *
 * > 社区“六位一体”综合治理办公室提供警务、综治、维稳、调解、信访、法律援助等服务 (paragraph 4)
 *
 * @example
 * ```ts
 * // governanceOfficeServices ['policing', 'public-security', 'stability', 'mediation']:
 * finding.message; //=> '综合治理办公室未提供:信访、法律援助'
 * ```
 */
export const governanceSixInOne = defineRule({
  id: 'governance.six-in-one',
  title: { 'zh-CN': '“六位一体”综合治理办公室', en: 'The "six-in-one" governance office' },
  subject: 'community',
  severity: 'warning',
  source: kunshanReport(4, '社区“六位一体”综合治理办公室提供警务、综治、维稳、调解、信访、法律援助等服务'),
  parameters: ['governance.sixInOneServices'],
  messages: sixInOneMessages,
  check(community, context) {
    const required = context.param('governance.sixInOneServices').value;
    const reported = community.governanceOfficeServices;
    const path = ['governanceOfficeServices'];
    if (reported === undefined) return { outcome: 'not-applicable', code: 'not-reported', path, expected: required };
    const have = new Set<string>(reported);
    const missing = required.filter((s) => !have.has(s));
    if (missing.length === 0) {
      return { outcome: 'pass', code: 'all', path, values: { services: required }, expected: required, actual: reported };
    }
    return { outcome: 'fail', code: 'missing', path, values: { missing }, expected: required, actual: reported };
  },
});

/**
 * `governance.grid` — for a community that runs grid-based service (`gridBased: true`): every grid of the community
 * has at least one responsible staff member who exists in the dataset, and every full-time staff member of the
 * community has a responsibility zone (a `gridId` naming one of the community's grids). Two findings, `item`
 * `grids` and `staff`, each naming the grids or staff at fault. Not applicable when the community does not run
 * grid-based service or does not say, or when the dataset holds no grids or no staff at all.
 *
 * > 实施网格化服务模式,建立社区服务责任区制度,推动社区工作由粗放型向精确型、被动型向主动型转变 (paragraph 4)
 *
 * @example
 * ```ts
 * // grids 第一网格 (staff s1) and 第二网格 (no staff); full-time 张三 (第一网格) and 李四 (no zone):
 * findings.map((f) => f.message);
 * //=> ['2 个网格中无责任人的:第二网格', '2 名专职人员中未划入本社区服务责任区的:李四']
 * ```
 */
export const governanceGrid = defineRule({
  id: 'governance.grid',
  title: { 'zh-CN': '网格化服务与服务责任区', en: 'Grid-based service and responsibility zones' },
  subject: 'community',
  severity: 'warning',
  source: kunshanReport(4, '实施网格化服务模式,建立社区服务责任区制度'),
  parameters: [],
  messages: gridMessages,
  check(community, { data }) {
    if (community.gridBased === undefined) return { outcome: 'not-applicable', code: 'not-reported', path: ['gridBased'] };
    if (!community.gridBased) return { outcome: 'not-applicable', code: 'not-grid-based', path: ['gridBased'], actual: false };
    if (data.dataset.grids === undefined || data.dataset.staffMembers === undefined) {
      return { outcome: 'not-applicable', code: 'grids-not-reported' };
    }
    const grids = data.byCommunity('grid', community.id);
    const unstaffed = grids.filter((g) => !g.responsibleStaffIds.some((id) => data.get('staffMember', id) !== undefined));
    const gridResult: RuleResult<keyof (typeof gridMessages)['zh-CN']> =
      grids.length === 0
        ? { outcome: 'fail', code: 'no-grids', item: 'grids', expected: 'at least one grid', actual: 0 }
        : {
            outcome: unstaffed.length === 0 ? 'pass' : 'fail',
            code: unstaffed.length === 0 ? 'grids-staffed' : 'grids-unstaffed',
            item: 'grids',
            values: { count: grids.length, grids: unstaffed.map((g) => g.name) },
            expected: [],
            actual: unstaffed.map((g) => g.id),
          };
    const gridIds = new Set(grids.map((g) => g.id));
    const staff = data.byCommunity('staffMember', community.id).filter((s) => s.fullTime);
    const unzoned = staff.filter((s) => s.gridId === undefined || !gridIds.has(s.gridId));
    const staffResult: RuleResult<keyof (typeof gridMessages)['zh-CN']> =
      staff.length === 0
        ? { outcome: 'not-applicable', code: 'no-full-time-staff', item: 'staff' }
        : {
            outcome: unzoned.length === 0 ? 'pass' : 'fail',
            code: unzoned.length === 0 ? 'staff-zoned' : 'staff-unzoned',
            item: 'staff',
            values: { count: staff.length, staff: unzoned.map((s) => s.name) },
            expected: [],
            actual: unzoned.map((s) => s.id),
          };
    return [gridResult, staffResult];
  },
});

/**
 * `governance.property-triad` — the community has set up the "三位一体工作坊": community, property company
 * (物业服务企业) and owners' committee (业主委员会) consult on affairs and mediate disputes together
 * (`propertyTriad: true` passes, `false` fails). Not applicable when the community does not say.
 *
 * > 在社区建立“三位一体工作坊”,建立社区、物业、业主委员会事务共商、矛盾共调的良性互动机制 (paragraph 3)
 *
 * @example
 * ```ts
 * // a community with propertyTriad: false:
 * finding.message; //=> '未建立“三位一体工作坊”(社区、物业、业主委员会事务共商、矛盾共调)'
 * ```
 */
export const governancePropertyTriad = defineRule({
  id: 'governance.property-triad',
  title: { 'zh-CN': '“三位一体工作坊”', en: 'The "three-in-one workshop"' },
  subject: 'community',
  severity: 'warning',
  source: kunshanReport(3, '在社区建立“三位一体工作坊”,建立社区、物业、业主委员会事务共商、矛盾共调的良性互动机制'),
  parameters: [],
  messages: propertyTriadMessages,
  check(community) {
    if (community.propertyTriad === undefined) return { outcome: 'not-applicable', code: 'not-reported', path: ['propertyTriad'] };
    if (community.propertyTriad) return { outcome: 'pass', code: 'has-workshop', path: ['propertyTriad'], expected: true, actual: true };
    return { outcome: 'fail', code: 'no-workshop', path: ['propertyTriad'], expected: true, actual: false };
  },
});
