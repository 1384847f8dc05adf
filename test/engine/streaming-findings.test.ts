/**
 * `check` keeps the findings it is asked to keep, streams every one to `onFinding`, and always counts them all.
 * Compared with a reference engine written here the plain way (one finding object per result, its parameters
 * collected per subject, the summary counted from the full list afterwards), on generated datasets of random size
 * and seed — some damaged so that records fail validation — and on the Kunshan 2013 data, at dates before and after
 * parameters change.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset, kunshan2013 } from '../../src/datasets/index.js';
import { check, InvalidOptionError, kunshan, rules, type Finding, type Report } from '../../src/index.js';
import { indexDataset } from '../../src/engine/dataset-index.js';
import { parameter } from '../../src/profiles/parameter.js';
import { NoValueInForceError } from '../../src/errors.js';
import { validateDataset } from '../../src/validation/validate-dataset.js';
import type { ResolvedParameter } from '../../src/profiles/types.js';
import type { Rule, RuleContext, RuleResult } from '../../src/engine/types.js';

/** The findings and summary counts the plain way: every finding built, then counted. */
function reference(input: unknown, asOf: string) {
  const validation = validateDataset(input, { locale: 'en' });
  const dataset = validation.ok ? validation.value : (validation.partial ?? {});
  const data = indexDataset(dataset);
  const findings: { rule: string; outcome: string; subject: string; item?: string; code: string; message: string; parameters: string[]; assumptions: string[] }[] = [];
  const parameters = new Map<string, ResolvedParameter>();
  const resolve = (id: string) => parameter(kunshan, id, asOf);
  for (const rule of rules as readonly Rule[]) {
    for (const subject of data.all(rule.subject) as readonly { id: string }[]) {
      const used = new Map<string, ResolvedParameter>();
      const context = {
        asOf,
        locale: 'en',
        profile: kunshan,
        data,
        param: (id: string) => {
          const p = resolve(id);
          used.set(id, p);
          return p;
        },
        once: <T,>(_key: unknown, compute: () => T) => compute(),
      } as unknown as RuleContext;
      let results: RuleResult[];
      try {
        const r = rule.check(subject as never, context);
        results = Array.isArray(r) ? r : [r as RuleResult];
      } catch (error) {
        if (!(error instanceof NoValueInForceError)) throw error;
        results = [{ outcome: 'not-applicable', code: 'parameter-not-in-force' }];
      }
      for (const result of results) {
        const only = result.parameters;
        const list = [...used.values()].filter((p) => only === undefined || only.includes(p.id));
        for (const p of list) if (!parameters.has(p.id)) parameters.set(p.id, p);
        findings.push({
          rule: rule.id,
          outcome: result.outcome,
          subject: `${rule.subject}:${subject.id}`,
          ...(result.item !== undefined && { item: result.item }),
          code: result.code,
          message: result.code === 'parameter-not-in-force' ? '' : (rule.messages.en as Record<string, (v: object) => string>)[result.code]!(result.values ?? {}),
          parameters: list.map((p) => p.id),
          assumptions: list.filter((p) => p.assumption !== undefined).map((p) => p.id),
        });
      }
    }
  }
  const total = { pass: 0, fail: 0, notApplicable: 0 };
  const bySubject: Record<string, typeof total> = {};
  const byRule: Record<string, typeof total> = {};
  const key = (o: string) => (o === 'pass' ? 'pass' : o === 'fail' ? 'fail' : 'notApplicable');
  for (const f of findings) {
    total[key(f.outcome)]++;
    (byRule[f.rule] ??= { pass: 0, fail: 0, notApplicable: 0 })[key(f.outcome)]++;
    (bySubject[f.subject] ??= { pass: 0, fail: 0, notApplicable: 0 })[key(f.outcome)]++;
  }
  return { findings, parameters: Object.fromEntries(parameters), total, byRule, bySubject };
}

/** A finding reduced to what the reference computes. */
function plain(f: Finding) {
  return {
    rule: f.rule,
    outcome: f.outcome,
    subject: `${f.subject.kind}:${f.subject.id}`,
    ...(f.item !== undefined && { item: f.item }),
    code: f.code,
    message: f.code === 'parameter-not-in-force' ? '' : f.message,
    parameters: [...f.parameters],
    assumptions: [...f.assumptions],
  };
}

