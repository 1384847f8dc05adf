/**
 * The conformance vectors of conformance/vectors/: valid against conformance/schema.json, covering every rule with
 * a pass, a fail and a not-applicable case (where the rule can have one), and all met by this library.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { check, kunshan, national, rules, runConformance, type ConformanceFile } from '../../src/index.js';
import { root } from '../cli/helpers.js';

const dir = join(root, 'conformance', 'vectors');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((name) => ({ name, content: JSON.parse(readFileSync(join(dir, name), 'utf8')) as ConformanceFile & { rule: string } }));
const schema = JSON.parse(readFileSync(join(root, 'conformance', 'schema.json'), 'utf8')) as object;

/** Outcomes a rule cannot have by its definition (documented in docs/conformance.md). */
const IMPOSSIBLE: Readonly<Record<string, readonly string[]>> = {
  'hall.one-stop': ['not-applicable'], // reads no parameter; a community with no centre has no hall: fail
  'staff.professionalization': ['fail'], // info: reports the rate, the report gives no minimum
};

describe('conformance vectors', () => {
  it('are valid against the vector schema', () => {
    const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(schema);
    for (const { name, content } of files) expect(validate(content), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    const [{ content }] = files as [(typeof files)[number]];
    const { findings: _findings, ...withoutFindings } = content.vectors[0]!;
    expect(validate({ ...content, vectors: [withoutFindings] })).toBe(false);
    expect(validate({ ...content, vectors: [{ ...content.vectors[0], profile: 'atlantis' }] })).toBe(false);
    const outcome = { ...content.vectors[0]!.findings[0], outcome: 'passed' };
    expect(validate({ ...content, vectors: [{ ...content.vectors[0], findings: [outcome] }] })).toBe(false);
  });

  it('have unique ids, one file per rule, named after it', () => {
    const ids = files.flatMap((f) => f.content.vectors.map((v) => v.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const { name, content } of files) {
      expect(name).toBe(`${content.rule}.json`);
      for (const v of content.vectors) expect(v.id.startsWith(`${content.rule}/`), v.id).toBe(true);
    }
  });

  it.each(rules.map((r) => r.id))('%s has a pass, a fail and a not-applicable vector (where it can)', (id) => {
    const outcomes = new Set(
      files.flatMap((f) => f.content.vectors).flatMap((v) => v.findings.filter((x) => x.rule === id).map((x) => x.outcome)),
    );
    for (const outcome of ['pass', 'fail', 'not-applicable'] as const) {
      expect(outcomes.has(outcome), `${id}: ${outcome}`).toBe(!(IMPOSSIBLE[id] ?? []).includes(outcome));
    }
  });

  it.each(files.map((f) => [f.name, f.content] as const))('%s: this library meets every vector', (_name, content) => {
    const result = runConformance(content);
    expect(result.differences).toEqual([]);
    expect(result.passed).toBe(content.vectors.length);
  });
});

describe('the package', () => {
  it('ships the schema and every vector file', () => {
    const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: root, encoding: 'utf8' })) as [{ files: { path: string }[] }];
    const shipped = packed[0].files.map((f) => f.path).filter((p) => p.startsWith('conformance/'));
    expect(shipped.sort()).toEqual(['conformance/schema.json', ...files.map((f) => `conformance/vectors/${f.name}`)].sort());
  });
});

describe('not-applicable reasons', () => {
  it('every not-applicable finding of the vectors has a reason that holds for any subject, in both locales', () => {
    let seen = 0;
    for (const vector of files.flatMap((f) => f.content.vectors)) {
      if (typeof vector.profile !== 'string') continue; // the parameter-not-in-force cases: the engine's own reason
      const report = check(vector.dataset, { asOf: vector.asOf, rules: vector.rules, profile: vector.profile === 'kunshan' ? kunshan : national });
      for (const finding of report.findings.filter((f) => f.outcome === 'not-applicable' && f.code !== 'parameter-not-in-force')) {
        seen++;
        const rule = rules.find((r) => r.id === finding.rule)!;
        for (const locale of ['zh-CN', 'en'] as const) {
          // Either a reason written for summaries, or a message that does not read the finding's values.
          const written = rule.reasons?.[locale]?.[finding.code];
          const message = rule.messages[locale][finding.code]!;
          if (written === undefined) expect(message(finding.values ?? {}), `${rule.id} ${finding.code}`).toBe(message({}));
          else expect(written.length).toBeGreaterThan(0);
        }
      }
    }
    expect(seen).toBeGreaterThan(20);
  });
});

describe('runConformance', () => {
  const [first] = files;
  const vector = first!.content.vectors[0]!;

  it('reports a wrong expectation as a difference, with its path', () => {
    const wrong = { ...vector, findings: vector.findings.map((f, i) => (i === 0 ? { ...f, outcome: f.outcome === 'pass' ? 'fail' : 'pass' } : f)) };
    const result = runConformance([wrong]);
    expect(result).toMatchObject({ vectors: 1, passed: 0 });
    expect(result.differences).toEqual([{ vector: vector.id, path: 'findings[0].outcome', expected: wrong.findings[0]!.outcome, actual: vector.findings[0]!.outcome }]);
  });

  it('reports a missing finding, a key value that differs, and numbers within 1e-9 as equal', () => {
    const result = runConformance({ vectors: [{ ...vector, findings: [] }] });
    expect(result.differences).toEqual([{ vector: vector.id, path: 'findings.length', expected: 0, actual: vector.findings.length }]);
    const area = files.find((f) => f.content.rule === 'area.per-households')!.content.vectors.find((v) => v.id === 'area.per-households/pass')!;
    const near = { ...area, findings: [{ ...area.findings[0]!, values: { perHundred: 130000 / 481 + 1e-12 } }] };
    expect(runConformance(near).differences).toEqual([]);
    const far = { ...area, findings: [{ ...area.findings[0]!, values: { perHundred: 270.28 } }] };
    expect(runConformance(far).differences.map((d) => d.path)).toEqual(['findings[0].values.perHundred']);
  });

  it('turns a vector it cannot run into a difference instead of throwing', () => {
    const badProfile = runConformance({ ...vector, profile: 'atlantis' });
    expect(badProfile.differences.map((d) => d.path)).toEqual(['profile']);
    const badRule = runConformance({ ...vector, rules: ['hall.min-itemz'] });
    expect(badRule.differences[0]).toMatchObject({ path: '', actual: expect.stringContaining('hall.min-itemz') });
    expect(runConformance(42).differences).toHaveLength(1);
    const invalid = runConformance({ ...vector, dataset: { communities: [{ id: 'a' }] } });
    expect(invalid.differences.map((d) => d.path)).toContain('dataset');
  });
});
