import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kunshan, national, rules } from '../../src/index.js';
import { parametersPage, rulesPage } from '../../scripts/docs-pages.js';
import { itemPages, parameterPage } from '../../scripts/rule-pages.js';

const read = (name: string) => readFileSync(new URL(`../../docs/${name}`, import.meta.url), 'utf8');

describe('generated documentation pages', () => {
  it('docs/rules.md is up to date with the rules registry (run `npm run docs:pages`)', () => {
    expect(read('rules.md')).toBe(rulesPage());
  });

  it('docs/parameters.md is up to date with the shipped profiles (run `npm run docs:pages`)', () => {
    expect(read('parameters.md')).toBe(parametersPage());
  });

  it('lists every rule with its Chinese source sentence, and every parameter of both profiles', () => {
    const page = rulesPage();
    for (const rule of rules) {
      expect(page).toContain(`## ${rule.id}`);
      if (rule.source.quote !== undefined) expect(page).toContain(rule.source.quote);
    }
    const params = parametersPage();
    for (const id of [...Object.keys(national.parameters), ...Object.keys(kunshan.parameters)]) expect(params).toContain(`### ${id}\n`);
    expect(params).toContain('8,000 元 (800,000 fen)');
    expect(params).toContain('15,000 元 (1,500,000 fen)');
  });
});

describe('per-rule and per-parameter pages', () => {
  const pages = itemPages();

  it('are committed as generated (run `npm run docs:pages`), and no other page is left in their folders', () => {
    for (const [name, content] of Object.entries(pages)) expect(read(name), name).toBe(content);
    for (const folder of ['rules', 'parameters', 'profiles']) {
      const committed = readdirSync(new URL(`../../docs/${folder}/`, import.meta.url)).map((f) => `${folder}/${f}`);
      expect(committed.sort()).toEqual(Object.keys(pages).filter((p) => p.startsWith(`${folder}/`)).sort());
    }
  });

  it('give every rule a page with its sentence, its parameters and a worked example per conformance vector', () => {
    for (const rule of rules) {
      const page = pages[`rules/${rule.id}.md`]!;
      if (rule.source.quote !== undefined) expect(page).toContain(rule.source.quote);
      for (const p of rule.parameters) expect(page).toContain(`### [${p}](../parameters/${p}.md)`);
      const file = JSON.parse(read(`../conformance/vectors/${rule.id}.json`)) as { vectors: { id: string; findings: { code: string }[] }[] };
      for (const vector of file.vectors) {
        const section = page.slice(page.indexOf(`### ${vector.id}\n`));
        expect(section.length, vector.id).toBeLessThan(page.length);
        // The findings the page shows are the ones the vector expects (written by hand in the vector file).
        const end = section.indexOf('\n### ', 5);
        const shown = [...(end < 0 ? section : section.slice(0, end)).matchAll(/^\*\*(?:pass|fail|not-applicable)\*\* `([^`]+)`/gm)].map((m) => m[1]);
        expect(shown, vector.id).toEqual(vector.findings.map((f) => f.code));
      }
    }
  });

  it('put the 2012 switch of the community work funds on one timeline: 8,000 per 100 registered, then 15,000 per 100 resident', () => {
    const page = pages['parameters/funding.communityWork.md']!;
    const block = page.slice(page.indexOf('```text'), page.indexOf('```', page.indexOf('```text') + 7));
    const lines = block.split('\n').slice(1).filter((l) => l !== '');
    expect(lines).toHaveLength(2);
    // The report's figures (paragraph 7); the 2005 start of the old rate is our reading, and says so.
    expect(lines[0]).toMatch(/^2005-01-01 .*8,000 元 · registered-households · report ¶7 \/ 报告第 7 段 \+ assumption.*┤ 2011-12-31$/);
    expect(lines[1]).toMatch(/^2012-01-01 .*15,000 元 · resident-households · report ¶7 \/ 报告第 7 段 ──▶ in force$/);
  });

  it('give each shipped profile a page listing, date by date, what changed (on 2012-01-01: the work funds, the venture budget)', () => {
    const page = pages['profiles/kunshan.md']!;
    const start = page.indexOf('### 2012-01-01\n');
    const section = page.slice(start, page.indexOf('\n### ', start + 5));
    expect(start).toBeGreaterThan(0);
    const rows = section.split('\n').filter((l) => l.startsWith('| ['));
    expect(rows.map((r) => r.split(' | ').slice(0, 2).join(' | '))).toEqual([
      '| [funding.communityWork](../parameters/funding.communityWork.md) | changed',
      '| [funding.welfareVenture](../parameters/funding.welfareVenture.md) | added',
    ]);
    expect(rows[0]).toContain('8,000 元 · registered-households');
    expect(rows[0]).toContain('15,000 元 · resident-households');
  });

  it('link each parameter to the rules that read it', () => {
    expect(pages['parameters/hall.minServiceItems.md']).toContain('- [hall.min-items](../rules/hall.min-items.md)');
    expect(parameterPage('funding.communityWork')).toContain('No rule of the default set');
  });
});
