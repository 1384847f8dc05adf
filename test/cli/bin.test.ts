/**
 * The built executable (dist/bin.js, which `npm test` builds before it runs the tests), run as a user runs it: a
 * child process on the fixtures and on a generated file of 300,000 records, checking output and exit codes.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ValidateOutput } from '../../src/cli/index.js';
import type { ReportJSON } from '../../src/report/index.js';
import { cli, fixtures, root } from './helpers.js';
import { writeNdjsonRecords } from './huge-file.js';

const bin = join(root, 'dist', 'bin.js');
if (!existsSync(bin)) throw new Error('dist/bin.js is not built: run `npm run build` first');
const dir = mkdtempSync(join(tmpdir(), 'cs-bin-'));

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the executable in test/fixtures/ with a clean environment (no CI, not a terminal). */
function exec(args: readonly string[], options: { cwd?: string; node?: readonly string[] } = {}) {
  const result = spawnSync(process.execPath, [...(options.node ?? []), bin, ...args], {
    cwd: options.cwd ?? fixtures,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '' },
    maxBuffer: 64 * 2 ** 20,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the community-standards executable', () => {
  it('runs by itself (shebang) and prints the package’s version', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    const direct = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    expect(direct.status).toBe(0);
    expect(direct.stdout).toBe(`${version}\n`);
  });

  it('exits 0 on good files of each format, with nothing on stderr (no progress bar in a pipe)', () => {
    for (const args of [['good.ndjson'], ['good.csv', '--kind', 'community'], ['bom.csv', '--kind', 'community'], ['../../examples/data/reference-communities.json']]) {
      const run = exec(['validate', ...args]);
      expect({ args, code: run.code, stderr: run.stderr }).toEqual({ args, code: 0, stderr: '' });
    }
  });

  it('exits 1 on bad records and malformed lines, naming file and line, and prints the same as run() in-process', async () => {
    const built = exec(['validate', 'good.ndjson', 'bad.ndjson', 'bad.csv', '--kind', 'community', '--locale', 'en', '-n', '50']);
    const inProcess = await cli(['validate', 'good.ndjson', 'bad.ndjson', 'bad.csv', '--kind', 'community', '--locale', 'en', '-n', '50']);
    expect(built.code).toBe(1);
    expect(built.stdout).toBe(inProcess.stdout);
    expect(built.stdout).toContain('bad.ndjson:4');
    expect(built.stdout).toContain('bad.csv:3');
  });

  it('exits 2 on GBK input, saying so clearly', () => {
    const run = exec(['validate', 'gbk.csv', '--kind', 'community', '--locale', 'en']);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('gbk.csv:2  not UTF-8 text (at byte 47); it looks like GBK/GB18030, as old spreadsheets save it.');
    expect(run.stdout).toContain('iconv -f GB18030 -t UTF-8');
  });

  it('exits 2 on a usage error, with the message on stderr and nothing on stdout', () => {
    const run = exec(['check', 'good.ndjson', '--output', 'html']);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'community-standards: --output html 后面要写网页文件名,例如 --output html report.html\n' });
  });

  it('checks the Kunshan 2013 example as the README shows it (exit 1: failures of severity error)', async () => {
    const built = exec(['check', 'examples/data/kunshan-2013.ndjson'], { cwd: root });
    const inProcess = await cli(['check', 'examples/data/kunshan-2013.ndjson'], { cwd: root });
    expect(built.code).toBe(1);
    expect(built.stdout).toBe(inProcess.stdout);
    const json = JSON.parse(exec(['check', 'examples/data/kunshan-2013.ndjson', '--output', 'json'], { cwd: root }).stdout) as ReportJSON;
    expect(json.report?.summary.bySeverity.error).toBeGreaterThan(0);
    expect(json.run?.exitCode).toBe(1);
  });

  it('validates 300,000 generated records in a 64 MB heap (memory does not grow with the file), and reports the bad lines at the end', async () => {
    const file = join(dir, 'huge.ndjson');
    const counts = await writeNdjsonRecords(file, 300_000);
    appendFileSync(file, 'not json\n{"$kind":"plaque","id":"bad"}\n'); // lines 300,001 and 300,002
    const run = exec(['validate', file, '--output', 'json'], { node: ['--max-old-space-size=64'] });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as ValidateOutput;
    expect(json.totals).toEqual({ records: 300_001, valid: 300_000, invalid: 1 });
    expect(Object.fromEntries(Object.entries(json.byKind).filter(([, c]) => c.valid > 0).map(([kind, c]) => [kind, c.valid]))).toEqual(counts);
    expect(json.problems.items.map((p) => `${p.line ?? ''}:${p.code}:${p.path ?? ''}`)).toEqual([
      '300001:malformed_line:',
      '300002:required:communityId',
      '300002:required:name',
    ]);
  });
});
