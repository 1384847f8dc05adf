/**
 * Messages of the rule engine itself (not of one rule), in every locale.
 *
 * @module
 */
import type { Locale } from '../locale.js';

/** The engine's own messages. */
export interface EngineMessages {
  /** A rule could not apply because a parameter it reads has no value in force. */
  readonly parameterNotInForce: (values: { parameter: string; label: string; asOf: string; from?: string; to?: string }) => string;
  /** How a failure's basis reads: on the report's figures, or on our readings. */
  readonly basis: Readonly<{ onFigures: string; onReadings: string }>;
  /** Words used by `explain`. */
  readonly words: Readonly<{
    rule: string;
    source: string;
    parameter: string;
    assumption: string;
    expected: string;
    actual: string;
    outcome: string;
    pass: string;
    fail: string;
    notApplicable: string;
    paragraph: string;
  }>;
}

/**
 * The engine's messages by locale.
 *
 * @example
 * ```ts
 * engineMessages.en.parameterNotInForce({ parameter: 'area.perHundredHouseholds', label: 'Minimum area', asOf: '2013-06-30', from: '2016-01-01' });
 * //=> 'parameter “Minimum area” (area.perHundredHouseholds) has no value in force on 2013-06-30 (its values start on 2016-01-01), so the rule does not apply'
 * ```
 */
export const engineMessages: Readonly<Record<Locale, EngineMessages>> = {
  'zh-CN': {
    parameterNotInForce: ({ parameter, label, asOf, from, to }) =>
      `参数“${label}”(${parameter})在 ${asOf} 无有效取值${from !== undefined ? `(自 ${from} 起才有取值)` : to !== undefined ? `(取值已于 ${to} 截止)` : ''},本规则不适用`,
    basis: { onFigures: '依据报告数字', onReadings: '依据我们的解读' },
    words: {
      rule: '规则',
      source: '依据',
      parameter: '参数',
      assumption: '假设',
      expected: '标准',
      actual: '实际',
      outcome: '结论',
      pass: '符合',
      fail: '不符合',
      notApplicable: '不适用',
      paragraph: '段',
    },
  },
  en: {
    parameterNotInForce: ({ parameter, label, asOf, from, to }) =>
      `parameter “${label}” (${parameter}) has no value in force on ${asOf}${
        from !== undefined ? ` (its values start on ${from})` : to !== undefined ? ` (its values ended on ${to})` : ''
      }, so the rule does not apply`,
    basis: { onFigures: 'on the report’s figures', onReadings: 'on our readings' },
    words: {
      rule: 'Rule',
      source: 'Source',
      parameter: 'Parameter',
      assumption: 'Assumption',
      expected: 'Expected',
      actual: 'Actual',
      outcome: 'Outcome',
      pass: 'pass',
      fail: 'fail',
      notApplicable: 'not applicable',
      paragraph: 'para.',
    },
  },
};
