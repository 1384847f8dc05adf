/**
 * The public surface is deliberate: the checked-in API reports (api/*.api.md, `npm run api`) must match the
 * exports as they are, each export has one home entry, and the main entry stays small.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiEntries, apiReports } from '../../scripts/api-report.js';

const dir = new URL('../../api/', import.meta.url);
const reports = apiReports();

/** The exported names listed in a report (a function with overloads is listed once per signature). */
function names(report: string): Set<string> {
  const out = new Set<string>();
  for (const line of report.split('\n')) {
    const m = /^- (?:[a-z +]+ )?`([A-Za-z_$][\w$]*)/.exec(line);
    if (m) out.add(m[1]!);
  }
  return out;
}

describe('the API reports', () => {
  it('cover every entry of package.json "exports" that is a module, and nothing else', () => {
    expect(readdirSync(dir).sort()).toEqual([...reports.keys()].sort());
    expect(apiEntries().map((e) => e.specifier)).toContain('community-standards/money');
  });

  it.each([...reports.keys()])('api/%s is up to date (run `npm run api` after changing the exports)', (file) => {
    expect(readFileSync(new URL(file, dir), 'utf8')).toBe(reports.get(file));
  });

  it('list each export under one entry only', () => {
    const home = new Map<string, string>();
    const twice: string[] = [];
    for (const [file, text] of reports) {
      for (const name of names(text)) {
        const first = home.get(name);
        if (first !== undefined) twice.push(`${name}: ${first} and ${file}`);
        else home.set(name, file);
      }
    }
    expect(twice).toEqual([]);
  });

  it('keep the main entry under 150 names', () => {
    const main = names(reports.get('index.api.md')!);
    // The count line of the report agrees with the names read from it.
    expect(reports.get('index.api.md')).toContain(`${main.size} exports.`);
    expect(main.size).toBeLessThan(150);
  });

  it('name no generic helper or internal at the root', () => {
    const main = names(reports.get('index.api.md')!);
    const unwanted = ['compare', 'min', 'max', 'sum', 'add', 'equals', 'Text', 'indexDataset', 'toIsoDate', 'resolveRatio', 'divideRounded', 'fenToYuanText'];
    expect(unwanted.filter((n) => main.has(n))).toEqual([]);
  });
});
