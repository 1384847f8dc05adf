/**
 * Builds the documentation site's tools (run by `docs:site` before typedoc): each page of site/*.html becomes one
 * self-contained file in site-dist/ — its script bundled for browsers by esbuild from the library's own source, and
 * the stylesheet, inlined — which typedoc copies into the site where docs/tools.md links to it. A page in one file
 * works offline, from a file:// URL as well as from a server, and fetches nothing. `<!--#include header.html-->`
 * stands for the header every page shares (site/header.html).
 *
 * The search page gets the public API's index (scripts/api-index.ts) as `__API_INDEX__`.
 *
 * csv-parse's synchronous parser is taken in its browser build (which brings its own `Buffer`): the checker reads
 * CSV with it (site/checker/read-csv-whole.ts).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { apiIndex } from './api-index.js';

const site = fileURLToPath(new URL('../site/', import.meta.url));
const out = fileURLToPath(new URL('../site-dist/', import.meta.url));
mkdirSync(out, { recursive: true });
const css = readFileSync(`${site}tool.css`, 'utf8');
const api = JSON.stringify(apiIndex());
const header = readFileSync(`${site}header.html`, 'utf8');
const pages = readdirSync(site).filter((f) => f.endsWith('.html') && f !== 'header.html');
for (const page of pages) {
  const name = page.replace(/\.html$/, '');
  const result = await build({
    entryPoints: [`${site}${name}.ts`],
    bundle: true,
    write: false,
    format: 'iife', // a plain script: the checker also runs it as a classic worker (a module worker cannot start from a page opened as a file)
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'eof',
    logLevel: 'warning',
    alias: { 'csv-parse/sync': 'csv-parse/browser/esm/sync' },
    define: { __API_INDEX__: api },
  });
  // `</script` inside the code would end the inline script early; `<\/script` means the same in JavaScript.
  const js = (result.outputFiles[0]?.text ?? '').replace(/<\/script/gi, '<\\/script');
  const html = readFileSync(site + page, 'utf8')
    .replace('<!--#include header.html-->\n', () => header)
    .replace('<link rel="stylesheet" href="tool.css">', () => `<style>\n${css}</style>`)
    .replace(`<script type="module" src="${name}.js"></script>`, () => `<script type="module">\n${js}</script>`);
  if (html.includes(`src="${name}.js"`) || !html.includes('<style>') || html.includes('<!--#include')) {
    throw new Error(`site/${page}: the script or stylesheet tag or the header's place was not found`);
  }
  writeFileSync(`${out}${page}`, html);
}
console.log(`site-dist: ${pages.join(', ')}`);
