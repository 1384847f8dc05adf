/**
 * Messages of the rule engine itself (not of one rule), in every locale.
 *
 * @module
 */
import type { Locale } from '../locale.js';

/** The engine's own messages. */
export interface EngineMessages {
  /** A rule could not apply because a parameter it reads has no value in force. */
  readonly parameterNotInForce: (values: { parameter: string; asOf: string }) => string;
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
 * engineMessages.en.parameterNotInForce({ parameter: 'area.perHundredHouseholds', asOf: '2013-06-30' });
 * //=> 'parameter area.perHundredHouseholds has no value in force on 2013-06-30, so the rule does not apply'
 * ```
 */
export const engineMessages: Readonly<Record<Locale, EngineMessages>> = {
  'zh-CN': {
    parameterNotInForce: ({ parameter, asOf }) => `参数 ${parameter} 在 ${asOf} 无有效取值,本规则不适用`,
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
    parameterNotInForce: ({ parameter, asOf }) =>
      `parameter ${parameter} has no value in force on ${asOf}, so the rule does not apply`,
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
