export * from './types.js';
export { check, type CheckOptions } from './check.js';
export type { DatasetIndex } from './dataset-index.js';
export { explain, formatCitation, type Explainable, type Explanation, type ExplanationStep, type ExplainOptions } from './explanation.js';
export { formatParameterValue } from './format-parameter.js';
