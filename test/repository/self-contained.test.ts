/**
 * The repository tests itself alone: nothing in test/, scripts/, bench/, examples/, docs/ or src/ reads a file
 * outside the repository root (such as a folder beside a clone of it). Every relative path written in a
 * string (`'../x'`, `new URL('../../x', import.meta.url)`, a Markdown link) is resolved from the file that holds it
 * and must stay inside the root; no file names a sibling folder of the repository by an absolute path either.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const FOLDERS = ['test', 'scripts', 'bench', 'examples', 'docs', 'src'];
const EXTENSIONS = new Set(['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs', '.md']);
/** Vendored third-party files: data, not code that reads anything. */
const LEFT_OUT = new Set([join('test', 'fixtures', 'hsds-3.0')]);
/**
 * The sibling folder a clone does not have, spelt in pieces so that this file, which is scanned like the others,
 * does not name it.
 */
const SIBLING = ['..', 'shared'].join('/');

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (LEFT_OUT.has(relative(root, path))) continue;
    if (entry.isDirectory()) yield* files(path);
    else if (EXTENSIONS.has(extname(entry.name))) yield path;
  }
}

/** Relative paths in a text: in quotes or backticks, or as the target of a Markdown link. */
function relativePaths(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(['"`(])((?:\.\.?\/)+[^'"`()\s]*)/g)) if (m[2] !== undefined) found.push(m[2]);
  return found;
}

/** Whether `path`, written in `file`, resolves outside the root. */
function outside(file: string, path: string): boolean {
  const target = resolve(dirname(file), path);
  return target !== root.replace(/[/\\]$/, '') && !target.startsWith(root.endsWith(sep) ? root : root + sep);
}

describe('the repository is self-contained', () => {
  it('the path finder sees the forms that read outside, so that it cannot pass by missing them', () => {
    const reaching = `../../${SIBLING}/seed/x.txt`;
    expect(relativePaths(`readFileSync(new URL('${reaching}', import.meta.url))`)).toEqual([reaching]);
    expect(relativePaths('see [the guide](../docs/a.md) and `./b.ts`')).toEqual(['../docs/a.md', './b.ts']);
    expect(outside(join(root, 'test', 'a', 'b.ts'), `../../${SIBLING}/x`)).toBe(true);
    expect(outside(join(root, 'test', 'a', 'b.ts'), '../../package.json')).toBe(false);
  });

  it('no file in test/, scripts/, bench/, examples/, docs/ or src/ reaches outside the root', () => {
    const reaching: string[] = [];
    let checked = 0;
    for (const folder of FOLDERS) {
      for (const file of files(join(root, folder))) {
        const text = readFileSync(file, 'utf8');
        checked++;
        for (const path of relativePaths(text)) if (outside(file, path)) reaching.push(`${relative(root, file)}: ${path}`);
        if (text.includes(`${SIBLING}/`) || text.includes(`/work/${SIBLING.slice(3)}`)) reaching.push(`${relative(root, file)}: names the sibling folder`);
      }
    }
    expect(checked).toBeGreaterThan(300);
    expect(reaching).toEqual([]);
  });
});
