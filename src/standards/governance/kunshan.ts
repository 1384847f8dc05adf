/**
 * Kunshan parameters: The governance structure: "one branch, one committee, one centre, one office" and the "six-in-one" office (spec §3.2).
 *
 * @module
 */
import { kunshanReport as report } from '../../citation.js';
import type { ParameterSpecs } from '../../profiles/kunshan/specs.js';

/**
 * The governance structure: "one branch, one committee, one centre, one office" and the "six-in-one" office — part of the `kunshan` profile.
 *
 * @example
 * ```ts
 * Object.keys(governanceParameters).includes('governance.bodies'); //=> true
 * ```
 */
export const governanceParameters = {
  // §3.2 governance
  'governance.bodies': {
    label: { 'zh-CN': '“一支(委)一居一中心一办”', en: 'The bodies of "one branch, one committee, one centre, one office"' },
    unit: 'list',
    values: [
      {
        value: ['party-organization', 'committee', 'livelihood-service-center', 'governance-office'],
        citation: report(4, '在全市推广建立“一支(委)一居一中心一办”的社区管理服务模式'),
      },
    ],
  },
  'governance.sixInOneServices': {
    label: { 'zh-CN': '“六位一体”综合治理办公室服务', en: 'Services of the "six-in-one" governance office' },
    unit: 'list',
    values: [
      {
        value: ['policing', 'public-security', 'stability', 'mediation', 'petitions', 'legal-aid'],
        citation: report(4, '社区“六位一体”综合治理办公室提供警务、综治、维稳、调解、信访、法律援助等服务'),
      },
    ],
  },
} satisfies ParameterSpecs;
