/**
 * The guide docs/add-a-rule.md tells the truth: its TypeScript blocks, in order, make one module that is
 * type-checked (every `@ts-expect-error` in it must meet an error, and nothing else may fail) and run, and every
 * line `expression; //=> value` (or a `//=> value` line under a one-line statement) must give that value.
 * `community-standards` imports are pointed at src/.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const guide = readFileSync(join(root, 'docs', 'add-a-rule.md'), 'utf8');
const blocks = [...guide.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

/** The guide's blocks as one module: imports pointed at src/, `//=>` lines made assertions. */
function toModule(sources: readonly string[]): { code: string; checks: number } {
  let checks = 0;
  const lines = sources.join('\n').split('\n');
  const out: string[] = [`import { deepStrictEqual as __equal } from 'node:assert';`];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.replace(/from 'community-standards(\/[a-z]+)?'/, (_m, entry: string | undefined) => {
      const path = join(root, 'src', entry === undefined ? 'index.js' : `${entry.slice(1)}/index.js`);
      return `from ${JSON.stringify(path)}`;
    });
    const inline = /^(\s*)(.+?);\s*\/\/=> (.+)$/.exec(line);
    const next = /^\s*\/\/=> (.+)$/.exec(lines[i + 1] ?? '');
    if (inline !== null) {
      line = `${inline[1]}__equal((${inline[2]}), (${inline[3]}), ${JSON.stringify(line.trim())});`;
      checks++;
    } else if (next !== null && /;\s*$/.test(line)) {
      const statement = line.replace(/;\s*$/, '');
      line = `__equal((${statement.trim()}), (${next[1]}), ${JSON.stringify(statement.trim())});`;
      i++;
      checks++;
    }
    out.push(line);
  }
  return { code: `${out.join('\n')}\n`, checks };
}

describe('docs/add-a-rule.md', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cs-guide-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const { code, checks } = toModule(blocks);
  const file = join(dir, 'guide.ts');
  writeFileSync(file, code);

  it('has blocks to run, with values to check (so that a change of format cannot make this test pass on nothing)', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    expect(checks).toBeGreaterThanOrEqual(10);
    expect((code.match(/@ts-expect-error/g) ?? []).length).toBeGreaterThanOrEqual(3);
  });

  it('type-checks: every @ts-expect-error meets an error, and nothing else fails', () => {
    const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    const options = { ...config!.options, noEmit: true, typeRoots: [join(root, 'node_modules', '@types')] };
    const program = ts.createProgram([file], options);
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  });

  it('runs, and every //=> value is what the line gives', async () => {
    await expect(import(pathToFileURL(file).href)).resolves.toBeDefined();
  });
});
