/**
 * Kunshan parameters: The "6+X" services (spec §3.1).
 *
 * @module
 */
import { kunshanReport as report } from '../../citation.js';
import { assume } from '../../profiles/kunshan/assume.js';
import type { ParameterSpecs } from '../../profiles/kunshan/specs.js';

/**
 * The "6+X" services — part of the `kunshan` profile.
 *
 * @example
 * ```ts
 * Object.keys(serviceParameters).includes('service.standardServices'); //=> true
 * ```
 */
export const serviceParameters = {
  'service.standardServices': {
    label: { 'zh-CN': '“6+X”中的六项标准服务', en: 'The six standard services of "6+X"' },
    unit: 'list',
    description: assume('服务类别编号(ServiceCategory)', 'Service category ids (ServiceCategory)'),
    values: [
      {
        value: ['employment', 'social-insurance', 'charity-relief', 'elderly-care', 'health', 'culture-education'],
        citation: report(3, '推行“6+X”的服务模式'),
        assumption: assume(
          '报告未列出六项标准服务;取第6段公共服务项目中的六类:劳动就业、社会保险、慈善救助、社区养老、医疗卫生、文体教育。',
          'The report does not list the six; we take six of the public-service categories of paragraph 6: employment, social insurance, charity and relief, elderly care, health care, culture and education.',
        ),
      },
    ],
  },
  'service.minFeatured': {
    label: { 'zh-CN': '“X”特色服务数下限', en: 'Minimum featured services (the "X")' },
    unit: 'count',
    values: [
      {
        value: 1,
        citation: report(3, '推行“6+X”的服务模式,发展社区志愿互助服务和特色品牌服务'),
        assumption: assume('取“X”为至少一项特色服务。', 'We read the "X" as at least one featured service.'),
      },
    ],
  },
} satisfies ParameterSpecs;
