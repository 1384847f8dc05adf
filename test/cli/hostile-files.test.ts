/**
 * The CLI on hostile input: it never writes over an input or an existing file without `--force`, and it never
 * lets a control character from the data reach the terminal.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, fixtures } from './helpers.js';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cs-hostile-'));
  copyFileSync(join(fixtures, 'failing.ndjson'), join(dir, 'd.ndjson'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const original = () => readFileSync(join(fixtures, 'failing.ndjson'), 'utf8');

describe('--output html never loses a file', () => {
  it('refuses to write the page over the input data file, even with --force (exit 2, the data untouched)', async () => {
    for (const extra of [[], ['--force']]) {
      const { code, stdout, stderr } = await cli(['check', 'd.ndjson', '--output', 'html', 'd.ndjson', '--locale', 'en', ...extra], { cwd: dir });
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe('community-standards: d.ndjson is an input of this run; the page is not written over it: choose another file name\n');
      expect(readFileSync(join(dir, 'd.ndjson'), 'utf8')).toBe(original());
    }
  });

  it('recognises the input under another name (./, an absolute path, a symbolic link) and the profile file', async () => {
    symlinkSync(join(dir, 'd.ndjson'), join(dir, 'link.ndjson'));
    for (const page of ['./d.ndjson', join(dir, 'd.ndjson'), 'link.ndjson']) {
      const { code } = await cli(['check', 'd.ndjson', '--output', 'html', page, '--force'], { cwd: dir });
      expect(code).toBe(2);
    }
    copyFileSync(join(fixtures, 'profile-more-items.json'), join(dir, 'p.json'));
    const { code } = await cli(['stats', 'd.ndjson', '--profile', 'p.json', '--output', 'html', 'p.json', '--force'], { cwd: dir });
    expect(code).toBe(2);
    expect(readFileSync(join(dir, 'd.ndjson'), 'utf8')).toBe(original());
    expect(readFileSync(join(dir, 'p.json'), 'utf8')).toBe(readFileSync(join(fixtures, 'profile-more-items.json'), 'utf8'));
  });

  it('refuses to replace an existing file without --force, and replaces it with --force', async () => {
    writeFileSync(join(dir, 'report.html'), 'keep me');
    const refused = await cli(['check', 'd.ndjson', '--output', 'html', 'report.html', '--locale', 'en'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('community-standards: report.html exists and was left alone; add --force to replace it\n');
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe('keep me');

    const forced = await cli(['check', 'd.ndjson', '--output', 'html', 'report.html', '--force'], { cwd: dir });
    expect(forced.code).toBe(1); // failing.ndjson has failures
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toMatch(/^<!doctype html>/i);
  });

  it('writes a new file through a temporary file that does not stay behind', async () => {
    const { code } = await cli(['stats', 'd.ndjson', '--output', 'html', 'new.html'], { cwd: dir });
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'new.html'), 'utf8')).toMatch(/<\/html>\s*$/);
    expect(readdirSync(dir).sort()).toEqual(['d.ndjson', 'new.html']);
  });

  it('reports a directory as the target as a write error, before reading anything', async () => {
    const { code, stderr } = await cli(['check', 'd.ndjson', '--output', 'html', '.', '--force', '--locale', 'en'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe('community-standards: cannot write .: EISDIR\n');
    expect(existsSync(join(dir, 'd.ndjson'))).toBe(true);
  });
});

describe('control characters in the data are escaped in text output', () => {
  // an id that, printed raw, clears the screen and sets the window title; a name with a right-to-left override
  const hostileId = 'x\u001b[2J\u001b]0;pwned\u0007';
  const lines = [
    JSON.stringify({ $kind: 'meta', asOf: '2013-06-30' }),
    JSON.stringify({ $kind: 'community', id: hostileId, name: 'a\u202Egnp.exe', kind: 'urban', households: { resident: -1 } }),
    JSON.stringify({ $kind: 'community', id: 'line\nbreak\u0085', name: 'n', kind: 'urban', model: 'old-town', households: { resident: 10 } }),
  ];
  const noRawControls = (text: string) => expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);

  it.each([['validate'], ['check'], ['stats']])('%s prints no raw control character, only visible escapes', async (command) => {
    writeFileSync(join(dir, 'h.ndjson'), `${lines.join('\n')}\n`);
    const { stdout, stderr } = await cli([command, 'h.ndjson', '--locale', 'en'], { cwd: dir });
    noRawControls(stdout);
    noRawControls(stderr);
    if (command !== 'stats') expect(stdout).toContain('x\\u001B[2J\\u001B]0;pwned\\u0007');
  });

  it('check: the id with a line break stays on its line of the failure table', async () => {
    writeFileSync(join(dir, 'h.ndjson'), `${lines.join('\n')}\n`);
    const { stdout } = await cli(['check', 'h.ndjson', '--locale', 'en'], { cwd: dir });
    const line = stdout.split('\n').find((l) => l.includes('line\\u000Abreak\\u0085'));
    expect(line).toBeDefined();
  });

  it('JSON output stays valid JSON and keeps the id exactly', async () => {
    writeFileSync(join(dir, 'h.ndjson'), `${lines.join('\n')}\n`);
    const { stdout } = await cli(['validate', 'h.ndjson', '--output', 'json'], { cwd: dir });
    noRawControls(stdout);
    const json = JSON.parse(stdout) as { problems: { items: { id?: string }[] } };
    expect(json.problems.items.map((p) => p.id)).toContain(hostileId);
  });

  it('usage errors escape what the command line gave', async () => {
    const { code, stderr } = await cli(['frob\u001b[2Jnicate', '--locale', 'en']);
    expect(code).toBe(2);
    expect(stderr).toBe('community-standards: there is no command "frob\\u001B[2Jnicate"\n');
  });
});
