/**
 * Synthetic plaques: the four a community may hang, the "江苏社区" mark, and now and then one more.
 *
 * @module
 */
import type { Community } from '../../models/community.js';
import type { Plaque } from '../../standards/signage/model.js';
import type { Random } from '../random.js';

/** Plaques that departments still hang now and then, which the "四块牌子" rule does not allow. */
const EXTRA = ['居家养老服务站', '科普示范点', '健康促进示范社区', '关心下一代工作委员会', '社区矫正工作站', '计划生育协会'];

/**
 * Makes a community's plaques: its Party organisation (党委 in urban communities, 党总支 in rural ones), its
 * residents' or villagers' committee, its service centre and its comprehensive governance office (when it has one),
 * the "江苏社区" mark, and in about one community in eight one plaque more. Synthetic.
 *
 * @param random - the generator
 * @param community - the community
 * @returns the plaques, ids `<community id>-p1…`
 * @example
 * ```ts
 * makePlaques(random, { ...community, name: '东湖社区', kind: 'urban' })[1]?.name; //=> '东湖社区居民委员会'
 * ```
 */
export function makePlaques(random: Random, community: Community): Plaque[] {
  const urban = community.kind === 'urban';
  const names = [
    `${community.name}${urban ? '党委' : '党总支'}`,
    `${community.name}${urban ? '居民委员会' : '村民委员会'}`,
    `${community.name}${urban ? '' : '公共'}服务中心`,
    ...((community.governanceBodies ?? []).includes('governance-office') ? [`${community.name}综合治理办公室`] : []),
    '江苏社区',
  ];
  if (random.chance(0.125)) names.push(`${community.name}${random.pick(EXTRA)}`);
  return names.map((name, p) => ({ id: `${community.id}-p${p + 1}`, communityId: community.id, name }));
}
