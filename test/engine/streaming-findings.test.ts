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
import { check, defineRule, InvalidOptionError, kunshan, rules, type Finding, type Report } from '../../src/index.js';
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
  const findings: {
    rule: string;
    severity: string;
    outcome: string;
    subject: string;
    item?: string;
    code: string;
    message: string;
    values?: unknown;
    parameters: string[];
    assumptions: string[];
  }[] = [];
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
        // The values name the parameter, the date and where its values start or end.
        const { id, asOf: on, from, to } = error.details as { id: string; asOf: string; from?: string; to?: string };
        const values = { parameter: id, asOf: on, ...(from !== undefined && { from }), ...(to !== undefined && { to }) };
        results = [{ outcome: 'not-applicable', code: 'parameter-not-in-force', values }];
      }
      for (const result of results) {
        const only = result.parameters;
        const list = [...used.values()].filter((p) => only === undefined || only.includes(p.id));
        for (const p of list) if (!parameters.has(p.id)) parameters.set(p.id, p);
        findings.push({
          rule: rule.id,
          severity: result.severity ?? rule.severity,
          outcome: result.outcome,
          subject: `${rule.subject}:${subject.id}`,
          ...(result.item !== undefined && { item: result.item }),
          code: result.code,
          message: result.code === 'parameter-not-in-force' ? '' : (rule.messages.en as Record<string, (v: object) => string>)[result.code]!(result.values ?? {}),
          ...(result.values !== undefined && { values: result.values }),
          parameters: list.map((p) => p.id),
          assumptions: list.filter((p) => p.assumption !== undefined).map((p) => p.id),
        });
      }
    }
  }
  const total = { pass: 0, fail: 0, notApplicable: 0 };
  const bySubject: Record<string, typeof total> = {};
  const byRule: Record<string, typeof total> = {};
  const bySeverity: Record<string, number> = { error: 0, warning: 0, info: 0 };
  const failures = { onFigures: 0, onReadings: 0 };
  const key = (o: string) => (o === 'pass' ? 'pass' : o === 'fail' ? 'fail' : 'notApplicable');
  for (const f of findings) {
    total[key(f.outcome)]++;
    (byRule[f.rule] ??= { pass: 0, fail: 0, notApplicable: 0 })[key(f.outcome)]++;
    (bySubject[f.subject] ??= { pass: 0, fail: 0, notApplicable: 0 })[key(f.outcome)]++;
    if (f.outcome === 'fail') {
      bySeverity[f.severity]!++;
      failures[f.assumptions.length > 0 ? 'onReadings' : 'onFigures']++;
    }
  }
  return { findings, parameters: Object.fromEntries(parameters), total, byRule, bySubject, bySeverity, failures };
}

