/**
 * The package as a user gets it from the registry: `npm pack`, then `npm install` of the tarball into a fresh
 * temporary project that has nothing else — only the package's declared (production) dependencies come with it,
 * none of its devDependencies. There, every subpath is imported from ESM and required from CJS and one function of
 * each is called (with results worked out by hand), the README's Usage block runs as it is, the
 * `community-standards` executable answers `--help` and checks the Kunshan 2013 sample shipped in the tarball, and
 * a small TypeScript consumer type-checks under `moduleResolution` `nodenext` and `bundler` (with `skipLibCheck`:
 * the declaration files themselves are checked by attw and the build; here what matters is that a consumer's
 * imports resolve to real types).
 *
 * Needs `npm run build` first, and the npm registry (for the dependencies; npm's cache is used when it has them).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from './built.js';

const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  exports: Record<string, unknown>;
  dependencies: Record<string, string>;
};

/** Runs a command, resolving with its exit code and output whatever the code. */
async function sh(file: string, args: readonly string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(file, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 2 ** 20, env: { ...process.env, NO_COLOR: '1', CI: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: unknown; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? String(error) };
  }
}

/** Each subpath (but /cli), with one call and what it must return, worked out by hand. */
const calls = {
  // 7,500 resident households × 15,000 yuan per 100 (report, paragraph 7) = 1,125,000 yuan = 112,500,000 fen.
  './calculators': {
    names: 'communityWorkFunds',
    expr: `communityWorkFunds({ id: 'c', name: '示例社区', households: { resident: 7500 } }, { asOf: '2013-06-30' }).value.fen`,
    expected: 112_500_000,
  },
  // The Kunshan profile's minimum of service items in force on 2013-06-30 (report, paragraph 2: 20 items).
  '.': { names: 'parameter, kunshan', expr: `parameter(kunshan, 'hall.minServiceItems', '2013-06-30').value`, expected: 20 },
  // 3.4亿元 = 3.4 × 10^8 yuan = 3.4 × 10^10 fen (report, paragraph 8).
  './money': { names: 'parseMoney', expr: `parseMoney('3.4亿元').fen`, expected: 34_000_000_000 },
  // The report's three service modes, "一门式、一站式、一卡通" (paragraph 2): the third is 一卡通.
  './models': { names: 'serviceModeLabels', expr: `serviceModeLabels['one-card']['zh-CN']`, expected: '一卡通' },
  // 3 of 4 is 75%, rounded to a whole percent.
  './statistics': { names: 'wholePercent, share', expr: `wholePercent(share(3, 4))`, expected: 75 },
  // Titles are compared after normalisation: the spaces around a title do not make it another task.
  './access': { names: 'sameTitle', expr: `sameTitle('社区矫正', ' 社区矫正 ')`, expected: true },
  // Two ledgers that share 2 of their 4 distinct fields overlap by 2 / 4 = 0.5.
  './ledgers': { names: 'fieldOverlap', expr: `fieldOverlap(['a', 'b', 'c'], ['b', 'c', 'd']).ratio`, expected: 0.5 },
  // 2013-10-01 is National Day, a statutory holiday.
  './time': { names: 'isHoliday', expr: `isHoliday('2013-10-01')`, expected: true },
  // The report's counts: 155 urban + 153 rural communities.
  './datasets': { names: 'kunshan2013', expr: `kunshan2013().communities.length`, expected: 308 },
  // RFC 4122 name-based UUID, the example of Python's uuid module: uuid5(NAMESPACE_DNS, 'python.org').
  './interop': { names: 'uuidV5, NAMESPACE_DNS', expr: `uuidV5(NAMESPACE_DNS, 'python.org')`, expected: '886313e1-3b8a-5372-9b90-0c9aee199e5d' },
  // One degree of the equator on a sphere of radius 6,371,008.8 m: 6,371,008.8 × π / 180 = 111,195.08 m.
  './geo': { names: 'haversineDistance', expr: `Math.round(haversineDistance({ lon: 0, lat: 0 }, { lon: 1, lat: 0 }))`, expected: 111_195 },
  // The rule's declared id, as the report writes it in every finding of the rule.
  './rules': { names: 'hallMinItems', expr: `hallMinItems.id`, expected: 'hall.min-items' },
  // A shard of a meta line and a line cut short: one malformed line, counted once the shard is merged.
  './scale': {
    names: 'checkShard, mergeSummaries',
    expr: `mergeSummaries([checkShard({ shared: ['{"$kind":"meta","asOf":"2013-06-30"}', '{"$kind":"grid",'], groups: [], withShared: true }).summary]).lineProblems.malformed_line`,
    expected: 1,
  },
  // Excel's serial 41455 is 2013-06-30 (2013-01-01 is DATE(2013,1,1) = 41275, and 30 June is 180 days later).
  './xlsx': { names: 'excelSerialDate', expr: `excelSerialDate(41455).toISOString()`, expected: '2013-06-30T00:00:00.000Z' },
  // Two needs for one place (capacity 1), 30 m and 12 m away along a meridian: the nearer need (n2) is met.
  './matching': {
    names: 'matchNeeds',
    expr: `matchNeeds([{ id: 'n1', communityId: 'c', title: 't', category: 'health', location: { lon: 0, lat: 0.00027 } }, { id: 'n2', communityId: 'c', title: 't', category: 'health', location: { lon: 0, lat: 0.000108 } }], { providerListings: [{ id: 'p', name: 'p', categories: ['health'], capacity: 1, location: { lon: 0, lat: 0 } }] }).assignments.map((a) => a.needId + ':' + a.distanceMetres).join()`,
    expected: 'n2:12',
  },
  // A report with nothing in it: no failure, no input problem, and no run (so no exit code): the verdict says so.
  './report': {
    names: 'renderText',
    expr: `renderText({ asOf: '2013-06-30', profile: 'kunshan', locale: 'en', rules: [], parameters: {}, issues: [], findings: [], summary: { byRule: {}, bySubject: {}, bySeverity: { error: 0, warning: 0, info: 0 }, total: { pass: 0, fail: 0, notApplicable: 0 }, failures: { total: { onFigures: 0, onReadings: 0 }, byRule: {} }, notApplicable: {} } }).trimEnd().split('\\n').at(-1)`,
    expected: '✓ no failure of severity error',
  },
} as const;

