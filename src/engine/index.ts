export * from './types.js';
export { createChecker, runRules, type CheckOptions, type Checker, type CheckerSetup, type RunOptions } from './check.js';
export type { DatasetIndex } from './dataset-index.js';
export { explain, formatCitation, type Explainable, type Explanation, type ExplanationStep, type ExplainOptions } from './explanation.js';
export { formatParameterValue } from './format-parameter.js';
export { ruleTitle, type HostLocale, type AnyLocale, type RuleTitleOptions, type RuleTranslation } from './host-locale.js';
export type { EngineMessages } from './messages.js';
