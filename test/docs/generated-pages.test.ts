import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kunshan, national, rules } from '../../src/index.js';
import { parametersPage, rulesPage } from '../../scripts/docs-pages.js';

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
