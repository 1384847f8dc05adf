/**
 * Findings are data, messages are text: the same dataset checked in zh-CN and in en gives findings that differ
 * only in their message — values carry codes and numbers, never a translated label — and summaries that differ
 * only in the messages of their not-applicable reasons.
 */
import { describe, expect, it } from 'vitest';
import { kunshan2013 } from '../../src/datasets/index.js';
import { check, rules, type Finding, type Report } from '../../src/index.js';

const withoutMessage = ({ message: _message, ...rest }: Finding) => rest;
const summaryWithoutMessages = (report: Report) => ({
  ...report.summary,
  notApplicable: Object.fromEntries(Object.entries(report.summary.notApplicable).map(([id, reasons]) => [id, reasons.map(({ message: _m, ...r }) => r)])),
});

describe('a finding differs by locale only in its message', () => {
  const data = kunshan2013();
  const zh = check(data, { asOf: '2020-06-30', locale: 'zh-CN' });
  const en = check(data, { asOf: '2020-06-30', locale: 'en' });

  it('covers every rule, with findings of every outcome (so that the comparison is not made on nothing)', () => {
    expect(new Set(zh.findings.map((f) => f.rule))).toEqual(new Set(rules.map((r) => r.id)));
    expect(new Set(zh.findings.map((f) => f.outcome))).toEqual(new Set(['pass', 'fail', 'not-applicable']));
    // and the messages do differ: the comparison below is not of two copies of one report
    expect(zh.findings.filter((f, i) => f.message !== en.findings[i]?.message).length).toBeGreaterThan(zh.findings.length / 2);
  });

  it('gives identical findings but for the message', () => {
    expect(en.findings.length).toBe(zh.findings.length);
    expect(en.findings.map(withoutMessage)).toEqual(zh.findings.map(withoutMessage));
  });

  it('gives identical summaries but for the not-applicable messages, and says which locale', () => {
    expect(summaryWithoutMessages(en)).toEqual(summaryWithoutMessages(zh));
    expect([zh.locale, en.locale]).toEqual(['zh-CN', 'en']);
    expect({ ...en, locale: 'zh-CN', findings: [], summary: null }).toEqual({ ...zh, findings: [], summary: null });
  });

  it('holds codes where labels were: modes, services, stations, bodies, the household basis, models, facilities', () => {
    const values = (rule: string, key: string) => zh.findings.filter((f) => f.rule === rule && f.values?.[key] !== undefined).map((f) => f.values?.[key]);
    const codes = (list: readonly unknown[]) => new Set(list.flatMap((v) => (Array.isArray(v) ? v : [v])));
    // each of these is a set of ids of the models (src/models/enums.ts), not of labels
    expect([...codes(values('hall.modes', 'missing')), ...codes(values('hall.modes', 'modes'))].every((v) => /^[a-z-]+$/.test(String(v)))).toBe(true);
    expect([...codes(values('center.five-plus-one', 'station'))].every((v) => /^[a-z-]+$/.test(String(v)))).toBe(true);
    expect([...codes(values('governance.structure', 'body'))].every((v) => /^[a-z-]+$/.test(String(v)))).toBe(true);
    expect([...codes(values('area.per-households', 'basis'))]).toEqual(['resident-households']);
    expect([...codes(values('model.template', 'model'))].every((v) => ['new-rural', 'pure-rural', 'rural-urban-mixed', 'old-town', 'other'].includes(String(v)))).toBe(true);
    expect(values('center.five-plus-one', 'station').length).toBeGreaterThan(0);
    expect(values('area.per-households', 'basis').length).toBeGreaterThan(0);
  });
});
