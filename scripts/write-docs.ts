/**
 * `npm run docs:pages`: writes docs/rules.md, docs/parameters.md and the per-rule and per-parameter pages under
 * docs/rules/ and docs/parameters/ and the per-profile pages under docs/profiles/ from the code, and removes pages of rules or parameters that no longer exist.
 * With `--check`, writes nothing and exits 1 when a page is stale.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parametersPage, rulesPage } from './docs-pages.js';
import { itemPages } from './rule-pages.js';

const docs = fileURLToPath(new URL('../docs/', import.meta.url));
const pages: Record<string, string> = { 'rules.md': rulesPage(), 'parameters.md': parametersPage(), ...itemPages() };
const check = process.argv.includes('--check');
let stale = 0;
for (const [name, content] of Object.entries(pages)) {
  let current = '';
  try {
    current = readFileSync(docs + name, 'utf8');
  } catch {
    // missing: stale
  }
  if (current === content) continue;
  stale++;
  if (check) console.error(`stale: docs/${name}`);
  else {
    mkdirSync(docs + name.slice(0, name.lastIndexOf('/') + 1), { recursive: true });
    writeFileSync(docs + name, content);
  }
}
for (const folder of ['rules', 'parameters', 'profiles']) {
  let names: string[] = [];
  try {
    names = readdirSync(docs + folder);
  } catch {
    // no folder yet
  }
  for (const name of names) {
    if (pages[`${folder}/${name}`] !== undefined) continue;
    stale++;
    if (check) console.error(`not generated: docs/${folder}/${name}`);
    else rmSync(`${docs}${folder}/${name}`);
  }
}
if (check && stale > 0) process.exit(1);
console.log(check ? 'docs pages are up to date' : `docs pages: ${stale} written or removed`);
