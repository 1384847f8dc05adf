/**
 * The documentation tells the truth about the command line: every `npx community-standards …` command written in
 * a shell block of README.md or docs/*.md is run (in-process, as `run(argv)`) and must not be refused (exit 0 or 1,
 * never a usage error), and the output the README shows for the Kunshan 2013 check is exactly what that command
 * prints. The commands run in a temporary folder holding the files they name: the Kunshan 2013 sample at
 * `examples/data/`, a `communities.csv` (a copy of test/fixtures/good.csv) and a `communities.xlsx` (a copy of
 * test/fixtures/communities.xlsx).
 */
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/index.js';
import { fixtures, root } from '../cli/helpers.js';

const documents = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** The `npx community-standards …` lines of the shell blocks of a Markdown text, comments removed. */
function commands(markdown: string): string[] {
  const found: string[] = [];
  for (const block of markdown.matchAll(/```(?:sh|bash|shell)\n([\s\S]*?)```/g)) {
    for (const line of (block[1] ?? '').split('\n')) {
      const command = line.replace(/\s+#.*$/, '').trim();
      if (command.startsWith('npx community-standards ')) found.push(command);
    }
  }
  return found;
}

async function runCommand(command: string, cwd: string) {
  let stdout = '';
  let stderr = '';
  const argv = command.slice('npx community-standards '.length).split(/\s+/);
  const code = await run(argv, { cwd, env: {}, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } });
  return { code, stdout, stderr };
}

describe('the commands in README.md and docs/', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cs-doc-commands-'));
  mkdirSync(join(dir, 'examples', 'data'), { recursive: true });
  copyFileSync(join(root, 'examples', 'data', 'kunshan-2013.ndjson'), join(dir, 'examples', 'data', 'kunshan-2013.ndjson'));
  copyFileSync(join(fixtures, 'good.csv'), join(dir, 'communities.csv'));
  copyFileSync(join(fixtures, 'communities.xlsx'), join(dir, 'communities.xlsx'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const all = documents.flatMap((doc) => commands(readFileSync(join(root, doc), 'utf8')).map((command) => [doc, command] as const));

  it('finds the commands (so that a change of format cannot make this test pass on nothing)', () => {
    expect(all.map(([doc]) => doc)).toContain('README.md');
    expect(all.map(([doc]) => doc)).toContain('docs/cli.md');
    expect(all.length).toBeGreaterThanOrEqual(5);
  });

  it.each(all)('%s: %s runs (exit 0 or 1, no usage error)', async (_doc, command) => {
    // Each command in a folder of its own, so that one command's output file does not stand in another's way.
    const own = mkdtempSync(join(dir, 'run-'));
    cpSync(join(dir, 'examples'), join(own, 'examples'), { recursive: true });
    copyFileSync(join(dir, 'communities.csv'), join(own, 'communities.csv'));
    copyFileSync(join(dir, 'communities.xlsx'), join(own, 'communities.xlsx'));
    const { code, stderr } = await runCommand(command, own);
    expect(stderr).not.toMatch(/^community-standards: /m);
    expect([0, 1]).toContain(code);
  });

  it('the README shows exactly what `check examples/data/kunshan-2013.ndjson` prints', async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Command line'));
    const shown = /```text\n([\s\S]*?)```/.exec(section)?.[1];
    expect(shown).toBeDefined();
    const { code, stdout } = await runCommand('npx community-standards check examples/data/kunshan-2013.ndjson', root);
    expect(code).toBe(1);
    expect(stdout).toBe(shown);
  });
});
