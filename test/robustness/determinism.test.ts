/**
 * Determinism: the same input gives byte-identical reports — twice in one process, and in fresh processes whose
 * time zone and system locale differ — and the two message locales give the same findings, issues and summary
 * once the message text is set aside.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as library from '../../src/index.js';
import * as modelParts from '../../src/models/index.js';
import { locales, type Report } from '../../src/index.js';
import { determinismInputs, digest, reportFor } from './determinism-inputs.js';

const names = Object.keys(determinismInputs);

/** The report without its message text (every `message` key) and without the `locale` it was asked for. */
function withoutMessages(report: Report): unknown {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'message').map(([k, v]) => [k, strip(v)]));
  };
  const { locale: _locale, ...rest } = report;
  return strip(rest);
}

describe('the same input gives byte-identical reports', () => {
  it.each(names)('twice in one process: %s', (name) => {
    for (const locale of locales) {
      const first = JSON.stringify(reportFor(name, locale));
      const second = JSON.stringify(reportFor(name, locale));
      expect(second === first, `${name} (${locale})`).toBe(true);
    }
  });

  it('the inputs exercise the report: findings of every outcome, and validation issues', () => {
    const reports = names.map((n) => reportFor(n, 'en'));
    const outcomes = new Set(reports.flatMap((r) => r.findings.map((f) => f.outcome)));
    expect(outcomes).toEqual(new Set(['pass', 'fail', 'not-applicable']));
    expect(reports.some((r) => r.issues.length > 0)).toBe(true);
  });

  it('in fresh processes with other time zones and system locales', () => {
    const own: Record<string, string> = {};
    for (const name of names) for (const locale of locales) own[`${name} ${locale}`] = digest(reportFor(name, locale));
    const child = fileURLToPath(new URL('./determinism-child.ts', import.meta.url));
    for (const [TZ, LANG] of [
      ['Pacific/Kiritimati', 'de_DE.UTF-8'],
      ['America/Los_Angeles', 'ar_EG.UTF-8'],
    ] as const) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', child], {
        encoding: 'utf8',
        env: { ...process.env, TZ, LANG, LC_ALL: LANG },
      });
      expect(JSON.parse(out), `TZ=${TZ} LANG=${LANG}`).toEqual(own);
    }
  });
});

/**
 * Every (zh-CN, en) label pair of the library's exported label tables (`serviceModeLabels`, `stationKindLabels`…):
 * some rules put the localized label of a code into a finding's `values` (the parameters of its message), and
 * `unresolved_reference` issues carry `kindLabel`.
 */
const labelPairs = new Set<string>();
for (const [name, table] of Object.entries({ ...library, ...modelParts })) {
  if (!name.endsWith('Labels') || typeof table !== 'object' || table === null) continue;
  for (const entry of Object.values(table as Record<string, unknown>)) {
    const e = entry as { 'zh-CN'?: unknown; en?: unknown };
    if (typeof e['zh-CN'] === 'string' && typeof e.en === 'string') labelPairs.add(`${e['zh-CN']}\u0000${e.en}`);
  }
}

/** Where two message-free reports differ: the path and both values. */
function differences(a: unknown, b: unknown, path: string[] = [], out: { path: string[]; zh: unknown; en: unknown }[] = []) {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
    if (!Object.is(a, b)) out.push({ path, zh: a, en: b });
    return out;
  }
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    differences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], [...path, key], out);
  }
  return out;
}

describe('the two locales give the same findings, apart from message text', () => {
  it(`collects the label tables (${labelPairs.size} label pairs)`, () => {
    expect(labelPairs.size).toBeGreaterThan(100);
  });

  it.each(names)('%s', (name) => {
    const zh = reportFor(name, 'zh-CN');
    const en = reportFor(name, 'en');
    expect(zh.locale).toBe('zh-CN');
    expect(en.locale).toBe('en');
    // Same findings and issues, in the same order, with the same codes, outcomes, subjects, paths, expected and
    // actual values, parameters and summary. The only differences allowed are message parameters (`values` of a
    // finding, `params` of an issue) that hold the two locales' labels of one code.
    const diffs = differences(withoutMessages(zh), withoutMessages(en));
    for (const d of diffs) {
      const where = d.path.join('.');
      expect(d.path.includes('values') || d.path.includes('params'), `${where} differs outside message parameters`).toBe(true);
      expect(labelPairs.has(`${String(d.zh)}\u0000${String(d.en)}`), `${where}: ${String(d.zh)} / ${String(d.en)} is not one label in two locales`).toBe(true);
    }
    expect(zh.findings.map((f) => [f.rule, f.subject.id, f.outcome, f.code])).toEqual(en.findings.map((f) => [f.rule, f.subject.id, f.outcome, f.code]));
    // …and the messages themselves do differ (the stripping hides something real).
    expect(en.findings.map((f) => f.message)).not.toEqual(zh.findings.map((f) => f.message));
  });
});
