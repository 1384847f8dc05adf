export {
  runConformance,
  type ConformanceDifference,
  type ConformanceFile,
  type ConformanceResult,
  type ConformanceVector,
  type ExpectedFinding,
  type InlineProfile,
} from './run-conformance.js';
