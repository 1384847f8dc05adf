/**
 * Kunshan parameters: Employment — zero-employment households (paragraph 9).
 *
 * @module
 */
import { kunshanReport as report } from '../../citation.js';
import { assume } from '../../profiles/kunshan/assume.js';
import type { ParameterSpecs } from '../../profiles/kunshan/specs.js';

/**
 * Employment: how soon a zero-employment household must be cleared — part of the `kunshan` profile.
 *
 * @example
 * ```ts
 * Object.keys(employmentParameters).includes('employment.zeroEmploymentClearanceDays'); //=> true
 * ```
 */
export const employmentParameters = {
  // paragraph 9: 零就业家庭保持动态清零
  'employment.zeroEmploymentClearanceDays': {
    label: { 'zh-CN': '零就业家庭清零期限', en: 'Days to clear a zero-employment household' },
    unit: 'days',
    values: [
      {
        value: 30,
        citation: report(9, '零就业家庭保持动态清零'),
        assumption: assume(
          '报告只说“保持动态清零”,未给期限;取自家庭成为零就业家庭之日起 30 天内至少一人就业。',
          'The report says only that zero-employment households are "kept dynamically at zero" and gives no period; we read it as someone in the household in work within 30 days of the day it became a zero-employment household.',
        ),
      },
    ],
  },
} satisfies ParameterSpecs;
