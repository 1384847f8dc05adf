import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ValidateOutput } from '../../src/cli/index.js';
import { ExcelJS } from '../../src/xlsx/vendor.js';
import { cli, cliJson } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'cs-xlsx-cli-'));
const at = { cwd: dir };

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  const communities = workbook.addWorksheet('社区');
  communities.mergeCells('A1:H1');
  communities.getCell('A1').value = '社区基本情况';
  communities.addRow(['编号', '名称', '类别', '模式', '户数.户籍', '户数.常住', '人口.户籍', '人口.常住']);
  communities.addRow(['datan', '千灯大潭村', '农村社区', '纯农村社区', '４８１', { formula: 'E3', result: 481 }, '1,603', 1603]);
  communities.addRow(['x', '某社区', '城市社区', '其他', -1, 5, 1, 1]);
  const volunteers = workbook.addWorksheet('志愿者');
  volunteers.addRow(['编号', '姓名', '所属社区', '注册日期']);
  volunteers.addRow(['v1', '张三', 'datan', 41455]);
  volunteers.addRow(['v2', '李四', 'nowhere', '2013年6月3日']);
  writeFileSync(join(dir, 'kunshan.xlsx'), new Uint8Array(await workbook.xlsx.writeBuffer()));
  writeFileSync(join(dir, 'not.xlsx'), 'id,name\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the CLI reads .xlsx', () => {
  it('validate: each issue at its sheet and cell, the field named by its Chinese header', async () => {
    const { code, stdout } = await cli(['validate', 'kunshan.xlsx'], at);
    expect(code).toBe(1);
    expect(stdout).toMatch(/\[kunshan\.xlsx\]社区!E4 +社区 x +户数\.户籍:值过小,应 >= 0,实为 -1/);
    expect(stdout).toContain('[kunshan.xlsx]社区!F3');
    const { json } = await cliJson<ValidateOutput>(['validate', 'kunshan.xlsx', '--locale', 'en'], at);
    expect(json.files).toEqual([{ file: 'kunshan.xlsx', format: 'xlsx', readable: true, records: 4, valid: 3, invalid: 1 }]);
    expect(json.problems.items.map((p) => [p.code, p.sheet, p.cell, p.severity])).toEqual([
      ['formula_cell', '社区', 'F3', 'warning'],
      ['too_small', '社区', 'E4', 'error'],
    ]);
    expect(json.problems.items[1]).toMatchObject({ kind: 'community', id: 'x', path: 'households.registered' });
    expect(json.problems.items[1]?.message.startsWith('households.registered:')).toBe(true);
  });

  it('check: a reference that does not resolve is placed at its cell; findings name their row', async () => {
    const { json } = await cliJson<{ input: { problems: ValidateOutput['problems']; locations: Record<string, unknown> } }>(
      ['check', 'kunshan.xlsx', '--as-of', '2013-06-30', '--locale', 'en'],
      at,
    );
    const unresolved = json.input.problems.items.find((p) => p.code === 'unresolved_reference');
    expect(unresolved).toMatchObject({ file: 'kunshan.xlsx', sheet: '志愿者', cell: 'C3', path: 'communityId' });
    expect(json.input.locations['community:datan']).toEqual({ file: 'kunshan.xlsx', sheet: '社区', cell: 'A3' });
  });

  it('stats reads workbooks too', async () => {
    const { code, stdout } = await cli(['stats', 'kunshan.xlsx', '--as-of', '2013-06-30', '--locale', 'en'], at);
    // The invalid community is reported, and the statistics are computed from the records read.
    expect(code).toBe(1);
    expect(stdout).toContain('[kunshan.xlsx]社区!E4');
  });

  it('a .xlsx that is no workbook is fatal (exit 2)', async () => {
    const { code, json } = await cliJson<ValidateOutput>(['validate', 'not.xlsx', '--locale', 'en'], at);
    expect(code).toBe(2);
    expect(json.problems.items.map((p) => [p.code, p.fatal])).toEqual([['not_a_workbook', true]]);
  });
});

describe('template', () => {
  it('writes a workbook with the kinds asked for, each with its Kunshan example row, that validates', async () => {
    const { code, stdout } = await cli(['template', '社区', 'serviceCenter', '--output', 't.xlsx'], at);
    expect(code).toBe(0);
    expect(stdout).toBe('→ t.xlsx\n');
    const { json } = await cliJson<ValidateOutput>(['validate', 't.xlsx'], at);
    expect(json.byKind).toEqual({ community: { records: 1, valid: 1, invalid: 0 }, serviceCenter: { records: 1, valid: 1, invalid: 0 } });
  });

  it('needs --output FILE.xlsx, a known kind, and --force to replace a file', async () => {
    expect((await cli(['template', '社区'], at)).code).toBe(2);
    expect((await cli(['template', '社区', '--output', 't.csv'], at)).stderr).toContain('template --output');
    expect((await cli(['template', '村庄', '--output', 'u.xlsx'], at)).code).toBe(2);
    await cli(['template', '社区', '--output', 'v.xlsx'], at);
    const again = await cli(['template', '社区', '--output', 'v.xlsx'], at);
    expect([again.code, again.stderr]).toEqual([2, expect.stringContaining('--force')]);
    expect((await cli(['template', '社区', '--output', 'v.xlsx', '--force'], at)).code).toBe(0);
  });
});

describe('check --output xlsx FILE', () => {
  it('writes the report as a workbook, with the city statistics beside the report’s figures', async () => {
    const { code, stdout } = await cli(['check', 'kunshan.xlsx', '--as-of', '2013-06-30', '--output', 'xlsx', 'report.xlsx', '--locale', 'en'], at);
    expect(code).toBe(1);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('→ report.xlsx');
    const { readFileSync } = await import('node:fs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(join(dir, 'report.xlsx'))) as never);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Summary', 'Findings', 'Communities', 'Statistics']);
    const statistics = workbook.getWorksheet('Statistics');
    expect(statistics?.getRow(1).values).toEqual([undefined, 'figure', 'computed', 'report', 'agrees', 'source']);
    expect(statistics?.actualRowCount).toBeGreaterThan(1);
    // The findings name the community's row in the input workbook.
    const findings = workbook.getWorksheet('Findings')?.getSheetValues() as unknown[][];
    expect(findings.some((row) => Array.isArray(row) && row[12] === '[kunshan.xlsx]社区!A3')).toBe(true);
  });

  it('needs the file, and never writes over an input', async () => {
    expect((await cli(['check', 'kunshan.xlsx', '--as-of', '2013-06-30', '--output', 'xlsx'], at)).code).toBe(2);
    const over = await cli(['check', 'kunshan.xlsx', '--as-of', '2013-06-30', '--output', 'xlsx', 'kunshan.xlsx', '--force'], at);
    expect(over.code).toBe(2);
  });
});
