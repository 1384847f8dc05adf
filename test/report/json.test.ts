import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { kunshan2013 } from '../../src/datasets/kunshan2013.js';
import { check } from '../../src/standards/check.js';
import type { Report } from '../../src/engine/types.js';
import { parseReportJSON, REPORT_FORMAT_VERSION, ReportJSONSchema, toReportJSON } from '../../src/report/index.js';
import { cliJson, root } from '../cli/helpers.js';
import { smallReport, smallRules } from './small-report.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/report.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const validate = new Ajv2020({ strict: true }).compile(schema);

describe('toReportJSON', () => {
  it('holds the report unchanged, with format, version and locale', () => {
    const report = smallReport();
    expect(toReportJSON(report)).toEqual({ format: 'community-standards/report', version: 1, locale: 'en', report });
    expect(REPORT_FORMAT_VERSION).toBe(1);
    expect(toReportJSON(report, { rules: smallRules }).rules).toEqual(smallRules);
  });
});

describe('parseReportJSON', () => {
  it('reads back what toReportJSON wrote, through JSON text', () => {
    const json = toReportJSON(smallReport(), { profile: { id: 'kunshan', name: 'Kunshan' }, rules: smallRules, run: { exitCode: 1, ok: false, failOn: 'error' } });
    const back = parseReportJSON(JSON.stringify(json));
    expect(back).toEqual({ ok: true, value: json, issues: [] });
  });

  it('says what is wrong, where, in the locale asked for, and never throws', () => {
    const bad = { ...toReportJSON(smallReport()), version: 2 } as unknown as { report: Report };
    const withBadFinding = JSON.parse(JSON.stringify(bad)) as { version: number; report: { findings: { outcome: string }[] } };
    withBadFinding.version = 1;
    withBadFinding.report.findings[1]!.outcome = 'passed';
    const en = parseReportJSON(withBadFinding, { locale: 'en' });
    expect(en.ok).toBe(false);
    expect(en.issues.map((i) => [i.code, i.path])).toEqual([['invalid_value', ['report', 'findings', 1, 'outcome']]]);
    expect(en.issues[0]?.message).toMatch(/^report\.findings\[1\]\.outcome: /);
    const zh = parseReportJSON(withBadFinding);
    expect(zh.issues[0]?.message).toMatch(/^report\.findings\[1\]\.outcome:.*[\u4e00-\u9fff]/);
    expect(parseReportJSON(bad, { locale: 'en' }).issues.map((i) => i.path)).toEqual([['version']]);
    expect(parseReportJSON('{"format":', { locale: 'en' }).ok).toBe(false);
    expect(parseReportJSON(null).ok).toBe(false);
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(parseReportJSON(revoked.proxy).issues.map((i) => i.code)).toEqual(['unreadable_input']);
  });
});

describe('the zod schema and schemas/report.json (Ajv, draft 2020-12) agree', () => {
  let kunshan: Report;
  beforeAll(() => {
    kunshan = check(kunshan2013(), { asOf: '2013-06-30', locale: 'en' });
  });

  it('both accept the Kunshan 2013 report, whole', () => {
    const json = JSON.parse(JSON.stringify(toReportJSON(kunshan))) as unknown;
    expect(ReportJSONSchema.safeParse(json).success).toBe(true);
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const back = parseReportJSON(json);
    expect(back.ok && back.value.report?.summary).toEqual(kunshan.summary);
  });

  it.each([
    ['an unknown severity', (d: any) => (d.report.findings[0].severity = 'fatal')],
    ['a count below zero', (d: any) => (d.report.summary.total.pass = -1)],
    ['a date that is not YYYY-MM-DD', (d: any) => (d.report.asOf = '30/06/2013')],
    ['an unknown record kind', (d: any) => (d.report.findings[0].subject.kind = 'village')],
    ['no findings', (d: any) => delete d.report.findings],
    ['another format', (d: any) => (d.format = 'something-else')],
    ['an exit code of 3', (d: any) => (d.run = { exitCode: 3, ok: false, failOn: 'error' })],
  ])('both reject %s', (_name, spoil) => {
    const json = JSON.parse(JSON.stringify(toReportJSON(kunshan))) as unknown;
    spoil(json);
    expect(ReportJSONSchema.safeParse(json).success).toBe(false);
    expect(validate(json)).toBe(false);
  });
});

describe('check --output json is the report JSON form', () => {
  it('validates against schemas/report.json and parses back, Kunshan 2013 and a missing file alike', async () => {
    const run = await cliJson(['check', 'examples/data/kunshan-2013.ndjson'], { cwd: root });
    expect(run.code).toBe(1);
    expect(validate(run.json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(parseReportJSON(run.json).ok).toBe(true);
    // 23 statistics, as on the page (22 of them with the report's figure).
    expect((run.json as { statistics?: unknown[] }).statistics).toHaveLength(29);
    const missing = await cliJson(['check', 'no-such-file.ndjson']);
    expect(missing.code).toBe(2);
    expect(validate(missing.json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });
});