/** A generated dataset, some records damaged so that they fail validation (and are left out of the findings). */
const datasets = fc
  .record({ communities: fc.integer({ min: 1, max: 40 }), seed: fc.integer({ min: 1, max: 10_000 }), damage: fc.array(fc.nat(), { maxLength: 4 }) })
  .map(({ communities, seed, damage }) => {
    const dataset = structuredClone(generateDataset({ communities, seed })) as unknown as Record<string, Record<string, unknown>[]>;
    for (const d of damage) {
      const centers = dataset['serviceCenters']!;
      const plaques = dataset['plaques']!;
      if (d % 2 === 0) centers[d % centers.length]!['oneStopHall'] = 'yes';
      else plaques[d % plaques.length]!['name'] = 5;
    }
    return dataset;
  });
const dates = fc.constantFrom('2011-06-30', '2013-06-30', '2016-01-01');

describe('check — findings kept, streamed and counted', () => {
  it('keeps every finding in the reference’s order, naming the parameters once in the report (property)', () => {
    fc.assert(
      fc.property(datasets, dates, (dataset, asOf) => {
        const expected = reference(dataset, asOf);
        const report = check(dataset, { asOf, locale: 'en' });
        expect(report.findings.map(plain)).toEqual(expected.findings);
        expect(report.parameters).toEqual(expected.parameters);
        expect(report.summary.total).toEqual(expected.total);
        expect(report.summary.byRule).toEqual(expected.byRule);
        expect(report.summary.bySubject).toEqual(expected.bySubject);
      }),
      { numRuns: 25 },
    );
  });

  it('streams every finding to onFinding, keeps what it is asked to keep, and counts the same (property)', () => {
    fc.assert(
      fc.property(datasets, dates, fc.constantFrom('all', 'failures', 'none') as fc.Arbitrary<'all' | 'failures' | 'none'>, (dataset, asOf, keep) => {
        const all = check(dataset, { asOf });
        const streamed: Finding[] = [];
        const report = check(dataset, { asOf, findings: keep, onFinding: (f) => streamed.push(f) });
        expect(streamed).toEqual(all.findings);
        const wanted = keep === 'all' ? all.findings : keep === 'failures' ? all.findings.filter((f) => f.outcome === 'fail') : [];
        expect(report.findings).toEqual(wanted);
        expect(report.summary).toEqual(all.summary);
        expect(report.parameters).toEqual(all.parameters);
        expect(report.issues).toEqual(all.issues);
      }),
      { numRuns: 25 },
    );
  });

  it('counts without building findings: the Kunshan 2013 data, nothing kept and no callback', () => {
    const data = kunshan2013();
    const all: Report = check(data, { asOf: '2013-06-30' });
    const none = check(data, { asOf: '2013-06-30', findings: 'none' });
    expect(none.findings).toEqual([]);
    expect(none.summary).toEqual(all.summary);
    // The failures are what the summary counts as failures, by severity.
    const failures = check(data, { asOf: '2013-06-30', findings: 'failures' }).findings;
    expect(failures.length).toBe(all.summary.total.fail);
    expect(failures.filter((f) => f.severity === 'error').length).toBe(all.summary.bySeverity.error);
  });

  it('names every parameter of a finding in the report, and each one once', () => {
    const report = check(kunshan2013(), { asOf: '2013-06-30' });
    const named = new Set(report.findings.flatMap((f) => f.parameters));
    expect(Object.keys(report.parameters).sort()).toEqual([...named].sort());
    for (const [id, p] of Object.entries(report.parameters)) expect(p.id).toBe(id);
    // The funding switch of 2012 is not read by any rule; the hall's minimum is, with its citation.
    expect(report.parameters['hall.minServiceItems']?.citation?.paragraph).toBe(3);
  });

  it('refuses a findings option it does not know, and an onFinding that is not a function', () => {
    expect(() => check(kunshan2013(), { asOf: '2013-06-30', findings: 'some' as 'all' })).toThrow(InvalidOptionError);
    expect(() => check(kunshan2013(), { asOf: '2013-06-30', onFinding: 5 as unknown as () => void })).toThrow(InvalidOptionError);
  });
});
