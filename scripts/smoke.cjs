// Loads the built package by its own name from CommonJS (package self-reference through "exports").
const { Community, validateRecord } = require('community-standards');
const ok = validateRecord('community', { id: 'a', name: 'a', kind: 'urban', model: 'other', households: {}, population: {}, governanceBodies: [] });
if (!ok.ok || typeof Community.parse !== 'function') throw new Error('CJS smoke test failed');
console.log('smoke: require("community-standards") works');
// The report entry: an empty report (no failure, no problem, no run) renders with the verdict that says so.
const { renderText } = require('community-standards/report');
const empty = { asOf: '2013-06-30', profile: 'kunshan', locale: 'en', rules: [], parameters: {}, issues: [], findings: [], summary: { byRule: {}, bySubject: {}, bySeverity: { error: 0, warning: 0, info: 0 }, total: { pass: 0, fail: 0, notApplicable: 0 }, failures: { total: { onFigures: 0, onReadings: 0 }, byRule: {} }, notApplicable: {} } };
if (renderText(empty).trimEnd().split('\n').at(-1) !== '✓ no failure of severity error') throw new Error('CJS smoke test of community-standards/report failed');
console.log('smoke: require("community-standards/report") works');