const specifier = (subpath: string) => (subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`);

describe('the packed tarball, installed with its production dependencies only', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cs-tarball-'));
  const project = join(dir, 'consumer');
  let installed: { code: number; stderr: string };

  beforeAll(async () => {
    const packed = await sh(npm, ['pack', '--pack-destination', dir, '--silent'], root);
    if (packed.code !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    if (tarball === undefined) throw new Error('npm pack wrote no tarball');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }));
    installed = await sh(npm, ['install', join(dir, tarball), '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], project);
  }, 300_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('installs, bringing the declared dependencies and none of the devDependencies', () => {
    expect(installed.code, installed.stderr).toBe(0);
    const present = new Set(readdirSync(join(project, 'node_modules')).flatMap((d) => (d.startsWith('@') ? readdirSync(join(project, 'node_modules', d)).map((n) => `${d}/${n}`) : [d])));
    for (const dep of Object.keys(pkg.dependencies)) expect(present.has(dep), dep).toBe(true);
    for (const dev of ['kdbush', 'geokdbush', 'tinyqueue', 'string-width', 'typescript', 'vitest']) expect(present.has(dev), dev).toBe(false);
  });

  it('every subpath of "exports" (but the CLI) has a call here', () => {
    const subpaths = Object.keys(pkg.exports).filter((s) => !s.includes('*') && s !== './package.json' && s !== './cli');
    expect(subpaths.sort()).toEqual(Object.keys(calls).sort());
  });

  it('imports every subpath from ESM and calls one function of each', async () => {
    const lines = Object.entries(calls).map(
      ([subpath, c]) => `{ const { ${c.names} } = await import(${JSON.stringify(specifier(subpath))}); out[${JSON.stringify(subpath)}] = ${c.expr}; }`,
    );
    const cliLine = `{ const { run } = await import('community-standards/cli'); let text = ''; out.cli = [await run(['--version'], { cwd: process.cwd(), env: {}, stdout: { write: (t) => (text += t) }, stderr: { write: () => undefined } }), text.trim()]; }`;
    writeFileSync(join(project, 'esm.mjs'), `const out = {};\n${lines.join('\n')}\n${cliLine}\nconsole.log(JSON.stringify(out));\n`);
    const { code, stdout, stderr } = await sh(process.execPath, ['esm.mjs'], project);
    expect(code, stderr).toBe(0);
    const out = JSON.parse(stdout) as Record<string, unknown>;
    for (const [subpath, c] of Object.entries(calls)) expect(out[subpath], subpath).toEqual(c.expected);
    expect(out.cli).toEqual([0, expect.stringContaining(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version)]);
  });

  it('requires every subpath from CJS and calls one function of each', async () => {
    const lines = Object.entries(calls).map(([subpath, c]) => `{ const { ${c.names} } = require(${JSON.stringify(specifier(subpath))}); out[${JSON.stringify(subpath)}] = ${c.expr}; }`);
    writeFileSync(join(project, 'cjs.cjs'), `const out = {};\n${lines.join('\n')}\nout.cli = typeof require('community-standards/cli').run;\nconsole.log(JSON.stringify(out));\n`);
    const { code, stdout, stderr } = await sh(process.execPath, ['cjs.cjs'], project);
    expect(code, stderr).toBe(0);
    const out = JSON.parse(stdout) as Record<string, unknown>;
    for (const [subpath, c] of Object.entries(calls)) expect(out[subpath], subpath).toEqual(c.expected);
    expect(out.cli).toBe('function');
  });

  it("runs the README's Usage block as it is, as JavaScript", async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const usage = readme.slice(readme.indexOf('## Usage'));
    const block = /```js\n([\s\S]*?)```/.exec(usage)?.[1];
    expect(block).toBeDefined();
    writeFileSync(join(project, 'readme.mjs'), block ?? '');
    const { code, stdout, stderr } = await sh(process.execPath, ['readme.mjs'], project);
    expect(code, stderr).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    // What the comments in the block promise.
    expect(lines[0]).toBe('households.registered:值过小,应 >= 0,实为 -481');
    expect(lines[1]).toMatch(/^\{ pass: \d+, fail: \d+, notApplicable: \d+ \}$/);
    expect(lines.at(-1)).toBe('112.5万元');
  });

  it('the executable answers --help and checks the Kunshan 2013 sample shipped in the tarball', async () => {
    const bin = join(project, 'node_modules', '.bin', 'community-standards');
    const help = await sh(bin, ['--help'], project);
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/^用法:community-standards <命令>/);
    expect(help.stdout).toContain('check FILE...');
    const sample = join('node_modules', 'community-standards', 'examples', 'data', 'kunshan-2013.ndjson');
    const checked = await sh(bin, ['check', sample, '--output', 'json', '--no-progress'], project);
    // Exit 1: the sample has findings of severity error (it says so in the README).
    expect(checked.code, checked.stderr).toBe(1);
    const json = JSON.parse(checked.stdout) as { input: { records: number }; report: { asOf: string } };
    expect({ records: json.input.records, asOf: json.report.asOf }).toEqual({ records: expect.any(Number), asOf: '2013-06-30' });
    expect(json.input.records).toBeGreaterThan(10_000);
  });

  for (const [module, moduleResolution] of [
    ['nodenext', 'nodenext'],
    ['esnext', 'bundler'],
  ] as const) {
    it.concurrent(`type-checks a TypeScript consumer with moduleResolution ${moduleResolution}`, async () => {
      const ts = join(dir, `ts-${moduleResolution}`);
      mkdirSync(ts, { recursive: true });
      const source = [
        `import { type Community } from 'community-standards';`,
        `import { communityWorkFunds } from 'community-standards/calculators';`,
        `import { formatMoney } from 'community-standards/money';`,
        `import { isHoliday } from 'community-standards/time';`,
        `import { kunshan2013 } from 'community-standards/datasets';`,
        `import { toHsds } from 'community-standards/interop';`,
        `import { haversineDistance } from 'community-standards/geo';`,
        `import { run } from 'community-standards/cli';`,
        `import { renderHtml, type ReportJSON } from 'community-standards/report';`,
        `const first: Community | undefined = kunshan2013().communities?.[0];`,
        `const funds = communityWorkFunds({ id: 'c', name: 'x', households: { resident: 7500 } }, { asOf: '2013-06-30' });`,
        `const text: string = funds.ok ? formatMoney(funds.value) : funds.issues[0].message;`,
        `const holiday: boolean = isHoliday('2013-10-01');`,
        `const metres: number = haversineDistance({ lon: 0, lat: 0 }, { lon: 1, lat: 0 });`,
        `const code: Promise<number> = run(['--help']);`,
        `const page = (json: ReportJSON): string => renderHtml(json, { locale: 'en' });`,
        `// @ts-expect-error -- a number is not a date: the types are real, not any`,
        `isHoliday(20131001n);`,
        `export { first, text, holiday, metres, code, toHsds, page };`,
      ].join('\n');
      writeFileSync(join(project, `consumer-${moduleResolution}.ts`), source);
      writeFileSync(
        join(project, `tsconfig.${moduleResolution}.json`),
        JSON.stringify({
          compilerOptions: { module, moduleResolution, target: 'es2022', strict: true, noEmit: true, skipLibCheck: true, types: [], lib: ['es2022', 'dom'] },
          files: [`consumer-${moduleResolution}.ts`],
        }),
      );
      const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
      const { code, stdout, stderr } = await sh(process.execPath, [tsc, '-p', `tsconfig.${moduleResolution}.json`], project);
      expect(`${stdout}${stderr}`).toBe('');
      expect(code).toBe(0);
    });
  }
});
