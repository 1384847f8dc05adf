import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportJSON } from '../../../src/report/index.js';
import { kunshan2013 } from '../../../src/datasets/kunshan2013.js';
import { check, rules } from '../../../src/index.js';
import { cli, cliJson, root } from '../helpers.js';

const kunshanFile = join(root, 'examples', 'data', 'kunshan-2013.ndjson');

describe('check (in-process run)', () => {
  it('fails a community whose only centre has no one-stop hall (hall.one-stop, severity error): exit 1, located', async () => {
    const { code, json } = await cliJson<ReportJSON>(['check', 'failing.ndjson']);
    expect(code).toBe(1);
    expect(json).toMatchObject({
      format: 'community-standards/report',
      version: 1,
      locale: 'zh-CN',
      run: { exitCode: 1, ok: false, failOn: 'error' },
      report: { asOf: '2013-06-30', profile: 'kunshan' },
      profile: { id: 'kunshan' },
      input: { records: 4 },
    });
    expect(json.report?.summary.byRule['hall.one-stop']).toEqual({ pass: 1, fail: 1, notApplicable: 0 });
    expect(json.rules?.find((r) => r.id === 'hall.one-stop')).toMatchObject({ severity: 'error', subject: 'community' });
    expect(json.report?.summary.bySeverity).toEqual({ error: 1, warning: 0, info: 0 });
    expect(json.report?.summary.total.fail).toBe(1);
    expect(json.report?.findings).toHaveLength(1);
    expect(json.report?.findings[0]).toMatchObject({ rule: 'hall.one-stop', outcome: 'fail', subject: { kind: 'community', id: 'nanyuan' } });
    expect(json.input?.locations).toEqual({ 'community:nanyuan': { file: 'failing.ndjson', line: 3 } });
  });

  it('exits 0 when only warnings fail, and 1 with --fail-on warning', async () => {
    // good.ndjson: both communities have a centre with a one-stop hall; donghu has one of the four plaques
    // ("四块牌子": 社区党组织, 居委会, 社区服务中心, 综合治理办公室), so signage.four-plaques fails three times.
    const relaxed = await cliJson<ReportJSON>(['check', 'good.ndjson']);
    expect(relaxed.code).toBe(0);
    expect(relaxed.json.report?.summary.byRule['hall.one-stop']).toMatchObject({ pass: 2, fail: 0 });
    expect(relaxed.json.report?.findings.filter((f) => f.rule === 'signage.four-plaques' && f.subject.id === 'donghu')).toHaveLength(3);
    expect(relaxed.json.report?.summary.bySeverity.error).toBe(0);
    const strict = await cliJson<ReportJSON>(['check', 'good.ndjson', '--fail-on', 'warning']);
    expect(strict.code).toBe(1);
    expect(strict.json.run).toEqual({ exitCode: 1, ok: false, failOn: 'warning' });
  });

  it('summarises the Kunshan 2013 data exactly as the library’s own check of kunshan2013() does', async () => {
    const { code, json } = await cliJson<ReportJSON>(['check', kunshanFile]);
    const direct = check(kunshan2013(), { asOf: '2013-06-30' });
    // + the synthetic access requests, ledgers and creation activities; + the synthetic needs (5 × 5 + 5 × 7), provider
    // listings (10 × 2 + the city-wide employment service) and volunteers (10 doctors + 5 repair teams).
    // + 24 residential estates, 8 property meetings and 60 households.
    expect(json.input?.records).toBe(10_872 + 60 + 50 + 50 + 60 + 21 + 15 + 24 + 8 + 60);
    // The summaries are the engine's, whole.
    expect(json.report?.summary).toEqual(direct.summary);
    expect(json.report?.rules).toEqual(rules.map((r) => r.id));
    expect(json.rules?.map((r) => [r.id, r.severity])).toEqual(rules.map((r) => [r.id, r.severity]));
    expect(code).toBe(direct.summary.bySeverity.error > 0 ? 1 : 0);
    // Of the findings, the failures only: all 36 errors, then warnings up to 1,000 in all, in the engine's order.
    const failed = direct.findings.filter((f) => f.outcome === 'fail');
    const kept = json.report?.findings ?? [];
    expect(kept).toHaveLength(1000);
    expect(json.omitted).toEqual({ findings: direct.findings.length - 1000 });
    const bySeverity = (k: string) => failed.filter((f) => f.severity === k);
    const chosen = new Set([...bySeverity('error'), ...bySeverity('warning'), ...bySeverity('info')].slice(0, 1000));
    expect(kept).toEqual(failed.filter((f) => chosen.has(f)));
    expect(kept.filter((f) => f.severity === 'error')).toHaveLength(direct.summary.bySeverity.error);
    // Each failing subject is located in the file: line numbers of an NDJSON file.
    expect(Object.keys(json.input?.locations ?? {}).sort()).toEqual([...new Set(kept.map((f) => `${f.subject.kind}:${f.subject.id}`))].sort());
    expect(Object.values(json.input?.locations ?? {}).every((at) => at.file === kunshanFile && (at.line ?? 0) > 1)).toBe(true);
  });

  it('prints a short text report: by rule, by severity, the first 10 failures, the verdict', async () => {
    const { stdout } = await cli(['check', kunshanFile, '--locale', 'en']);
    const lines = stdout.trimEnd().split('\n');
    // 10,872 records before the synthetic burden-reduction records: + 60 access requests, 50 ledgers, 50 activities;
    // then 24 residential estates and 8 property meetings (6 workshop, 2 joint); then 60 households; and the synthetic
    // matching records: + 60 needs, 21 provider listings, 15 volunteers: 11,220.
    expect(lines[0]).toBe(`Check of ${kunshanFile}: 11,220 records, as of 2013-06-30, profile Kunshan (kunshan)`);
    expect(stdout).toMatch(/hall\.one-stop\s+One-stop service hall\s+error\s+308\s+0\s+0/);
    // Every rule now has something to check: 10 communities × (3 pass, 2 fail, 1 not reached) access requests. Both
    // failures rest on readings: the unapproved inspection on "all three bodies approve", the plaque 老年协会 on
    // the plaque-name suffixes; so 0 on the report's figures, 20 on our readings.
    // Columns: pass, fail, fail on the report’s figures, fail on our readings, not applicable.
    expect(stdout).toMatch(/access\.required\s+Work entering a community needs access approval\s+error\s+30\s+20\s+0\s+20\s+10/);
    expect(stdout).not.toContain('Rules with nothing to check in the data');
    expect(lines.filter((l) => l.startsWith('✗ error ') || l.startsWith('✗ warning ') || l.startsWith('✗ info '))).toHaveLength(10);
    expect(lines.at(-1)).toMatch(/^✗ \d+ failures of severity error \(exit code 1\)$/);
  });

  it('names the rules with nothing to check in the data', async () => {
    // failing.ndjson holds no access requests, ledgers or creation activities.
    const { stdout } = await cli(['check', 'failing.ndjson', '--locale', 'en']);
    expect(stdout).toMatch(/Rules with nothing to check in the data: .*access\.required, ledger\.rationalize, evaluation\.mandatory, evaluation\.resident-feedback/);
  });

  it('reports invalid records as problems (located), leaves them out, and exits 1', async () => {
    const { code, json: doc } = await cliJson<ReportJSON>(['check', 'bad.ndjson']);
    const json = doc.input!;
    expect(code).toBe(1);
    // Input problems as the lines are read, then the validation issues of c1 (line 2) and c2 (line 3), which are
    // left out of the check. p1 refers to c1: not an unresolved reference, since c1 is there, only invalid.
    expect(json.problems.items.map((p) => `${p.line ?? ''}:${p.code}`)).toEqual([
      '4:malformed_line',
      '7:missing_kind',
      '8:unknown_kind',
      '2:too_small',
      '3:unrecognized_keys',
    ]);
    expect(json.problems.items.find((p) => p.code === 'too_small')).toMatchObject({ kind: 'community', id: 'c1', path: 'households.resident' });
    expect(json.problems.items.find((p) => p.code === 'too_small')?.message).toMatch(/^households\.resident:/);
  });

  it('answers a missing file with “文件不存在” and nothing else: no “no date”, no empty report (exit 2)', async () => {
    for (const extra of [[], ['--as-of', '2013-06-30']]) {
      const { code, stdout, stderr } = await cli(['check', 'no-such-file.ndjson', ...extra]);
      expect(code).toBe(2);
      expect(stderr).toBe('');
      expect(stdout.trimEnd().split('\n')).toEqual(['输入问题(共 1 个):', '✗  no-such-file.ndjson  文件不存在', '', '✗ 有文件无法读取(退出码 2)']);
    }
    // No page either, even when a date is given.
    const dir = mkdtempSync(join(tmpdir(), 'cs-check-missing-'));
    try {
      const page = join(dir, 'r.html');
      const html = await cli(['check', 'no-such-file.ndjson', '--as-of', '2013-06-30', '--output', 'html', page]);
      expect(html.code).toBe(2);
      expect(existsSync(page)).toBe(false);
      expect(html.stdout).not.toContain('→');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // The JSON form has no report: nothing was checked.
    const { json } = await cliJson<ReportJSON>(['check', 'no-such-file.ndjson']);
    expect(json).toMatchObject({ format: 'community-standards/report', run: { exitCode: 2, ok: false }, input: { records: 0 } });
    expect(json.report).toBeUndefined();
    expect(json.input?.problems.items[0]).toMatchObject({ file: 'no-such-file.ndjson', fatal: true });
  });

  it('with --output html FILE prints a brief summary, not the failures the page lists', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-check-html-'));
    try {
      const file = join(dir, 'report.html');
      const { code, stdout } = await cli(['check', kunshanFile, '--output', 'html', file]);
      expect(code).toBe(1);
      const lines = stdout.trimEnd().split('\n');
      expect(lines[0]).toMatch(/^检查 .*kunshan-2013\.ndjson:[\d,]+ 条记录,截至 2013-06-30/);
      expect(lines[1]).toMatch(/^不符合项按严重程度:错误 \d+ · 警告 \d+ · 提示 \d+$/);
      expect(lines.at(-1)).toBe(`→ ${file}`);
      expect(lines.filter((l) => l.startsWith('✗ 错误') || l.startsWith('✗ 警告'))).toEqual([]);
      expect(lines.length).toBeLessThan(8);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes the date from --as-of over meta.asOf, and needs one of them (exit 2)', async () => {
    const dated = await cliJson<ReportJSON>(['check', 'failing.ndjson', '--as-of', '2014-01-01']);
    expect(dated.json.report?.asOf).toBe('2014-01-01');
    const undated = await cli(['check', 'records.json', '--locale', 'en']);
    expect(undated.code).toBe(2);
    expect(undated.stderr).toBe('community-standards: no date to check as of: give --as-of YYYY-MM-DD or set asOf in the data’s meta\n');
  });

  it('uses a derived profile from a JSON file, and rejects a bad one cleanly (exit 2)', async () => {
    const ok = await cliJson<ReportJSON>(['check', 'failing.ndjson', '--profile', 'profile-more-items.json', '--locale', 'en']);
    expect(ok.json.profile).toEqual({ id: 'example-city', name: 'Example City' });
    const bad = await cli(['check', 'failing.ndjson', '--profile', 'profile-bad.json', '--locale', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('the profile file profile-bad.json is invalid: Profile "typo-city" changes parameter "hall.minItemz"');
  });
});

describe('check: facts apart from readings, and why not applicable', () => {
  it('JSON: splits each rule’s failures by basis and gives the reasons of its not-applicable findings', async () => {
    const { json } = await cliJson<ReportJSON>(['check', kunshanFile, '--locale', 'en']);
    const summary = json.report!.summary;
    // 308 communities checked as of 2013-06-30; the national 30 m² per 100 households is in force from 2016-01-01.
    expect(summary.byRule['area.per-households']).toEqual({ pass: 0, fail: 0, notApplicable: 308 });
    expect(summary.notApplicable['area.per-households']).toEqual([
      {
        code: 'parameter-not-in-force',
        parameter: 'area.perHundredHouseholds',
        count: 308,
        message:
          'parameter “Minimum community service facility area per 100 households” (area.perHundredHouseholds) has no value in force on 2013-06-30 (its values start on 2016-01-01), so the rule does not apply',
      },
    ]);
    // hall.min-items reads only the report's 20; hall.staggered-hours only parameters the report does not quantify.
    expect(summary.failures.byRule['hall.min-items']?.onReadings).toBe(0);
    expect(summary.failures.byRule['hall.min-items']?.onFigures).toBe(summary.byRule['hall.min-items']?.fail);
    expect(summary.failures.byRule['hall.staggered-hours']?.onFigures).toBe(0);
    expect(summary.failures.byRule['hall.staggered-hours']?.onReadings).toBe(summary.byRule['hall.staggered-hours']?.fail);
    expect(json.report!.findings.every((f) => f.restsOnAssumption === f.assumptions.length > 0)).toBe(true);
  });

  it('JSON: a failure of hall.one-stop rests on no reading', async () => {
    const { json } = await cliJson<ReportJSON>(['check', 'failing.ndjson']);
    expect(json.report?.findings[0]).toMatchObject({ rule: 'hall.one-stop', restsOnAssumption: false, assumptions: [] });
    expect(json.report?.summary.failures.total).toEqual({ onFigures: 1, onReadings: 0 });
  });

  it('text: the split by rule and in total, the reasons, and each failure’s basis', async () => {
    const { stdout } = await cli(['check', kunshanFile, '--locale', 'en']);
    expect(stdout).toMatch(/✗ fail\s+✗ on figures\s+✗ on readings\s+· n\/a/);
    expect(stdout).toMatch(/\nWhy not applicable:\n/);
    expect(stdout).toMatch(/\narea\.per-households\s+308\s+parameter “Minimum community service facility area per 100 households”/);
    expect(stdout).toMatch(/\nFailures by basis: [\d,]+ on the report’s figures · [\d,]+ on our readings \(assumptions\)\n/);
    expect(stdout).toMatch(/✗ error\s+governance\.structure\s+on figures\s+community/);
    const zh = await cli(['check', kunshanFile]);
    expect(zh.stdout).toContain('不适用的原因:');
    expect(zh.stdout).toMatch(/area\.per-households\s+308\s+参数“每百户社区综合服务设施面积下限”\(area\.perHundredHouseholds\)在 2013-06-30 无有效取值\(自 2016-01-01 起才有取值\)/);
  });

  it('HTML: the split columns, the reasons table and each failure’s basis (read as text, no browser)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-basis-'));
    try {
      const page = join(dir, 'report.html');
      await cli(['check', kunshanFile, '--output', 'html', page, '--locale', 'en']);
      const html = readFileSync(page, 'utf8');
      expect(html).toContain('<th class="n">✗ on figures</th><th class="n">✗ on readings</th>');
      expect(html).toMatch(/<h2>Why not applicable<\/h2>\s*<table class="reasons">/);
      expect(html).toMatch(/<tr data-rule="area\.per-households" data-code="parameter-not-in-force"><td class="code">area\.per-households<\/td><td class="n">308<\/td>/);
      expect(html).toMatch(/<tr data-basis="figures"><td><span class="badge error">/);
      expect(html).toContain('Failures by basis:');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
