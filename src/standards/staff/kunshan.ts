/**
 * Kunshan parameters: Staff professionalisation (spec §3.3).
 *
 * @module
 */
import { kunshanReport as report } from '../../citation.js';
import { assume } from '../../profiles/kunshan/assume.js';
import type { ParameterSpecs } from '../../profiles/kunshan/specs.js';

/**
 * Staff professionalisation — part of the `kunshan` profile.
 *
 * @example
 * ```ts
 * Object.keys(staffParameters).includes('staff.professionalised'); //=> true
 * ```
 */
export const staffParameters = {
  // §3.3 staff
  'staff.professionalised': {
    label: { 'zh-CN': '“职业化专业化”的认定', en: 'What counts as professionalised' },
    unit: 'record',
    description: assume('{ socialWorkerLevels, minEducation }:持证等级之一或学历不低于', '{ socialWorkerLevels, minEducation }: any of these certificates, or at least this education'),
    values: [
      {
        value: { socialWorkerLevels: ['junior', 'intermediate', 'senior'], minEducation: 'college' },
        citation: report(7, '职业化专业化水平达86%'),
        assumption: assume(
          '报告未定义“职业化专业化”;取持有任一等级社工证书或大专及以上学历。',
          'The report does not define "professionalised"; we count staff with a social-work certificate of any level or a college degree or above.',
        ),
      },
    ],
  },
} satisfies ParameterSpecs;
