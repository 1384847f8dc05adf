/**
 * Messages of the staff rule (`staff.professionalization`), in every locale.
 *
 * @module
 */
import type { RuleMessages } from '../../engine/types.js';
import { percent } from '../../engine/message-format.js';

/**
 * Messages of `staff.professionalization`.
 *
 * @example
 * ```ts
 * professionalizationMessages['zh-CN'].rate!({ fullTime: 4, professionalised: 3, ratio: 0.75 });
 * //=> '专职人员 4 人,其中职业化专业化 3 人,占 75%'
 * ```
 */
export const professionalizationMessages: RuleMessages<'rate' | 'no-full-time-staff'> = {
  'zh-CN': {
    rate: (v) => `专职人员 ${String(v['fullTime'])} 人,其中职业化专业化 ${String(v['professionalised'])} 人,占 ${percent(v['ratio'])}`,
    'no-full-time-staff': () => '未登记专职人员,无法计算职业化专业化水平',
  },
  en: {
    rate: (v) =>
      `${String(v['professionalised'])} of ${String(v['fullTime'])} full-time staff are professionalised (${percent(v['ratio'])})`,
    'no-full-time-staff': () => 'no full-time staff recorded, so no professionalisation rate',
  },
};
