import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../src/errors.js';
import { renderText, toReportJSON } from '../../src/report/index.js';
import { smallReport, smallRules } from './small-report.js';

const lines = (text: string) => text.trimEnd().split('\n');

describe('renderText', () => {
  it('shows the counts by rule, the reasons, the failures most severe first and the verdict of a report', () => {
    const text = renderText(smallReport());
    expect(text.endsWith('\n')).toBe(true);
    const out = lines(text);
    // No titles, no profile name, no files: the report alone names the profile by id and each rule by its id only (no title).
    expect(out[0]).toBe('Check as of 2013-06-30, profile kunshan');
    expect(out.find((l) => l.startsWith('hall.one-stop'))?.split(/\s{2,}/)).toEqual(['hall.one-stop', 'error', '1', '1', '1', '0', '0']);
    expect(out.find((l) => l.startsWith('hall.min-items'))?.split(/\s{2,}/)).toEqual(['hall.min-items', 'warning', '0', '1', '0', '1', '1']);
    expect(out.find((l) => l.startsWith('total'))?.split(/\s{2,}/)).toEqual(['total', '1', '2', '1', '1', '1']);
    expect(out).toContain('Rules with nothing to check in the data: signage.four-plaques');
    const why = out.indexOf('Why not applicable:');
    expect(out[why + 1]?.split(/\s{2,}/)).toEqual(['hall.min-items', '1', 'the service items are not reported']);
    expect(out).toContain('Failures by severity: error 1 · warning 1 · info 0');
    expect(out).toContain('Failures by basis: 1 on the report’s figures · 1 on our readings (assumptions)');
    const failures = out.indexOf('Failures (2):');
    expect(out[failures + 1]?.split(/\s{2,}/)).toEqual(['✗ error', 'hall.one-stop', 'on figures', 'community c1', 'no one-stop service hall']);
    expect(out[failures + 2]?.split(/\s{2,}/)).toEqual(['✗ warning', 'hall.min-items', 'on readings', 'community c2', '10 service items, fewer than 20 (10 short)']);
    // Only the error counts at the default failOn; a host's report has no exit code.
    expect(out.at(-1)).toBe('✗ 1 failures of severity error');
  });

  it('takes the titles, the profile name and the run from the JSON form', () => {
    const json = toReportJSON(smallReport(), {
      profile: { id: 'kunshan', name: 'Kunshan' },
      rules: smallRules,
      run: { exitCode: 1, ok: false, failOn: 'warning' },
    });
    const out = lines(renderText(json));
    expect(out[0]).toBe('Check as of 2013-06-30, profile Kunshan (kunshan)');
    expect(out.find((l) => l.startsWith('hall.one-stop'))?.split(/\s{2,}/).slice(0, 3)).toEqual(['hall.one-stop', 'One-stop service hall', 'error']);
    expect(out.at(-1)).toBe('✗ 2 failures of severity warning or worse (exit code 1)');
  });

  it('lists as many failures as asked, then says how many more', () => {
    const out = lines(renderText(smallReport(), { maxFailures: 1 }));
    expect(out).toContain('Failures (2; the first 1, most severe first):');
    expect(out.filter((l) => l.startsWith('✗ error') || l.startsWith('✗ warning'))).toHaveLength(1);
    expect(out).toContain('… 1 more not listed');
  });

  it('lists the records that could not be checked as input problems', () => {
    const report = { ...smallReport(), issues: [{ code: 'too_small' as const, path: ['communities', 2, 'households', 'resident'], message: 'communities[2].households.resident: too small' }] };
    const out = lines(renderText(report));
    expect(out).toContain('Input problems (1):');
    expect(out.find((l) => l.includes('communities[2]'))?.split(/\s{2,}/)).toEqual(['✗', 'communities[2].households.resident: too small']);
    expect(out.at(-1)).toBe('✗ 1 failures of severity error; 1 input problems (those records were not checked)');
  });

  it('writes its own words in the locale asked for; the messages stay in the report’s', () => {
    const out = lines(renderText(smallReport(), { locale: 'zh-CN' }));
    expect(out[0]).toBe('检查,截至 2013-06-30,标准:kunshan');
    expect(out).toContain('不符合项按严重程度:错误 1 · 警告 1 · 提示 0');
    expect(out.some((l) => l.includes('no one-stop service hall'))).toBe(true);
    expect(out.at(-1)).toBe('✗ 1 项“错误”级的不符合');
  });

  it('brief: the heading, the failures by severity and the verdict only', () => {
    expect(renderText(smallReport(), { brief: true })).toBe(
      'Check as of 2013-06-30, profile kunshan\nFailures by severity: error 1 · warning 1 · info 0\n\n✗ 1 failures of severity error\n',
    );
  });

  it('a document without a report (an input could not be read): the problems and the verdict', () => {
    const text = renderText({
      format: 'community-standards/report',
      version: 1,
      locale: 'en',
      input: {
        files: [{ file: 'gone.ndjson', format: 'ndjson', readable: false, records: 0 }],
        records: 0,
        problems: { total: 1, errors: 1, warnings: 0, byCode: { unreadable_file: 1 }, items: [{ severity: 'error', code: 'unreadable_file', message: 'no such file', file: 'gone.ndjson', fatal: true }] },
      },
      run: { exitCode: 2, ok: false, failOn: 'error' },
    });
    expect(lines(text)).toEqual(['Input problems (1):', '✗  gone.ndjson  no such file', '', '✗ a file could not be read (exit code 2)']);
  });

  it('refuses what is not a report, and bad options, with a typed error naming the place', () => {
    const broken = { ...smallReport(), findings: [{ rule: 'x' }] };
    expect(() => renderText(broken as never)).toThrow(InvalidOptionError);
    expect(() => renderText(broken as never)).toThrow(/findings\[0\]/);
    expect(() => renderText(null as never)).toThrow(InvalidOptionError);
    expect(() => renderText(smallReport(), { maxFailures: -1 })).toThrow(InvalidOptionError);
    expect(() => renderText(smallReport(), { locale: 'fr' as never })).toThrow(InvalidOptionError);
  });

  it('never takes a summary key from Object.prototype: a rule id __proto__ counts nothing', () => {
    const report = { ...smallReport(), rules: ['__proto__'] };
    expect(lines(renderText(report))).toContain('Rules with nothing to check in the data: __proto__');
  });

  it('a host locale’s report (tag fr): the library’s default words unless a locale is asked for', () => {
    const report = { ...smallReport(), locale: 'fr' };
    expect(lines(renderText(report))[0]).toBe('检查,截至 2013-06-30,标准:kunshan');
    expect(lines(renderText(report, { locale: 'en' }))[0]).toBe('Check as of 2013-06-30, profile kunshan');
    expect(toReportJSON(report).locale).toBe('fr');
  });
});
