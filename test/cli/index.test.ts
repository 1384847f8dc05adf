import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root } from './helpers.js';

describe('run', () => {
  it('prints the help on stdout for --help (exit 0), on stderr without a command (exit 2)', async () => {
    const asked = await cli(['--help', '--locale', 'en']);
    expect(asked.code).toBe(0);
    expect(asked.stdout).toMatch(/^Usage: community-standards <command> \[options\]/);
    expect(asked.stdout).toContain('Exit codes: 0 clean;');
    const bare = await cli([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toMatch(/^用法:community-standards <命令> \[选项\]/);
  });

  it('prints the package’s version', async () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('writes usage errors to stderr, in the locale asked for, with exit code 2 and nothing on stdout', async () => {
    expect(await cli(['validate', 'a.ndjson', '--colour'])).toEqual({ code: 2, stdout: '', stderr: 'community-standards: 没有 --colour 这个选项\n' });
    expect(await cli(['frobnicate', '--locale', 'en'])).toEqual({ code: 2, stdout: '', stderr: 'community-standards: there is no command "frobnicate"\n' });
    expect(await cli(['validate', 'data.txt', '--locale', 'en'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'community-standards: cannot tell the format of data.txt from its name: give --format json|ndjson|csv|xlsx\n',
    });
  });

  it('reads standard input for "-" (NDJSON unless --format says otherwise)', async () => {
    const lines = readFileSync(join(root, 'test', 'fixtures', 'good.ndjson'));
    async function* stdin() {
      yield lines.subarray(0, 100); // cut inside a line, and maybe inside a character
      yield lines.subarray(100);
    }
    const { code, stdout } = await cli(['validate', '-', '--output', 'json'], { stdin: stdin() });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).totals).toEqual({ records: 5, valid: 5, invalid: 0 });
  });

  it('draws the progress bar on a terminal’s stderr, erasing it at the end — and not under CI', async () => {
    let clock = 0;
    const now = () => (clock += 50);
    let drawn = '';
    const tty = { write: (t: string) => (drawn += t), isTTY: true };
    const file = join(root, 'examples', 'data', 'kunshan-2013.ndjson');
    const { code } = await cli(['validate', file, '--locale', 'en'], { stderr: tty, now });
    expect(code).toBe(0);
    expect(drawn).toMatch(/^\r +\d+% \[[█░]{20}\] [\d,]+ records · [\d,]+ records\/s\x1b\[K/);
    expect(drawn.endsWith('\r\x1b[K')).toBe(true);
    drawn = '';
    await cli(['validate', file], { stderr: tty, now, env: { CI: 'true' } });
    await cli(['validate', file, '--no-progress'], { stderr: tty, now });
    expect(drawn).toBe('');
  });
});
