import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ValidateOutput } from '../../src/cli/index.js';
import { cli, cliJson } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'cs-csv-zh-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CSV with Chinese headers', () => {
  it('reads columns by their Chinese label paths, cells as a workbook’s', async () => {
    writeFileSync(
      join(dir, 'zh.csv'),
      '编号,名称,类别,模式,户数.户籍,人口.户籍,网格化服务\nqiandeng-datan,千灯大潭村,农村社区,纯农村社区,"4８1","1,603",是\nx,某社区,城市社区,其他,-1,1,否\n',
    );
    const { code, json } = await cliJson<ValidateOutput & { problems: { items: { code: string; line?: number; path?: string }[] } }>(
      ['validate', 'zh.csv', '--kind', 'community', '--locale', 'en'],
      { cwd: dir },
    );
    expect(code).toBe(1);
    expect(json.totals).toEqual({ records: 2, valid: 1, invalid: 1 });
    expect(json.problems.items.map((p) => [p.code, p.line, p.path])).toEqual([['too_small', 3, 'households.registered']]);
  });
});

describe('--encoding gbk', () => {
  it('reads a GBK file when asked, and still refuses it (exit 2) when not', async () => {
    const refused = await cliJson<ValidateOutput>(['validate', 'gbk.csv', '--kind', 'community', '--locale', 'en']);
    expect(refused.code).toBe(2);
    expect(refused.json.problems.items[0]?.message).toContain('--encoding gbk');
    const read = await cliJson<ValidateOutput>(['validate', 'gbk.csv', '--kind', 'community', '--encoding', 'gbk', '--locale', 'en']);
    expect(read.code).not.toBe(2);
    expect(read.json.files[0]).toMatchObject({ file: 'gbk.csv', readable: true });
    expect(read.json.totals.records).toBeGreaterThan(0);
  });

  it('refuses an unknown encoding, and bytes that are not GB18030', async () => {
    const bad = await cli(['validate', 'gbk.csv', '--kind', 'community', '--encoding', 'latin1', '--locale', 'en']);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('--encoding')]);
    writeFileSync(join(dir, 'broken.csv'), new Uint8Array([0x69, 0x64, 0x0a, 0xff, 0x0a]));
    const { code, json } = await cliJson<ValidateOutput>(['validate', 'broken.csv', '--kind', 'community', '--encoding', 'gbk', '--locale', 'en'], { cwd: dir });
    expect(code).toBe(2);
    expect(json.problems.items.map((p) => [p.code, p.line])).toEqual([['not_gbk', 2]]);
  });
});