/** A finding reduced to what the reference computes. */
function plain(f: Finding) {
  return {
    rule: f.rule,
    severity: f.severity,
    outcome: f.outcome,
    subject: `${f.subject.kind}:${f.subject.id}`,
    ...(f.item !== undefined && { item: f.item }),
    code: f.code,
    message: f.code === 'parameter-not-in-force' ? '' : f.message,
    ...(f.values !== undefined && { values: f.values }),
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
        // Key order too: the report lists rules, subjects and parameters in the order first met.
        expect(JSON.stringify(report.parameters)).toBe(JSON.stringify(expected.parameters));
        expect(report.summary.total).toEqual(expected.total);
        expect(JSON.stringify(report.summary.byRule)).toBe(JSON.stringify(expected.byRule));
        expect(JSON.stringify(report.summary.bySubject)).toBe(JSON.stringify(expected.bySubject));
        expect(report.summary.bySeverity).toEqual(expected.bySeverity);
        expect(report.summary.failures.total).toEqual(expected.failures);
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
        expect(JSON.stringify(report.summary)).toBe(JSON.stringify(all.summary));
        expect(JSON.stringify(report.parameters)).toBe(JSON.stringify(all.parameters));
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

describe('check — host rules at the edges', () => {
  const base = { title: { 'zh-CN': '示例', en: 'Example' }, subject: 'community', severity: 'warning', source: { document: 'example' } } as const;
  const data = { communities: [{ id: 'a', name: 'a', kind: 'urban', model: 'old-town', households: {}, population: {} }, { id: 'b', name: 'b', kind: 'urban', model: 'old-town', households: {}, population: {} }] };

  it('counts the parameters read inside once for every subject that gets the value', () => {
    const SYM = Symbol('min');
    const rule = defineRule({
      ...base,
      id: 'host.once',
      parameters: ['hall.minServiceItems'],
      messages: { 'zh-CN': { ok: () => '好' }, en: { ok: () => 'ok' } },
      check: (_c, context) => {
        const min = context.once(SYM, () => context.param('hall.minServiceItems').value);
        return { outcome: 'pass', code: 'ok', values: { min } };
      },
    });
    const report = check(data, { asOf: '2013-06-30', rules: [rule] });
    expect(report.findings.map((f) => [f.subject.id, f.parameters, f.values])).toEqual([
      ['a', ['hall.minServiceItems'], { min: 20 }],
      ['b', ['hall.minServiceItems'], { min: 20 }],
    ]);
  });

  it('keeps a rule’s own parameter-not-in-force message, and the engine’s when the check stopped on one', () => {
    const stops = defineRule({
      ...base,
      id: 'host.stops',
      parameters: ['area.perHundredHouseholds'],
      messages: { 'zh-CN': { x: () => 'x' }, en: { x: () => 'x' } },
      check: (_c, context) => ({ outcome: 'pass', code: 'x', values: { v: context.param('area.perHundredHouseholds').value } }),
    });
    const own = defineRule({
      ...base,
      id: 'host.own',
      parameters: [],
      messages: { 'zh-CN': { 'parameter-not-in-force': () => '自己的' }, en: { 'parameter-not-in-force': () => 'its own' } },
      check: () => ({ outcome: 'not-applicable', code: 'parameter-not-in-force', values: { parameter: 'area.perHundredHouseholds' } }),
    });
    // area.perHundredHouseholds (30 m² per 100 households) starts in 2016: on 2013-06-30 the first rule stops.
    const report = check(data, { asOf: '2013-06-30', rules: [stops, own], locale: 'en' });
    expect(report.findings.map((f) => [f.rule, f.code])).toEqual([
      ['host.stops', 'parameter-not-in-force'],
      ['host.stops', 'parameter-not-in-force'],
      ['host.own', 'parameter-not-in-force'],
      ['host.own', 'parameter-not-in-force'],
    ]);
    expect(report.findings[0]?.message).toContain('area.perHundredHouseholds');
    expect(report.findings[2]?.message).toBe('its own');
  });

  it('refuses a result code with no message, whatever it keeps', () => {
    const silent = {
      ...base,
      id: 'host.silent',
      parameters: [],
      messages: { 'zh-CN': {}, en: {} },
      check: () => ({ outcome: 'pass', code: 'nothing' }),
    } as unknown as Rule;
    for (const findings of ['all', 'failures', 'none'] as const) {
      expect(() => check(data, { asOf: '2013-06-30', rules: [silent], findings })).toThrow(InvalidOptionError);
    }
  });

  it('asks a rule with no record of its kind for nothing, not even its messages', () => {
    const bare = { ...base, id: 'host.bare', subject: 'plaque', parameters: [], check: () => [] } as unknown as Rule;
    expect(check(data, { asOf: '2013-06-30', rules: [bare] }).summary.total).toEqual({ pass: 0, fail: 0, notApplicable: 0 });
  });

  it('skips a subject whose check returns no result: no finding, no count', () => {
    const none = defineRule({
      ...base,
      id: 'host.none',
      parameters: [],
      messages: { 'zh-CN': { ok: () => '好' }, en: { ok: () => 'ok' } },
      check: (c) => (c.id === 'a' ? [] : { outcome: 'pass', code: 'ok' }),
    });
    const report = check(data, { asOf: '2013-06-30', rules: [none] });
    expect(report.findings.map((f) => f.subject.id)).toEqual(['b']);
    expect(Object.keys(report.summary.bySubject)).toEqual(['community:b']);
  });
});
