/**
 * The CLI on hostile input: it never writes over an input or an existing file without `--force`, and it never
 * lets a control character from the data reach the terminal.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReportJSON } from '../../src/report/index.js';
import { cli, fixtures, root } from './helpers.js';

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

describe('a line too long to read is an input problem, and reading goes on', () => {
  it.each([
    ['ndjson', (big: string) => `{"$kind":"meta","asOf":"2013-06-30"}\n{"$kind":"community","id":"${big}"}\n{"$kind":"community","id":"c2","name":"n","kind":"urban","model":"old-town","households":{"resident":10},"population":{}}\n`],
    ['csv', (big: string) => `$kind,id,name,kind,model,households.resident\ncommunity,${big},n,urban,old-town,1\ncommunity,c2,n,urban,old-town,10\n`],
  ])('%s: the line over 8 Mi characters is reported with its number; the next line is read', async (format, make) => {
    const big = 'x'.repeat(8 * 2 ** 20 + 1);
    writeFileSync(join(dir, `big.${format}`), make(big));
    const { code, stdout } = await cli(['validate', `big.${format}`, '--output', 'json', '--locale', 'en'], { cwd: dir });
    const json = JSON.parse(stdout) as { totals: { records: number; valid: number }; problems: { items: { code: string; line?: number; message: string }[] } };
    expect(code).toBe(1);
    const problem = json.problems.items.find((p) => p.code === 'line_too_long');
    expect(problem).toMatchObject({ line: 2 });
    expect(problem?.message).toMatch(/^8,?388,?6\d\d characters, more than the limit of 8388608; line skipped unread$|^\d+ characters, more than the limit of 8388608; line skipped unread$/);
    expect(json.totals.records).toBe(1); // c2, read after the long line
    expect(json.totals.valid).toBe(format === 'csv' ? 0 : 1); // the CSV row lacks population: invalid, but read
  });
});

describe('pipes are read like files', () => {
  it('reads a named pipe (FIFO) as NDJSON when its name says so', async () => {
    const fifo = join(dir, 'pipe.ndjson');
    const { execFileSync, spawn } = await import('node:child_process');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `cat "${join(dir, 'd.ndjson')}" > "${fifo}"`]);
    const written = new Promise((done) => writer.on('close', done));
    const { code, stdout } = await cli(['validate', 'pipe.ndjson', '--output', 'json'], { cwd: dir });
    await written;
    expect(code).toBe(0); // failing.ndjson's records are valid (they fail rules, which validate does not run)
    const json = JSON.parse(stdout) as { files: { file: string; readable: boolean; records: number }[] };
    expect(json.files[0]).toMatchObject({ file: 'pipe.ndjson', readable: true });
    expect(json.files[0]?.records).toBe(original().trim().split('\n').length - 1); // every line but the meta
  });

  it('reads a process substitution (/dev/fd/N) as NDJSON', async () => {
    const { execFileSync } = await import('node:child_process');
    const bin = join(dir, 'run.mjs');
    // a child shell passes <(cat d.ndjson) as /dev/fd/63 to a node program that runs the CLI in-process
    writeFileSync(bin, `import { run } from ${JSON.stringify(new URL('../../src/cli/index.ts', import.meta.url).pathname)};\nprocess.exitCode = await run(process.argv.slice(2), { env: {} });\n`);
    let out = '';
    try {
      out = execFileSync('bash', ['-c', `node --import tsx "${bin}" validate <(cat "${join(dir, 'd.ndjson')}") --output json`], { cwd: root, encoding: 'utf8' });
    } catch (error) {
      out = String((error as { stdout?: string }).stdout ?? '');
    }
    const json = JSON.parse(out) as { files: { file: string; readable: boolean; format: string }[] };
    expect(json.files[0]?.file).toMatch(/^\/dev\/fd\/\d+$/);
    expect(json.files[0]).toMatchObject({ readable: true, format: 'ndjson' });
  });
});

describe('profile files: wrong types and reserved names are refused with the reason (exit 2)', () => {
  const profile = (body: object) => writeFileSync(join(dir, 'p.json'), JSON.stringify({ extends: 'kunshan', id: 'x-city', name: 'X', ...body }));
  const assumption = { 'zh-CN': '示例', en: 'example' };

  it('a string where the parameter holds a list names the parameter (was exit 70, "required.filter is not a function")', async () => {
    profile({ parameters: { 'hall.requiredModes': { values: [{ value: 'one-stop', assumption }] } } });
    const { code, stderr } = await cli(['check', 'd.ndjson', '--profile', 'p.json', '--locale', 'en'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe(
      'community-standards: the profile file p.json is invalid: Parameter "hall.requiredModes" of profile "x-city": the value "one-stop" with no dates (in force at any date) is invalid (value: expected array, received "one-stop").\n',
    );
  });

  it('a fraction of a fen, and a number where a list of strings goes', async () => {
    profile({ parameters: { 'funding.communityWork': { values: [{ value: 1500000.5, assumption }] } } });
    expect((await cli(['check', 'd.ndjson', '--profile', 'p.json', '--locale', 'en'], { cwd: dir })).stderr).toContain('the value 1500000.5 with no dates (in force at any date) is invalid (value: expected int, received 1500000.5)');
    profile({ parameters: { 'hall.requiredModes': { values: [{ value: [1], assumption }] } } });
    expect((await cli(['check', 'd.ndjson', '--profile', 'p.json', '--locale', 'en'], { cwd: dir })).stderr).toContain('(value[0]: invalid value 1; expected one of: one-door, one-stop, one-card)');
  });

  it('a value that does not fit its parameter names the parameter, its dates and the value, in each locale (issue 18)', async () => {
    profile({ parameters: { 'hall.minServiceItems': { values: [{ from: '2014-01-01', to: '2015-12-31', value: 'twenty', assumption }] } } });
    const en = await cli(['check', 'd.ndjson', '--profile', 'p.json', '--locale', 'en'], { cwd: dir });
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(
      'community-standards: the profile file p.json is invalid: Parameter "hall.minServiceItems" of profile "x-city": the value "twenty" from 2014-01-01 to 2015-12-31 is invalid (value: expected number, received "twenty").\n',
    );
    profile({ parameters: { 'hall.minServiceItems': { values: [{ from: '2014-01-01', value: null, assumption }] } } });
    const zh = await cli(['check', 'd.ndjson', '--profile', 'p.json', '--locale', 'zh-CN'], { cwd: dir });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe(
      'community-standards: 标准文件 p.json 有误:标准 "x-city" 的参数 hall.minServiceItems:自 2014-01-01 起的值 null 无效(value:类型不符,应为 number,实为 null)。\n',
    );
  });

  it('parameters.__proto__ is refused, not dropped', async () => {
    writeFileSync(join(dir, 'p.json'), '{"extends":"kunshan","id":"x-city","name":"X","parameters":{"__proto__":{"values":[]}}}');
    const { code, stderr } = await cli(['check', 'd.ndjson', '--profile', 'p.json', '--locale', 'en'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain('parameters.__proto__: not a parameter id');
  });

  it('a profile file may not call itself kunshan or national', async () => {
    for (const id of ['kunshan', 'national']) {
      profile({ id });
      const { code, stderr } = await cli(['check', 'd.ndjson', '--profile', 'p.json', '--locale', 'en'], { cwd: dir });
      expect(code).toBe(2);
      expect(stderr).toContain(`id: "${id}" is the id of a built-in profile`);
    }
  });
});

describe('duplicate ids in the files', () => {
  it('check names the line of the record kept, reports the duplicate at its own line, and checks the subject once', async () => {
    const community = { $kind: 'community', id: 'dup', name: 'n', kind: 'urban', model: 'old-town', households: { resident: 10 }, population: {} };
    writeFileSync(join(dir, 'dup.ndjson'), [{ $kind: 'meta', asOf: '2013-06-30' }, community, { ...community, name: 'm' }].map((r) => JSON.stringify(r)).join('\n'));
    const { stdout } = await cli(['check', 'dup.ndjson', '--output', 'json', '--locale', 'en'], { cwd: dir });
    const json = JSON.parse(stdout) as ReportJSON;
    const duplicate = json.input?.problems.items.find((p) => p.code === 'duplicate_id');
    expect(duplicate).toMatchObject({ line: 3, message: 'id: duplicate id dup; the first record with it (dup.ndjson:2) is kept, this one is left out' });
    const rules = (json.report?.findings ?? []).filter((f) => f.subject.id === 'dup').map((f) => f.rule);
    expect(rules.length).toBeGreaterThan(0);
    expect(new Set(rules).size).toBe(rules.length); // each rule failed at most once for it
    expect(json.input?.locations?.['community:dup']).toEqual({ file: 'dup.ndjson', line: 2 });
  });
});
