/**
 * The library's `check`: the engine composed with the default rule set and the Kunshan profile.
 *
 * @module
 */
import { createChecker, type CheckOptions } from '../engine/check.js';
import type { Report } from '../engine/types.js';
import { kunshan } from '../profiles/kunshan.js';
import { rules } from './index.js';

/**
 * Checks a dataset against the standards: validates it, then runs every applicable rule of the default set (or the
 * rules named by id, or given as rule objects) on every subject of the rule's kind, with the `kunshan` profile
 * unless another is given, never stopping at the first failure. Records that fail validation are reported under
 * `issues` and left out of the findings. The report is deterministic (same input, same output, same order) and
 * JSON-serialisable. To run another rule set or default profile, compose a check with `createChecker`.
 *
 * @param input - the dataset (untrusted input is fine: it is validated first)
 * @param options - profile, date, locale, rules
 * @returns the report
 * @throws {@link InvalidOptionError} for a bad option or a missing date; {@link UnknownRuleError} for an unknown rule id
 * @example
 * ```ts
 * const report = check(dataset, { asOf: '2013-06-30', rules: ['hall.min-items'] });
 * report.findings[0]?.message; //=> '服务项目 19 项,少于 20 项(差 1 项)'
 * report.summary.total; //=> { pass: 3, fail: 1, notApplicable: 0 }
 * ```
 */
export function check(input: unknown, options: CheckOptions = {}): Report {
  return createChecker({ rules, profile: kunshan })(input, options);
}
