/**
 * A small report built by hand (not by the engine), so that what the renderers show can be worked out by hand:
 * three rules, two communities, four findings.
 *
 * - hall.one-stop (error): c1 fails (on the report's figures), c2 passes.
 * - hall.min-items (warning): c2 fails (on a reading: its parameter is marked as an assumption), c1 not applicable.
 * - signage.four-plaques (warning): nothing to check.
 */
import type { Citation } from '../../src/citation.js';
import type { Finding, Report } from '../../src/engine/types.js';

const source: Citation = { document: '昆山市基本公共服务调研报告', section: '二 依托社区完善公共服务', paragraph: 3, quote: '85%的社区服务项目达20个以上' };

/** Builds the report, with the id of c1 and the message of its failure given (to make them hostile). */
export function smallReport(c1 = 'c1', c1Message = 'no one-stop service hall'): Report {
  const findings: Finding[] = [
    {
      rule: 'hall.one-stop', severity: 'error', outcome: 'fail', subject: { kind: 'community', id: c1 }, path: [], code: 'missing',
      message: c1Message, parameters: [], assumptions: [], restsOnAssumption: false, source,
    },
    {
      rule: 'hall.one-stop', severity: 'error', outcome: 'pass', subject: { kind: 'community', id: 'c2' }, path: [], code: 'present',
      message: 'has a one-stop service hall', parameters: [], assumptions: [], restsOnAssumption: false, source,
    },
    {
      rule: 'hall.min-items', severity: 'warning', outcome: 'not-applicable', subject: { kind: 'community', id: c1 }, path: [],
      code: 'not-reported', message: 'the service items are not reported', parameters: [], assumptions: [], restsOnAssumption: false, source,
    },
    {
      rule: 'hall.min-items', severity: 'warning', outcome: 'fail', subject: { kind: 'community', id: 'c2' }, path: [], code: 'too-few',
      message: '10 service items, fewer than 20 (10 short)', expected: 20, actual: 10, values: { count: 10, min: 20, gap: 10 },
      parameters: ['hall.minServiceItems'],
      assumptions: ['hall.minServiceItems'], restsOnAssumption: true, source,
    },
  ];
  return {
    asOf: '2013-06-30',
    profile: 'kunshan',
    locale: 'en',
    rules: ['hall.one-stop', 'hall.min-items', 'signage.four-plaques'],
    parameters: {
      'hall.minServiceItems': {
        id: 'hall.minServiceItems', profile: 'kunshan', label: { 'zh-CN': '社区服务项目数下限', en: 'Minimum number of service items' },
        unit: 'count', value: 20, assumption: { 'zh-CN': '假设', en: 'an assumption, for the test' },
      },
    },
    issues: [],
    findings,
    summary: {
      byRule: {
        'hall.one-stop': { pass: 1, fail: 1, notApplicable: 0 },
        'hall.min-items': { pass: 0, fail: 1, notApplicable: 1 },
        'signage.four-plaques': { pass: 0, fail: 0, notApplicable: 0 },
      },
      bySubject: { [`community:${c1}`]: { pass: 0, fail: 1, notApplicable: 1 }, 'community:c2': { pass: 1, fail: 1, notApplicable: 0 } },
      bySeverity: { error: 1, warning: 1, info: 0 },
      total: { pass: 1, fail: 2, notApplicable: 1 },
      failures: {
        total: { onFigures: 1, onReadings: 1 },
        byRule: { 'hall.one-stop': { onFigures: 1, onReadings: 0 }, 'hall.min-items': { onFigures: 0, onReadings: 1 }, 'signage.four-plaques': { onFigures: 0, onReadings: 0 } },
      },
      notApplicable: { 'hall.min-items': [{ code: 'not-reported', count: 1, message: 'the service items are not reported' }] },
    },
  };
}

/** The rules of the small report, described (as the command line gives them). */
export const smallRules = [
  { id: 'hall.one-stop', title: 'One-stop service hall', severity: 'error', subject: 'community' },
  { id: 'hall.min-items', title: 'At least 20 service items', severity: 'warning', subject: 'community' },
  { id: 'signage.four-plaques', title: 'Four plaques', severity: 'warning', subject: 'community' },
] as const;
