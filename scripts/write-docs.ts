/**
 * `npm run docs:pages`: writes docs/rules.md and docs/parameters.md from the code. With `--check`, writes nothing
 * and exits 1 when a page is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parametersPage, rulesPage } from './docs-pages.js';

const docs = fileURLToPath(new URL('../docs/', import.meta.url));
const pages = { 'rules.md': rulesPage(), 'parameters.md': parametersPage() };
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
  else writeFileSync(docs + name, content);
}
if (check && stale > 0) process.exit(1);
console.log(check ? 'docs pages are up to date' : `docs pages: ${stale} written`);
