import { describe, expect, it } from 'vitest';
import { columnLetters, readXlsx } from '../../src/xlsx/read.js';
import { validateXlsx } from '../../src/xlsx/validate.js';
import { kindOfSheet, xlsxFields } from '../../src/xlsx/fields.js';
import { recordKinds, recordKindLabels } from '../../src/models/kinds.js';
import { ExcelJS } from '../../src/xlsx/vendor.js';
import { bytesOf, sheetOf } from './helpers.js';

describe('xlsxFields and kindOfSheet', () => {
  it('name every kind’s sheet by its Chinese label, and nested fields by their Chinese paths', () => {
    for (const kind of recordKinds) expect(kindOfSheet(recordKindLabels[kind]['zh-CN'])).toBe(kind);
    expect(kindOfSheet('工作人员')).toBe('staffMember');
    expect(kindOfSheet(' Service_Centers ')).toBe('serviceCenter');
    expect(kindOfSheet('说明')).toBeUndefined();
    const labels = xlsxFields('community').map((f) => f.label);
    expect(labels).toContain('户数.户籍');
    expect(labels).toContain('人口.常住');
    expect(labels).toContain('编号');
  });
  it('give every column of every kind a distinct label', () => {
    for (const kind of recordKinds) {
      const labels = xlsxFields(kind).map((f) => f.label);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });
  it('numbers columns as Excel does', () => {
    expect([1, 4, 26, 27, 28, 52, 53, 702, 703].map(columnLetters)).toEqual(['A', 'D', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('readXlsx', () => {
  it('skips a merged title row, reads Chinese headers, and converts the cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('社区');
    sheet.mergeCells('A1:H1');
    sheet.getCell('A1').value = '昆山市社区基本情况统计表(2013年6月)';
    sheet.addRow(['编号', '名称', '类别', '模式', '户数.户籍', '户数 . 常住', '人口.户籍户籍人口', 'population.resident']);
    sheet.addRow(['datan', '千灯大潭村', '农村社区', '纯农村社区', '４８１', { formula: 'E3', result: 481 }, '1,603', 1603]);
    const read = await readXlsx(await bytesOf(workbook));
    expect(read.records).toHaveLength(1);
    const [record] = read.records;
    expect(record?.row).toBe(3);
    expect(record?.cells['households.registered']).toBe('E3');
    expect(record?.value).toEqual({
      id: 'datan',
      name: '千灯大潭村',
      kind: 'rural',
      model: 'pure-rural',
      households: { registered: 481, resident: 481 },
      population: { resident: 1603 },
    });
    expect(read.dataset['communities']).toEqual([record?.value]);
    // The unknown header is reported at its cell; the formula cell is flagged at its cell.
    expect(read.problems.map((p) => [p.code, p.sheet, p.cell, p.severity])).toEqual([
      ['unknown_column', '社区', 'G2', 'warning'],
      ['formula_cell', '社区', 'F3', 'warning'],
    ]);
  });

  it('reports sheets of no kind and sheets without a header, and ignores hidden sheets', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('说明').addRow(['本表由社区填写']);
    workbook.addWorksheet('志愿者').addRow(['甲', '乙']);
    const hidden = workbook.addWorksheet('选项');
    hidden.state = 'hidden';
    hidden.addRow(['城市社区']);
    const read = await readXlsx(await bytesOf(workbook), { locale: 'en' });
    expect(read.records).toEqual([]);
    expect(read.problems.map((p) => [p.code, p.sheet])).toEqual([
      ['unknown_sheet', '说明'],
      ['no_header', '志愿者'],
    ]);
    expect(read.problems[0]?.message).toBe('sheet "说明" is no record kind; ignored');
  });

  it('fills a required object as {} when its columns are empty, as the CSV reader does', async () => {
    const data = await sheetOf('community', [
      ['id', 'name', 'kind', 'model', 'households.registered'],
      ['c1', '东湖', 'urban', 'other', ''],
    ]);
    const read = await readXlsx(data);
    expect(read.records[0]?.value).toEqual({ id: 'c1', name: '东湖', kind: 'urban', model: 'other', households: {} });
  });

  it('refuses bytes that are no workbook with one fatal problem, and throws only for a non-byte argument', async () => {
    const read = await readXlsx(new TextEncoder().encode('id,name\nc1,东湖\n'));
    expect(read.problems.map((p) => [p.code, p.fatal])).toEqual([['not_a_workbook', true]]);
    await expect(readXlsx('x' as never)).rejects.toThrow(/bytes of a workbook/);
  });
});

describe('validateXlsx', () => {
  it('places each issue at its cell and names the field by the header’s Chinese label', async () => {
    const data = await sheetOf('社区', [
      ['编号', '名称', '类别', '模式', '户数.户籍', '户数.常住', '人口.户籍', '人口.常住'],
      ['datan', '千灯大潭村', '农村社区', '纯农村社区', 481, 481, 1603, 1603],
      ['x', '', '城市社区', '其他', -1, 5, 1, 1],
    ]);
    const zh = await validateXlsx(data);
    expect(zh.ok).toBe(false);
    expect(zh.issues.map((i) => `${i.place} ${i.message}`)).toContain('社区!E3 户数.户籍:值过小,应 >= 0,实为 -1');
    const en = await validateXlsx(data, { locale: 'en' });
    expect(en.issues.find((i) => i.code === 'too_small')?.place).toBe('社区!E3');
    expect(en.issues.find((i) => i.code === 'too_small')?.message.startsWith('households.registered:')).toBe(true);
  });
});

describe('test/fixtures/communities.xlsx (a 统计表 of the report’s four surveyed communities)', () => {
  it('reads back the reference communities’ figures (report, paragraph 2), and places the bad row’s issue', async () => {
    const { readFileSync } = await import('node:fs');
    const { referenceCommunities } = await import('../../src/datasets/index.js');
    const data = new Uint8Array(readFileSync(new URL('../fixtures/communities.xlsx', import.meta.url)));
    const result = await validateXlsx(data);
    const expected = (referenceCommunities().communities ?? []).map((c) => Object.fromEntries(Object.entries(c).filter(([key]) => key !== 'notes')));
    expect(result.records.slice(0, 4).map((r) => r.value)).toEqual(expected);
    expect(result.issues.map((i) => `${i.place} ${i.message}`)).toEqual(['社区!F7 户数.户籍:值过小,应 >= 0,实为 -1']);
    expect(result.problems.map((p) => [p.code, p.cell])).toEqual([['formula_cell', 'K3']]);
  });
});
