/**
 * The public API as a search index for the documentation site's search page: every export of every entry, read
 * from the API report (`api/<entry>.api.md`, kept current by test/repository/api-report.test.ts), with the page
 * typedoc writes for it. scripts/build-site.ts gives the index to site/search.ts.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiEntries } from './api-report.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** One export: its name, its kind, the entry it is imported from, and its typedoc page (relative to the site). */
export interface ApiIndexEntry {
  readonly name: string;
  readonly kind: string;
  readonly entry: string;
  readonly page: string;
}

/** typedoc's folder for each kind of declaration (a zod schema and its type, `const + type`, get a variable page). */
const FOLDERS: Readonly<Record<string, string>> = {
  function: 'functions',
  class: 'classes',
  interface: 'interfaces',
  type: 'types',
  const: 'variables',
  'const + type': 'variables',
  enum: 'enums',
};

/**
 * typedoc's name for the module of an entry's source: its path under src/ without `.ts` and without a last
 * `/index` (src/index.ts is `index`), with `/` written `_` in file names.
 */
function moduleName(source: string): string {
  const path = source.replace(/^src\//, '').replace(/\.ts$/, '');
  return (path === 'index' ? path : path.replace(/\/index$/, '')).replaceAll('/', '_');
}

/**
 * Every export of the package.
 *
 * @returns the exports, entry by entry, in the reports' order
 * @throws when a report line has a kind with no typedoc folder
 * @example
 * ```ts
 * apiIndex().find((e) => e.name === 'communityWorkFunds')?.page; //=> 'functions/calculators.communityWorkFunds.html'
 * ```
 */
export function apiIndex(): ApiIndexEntry[] {
  const out: ApiIndexEntry[] = [];
  for (const entry of apiEntries()) {
    const module = moduleName(entry.source);
    for (const line of readFileSync(join(root, 'api', entry.file), 'utf8').split('\n')) {
      const found = /^- (?:([a-z +]+) )?`([A-Za-z_$][\w$]*)/.exec(line);
      if (found === null) continue;
      const kind = found[1] ?? 'function';
      const folder = FOLDERS[kind];
      if (folder === undefined) throw new Error(`api/${entry.file}: no typedoc folder for a ${kind} (${line})`);
      const name = found[2] as string;
      if (out.some((e) => e.entry === entry.specifier && e.name === name)) continue; // a function's further signatures
      out.push({ name, kind, entry: entry.specifier, page: `${folder}/${module}.${name}.html` });
    }
  }
  return out;
}
