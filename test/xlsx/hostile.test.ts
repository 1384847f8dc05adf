import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../src/xlsx/read.js';
import { scanWorkbook } from '../../src/xlsx/scan.js';
import { rewritePart, sheetOf } from './helpers.js';

const SHEET = 'xl/worksheets/sheet1.xml';

describe('hostile workbooks', () => {
  it('refuses a zip bomb after inflating no more than the limit', async () => {
    const data = await sheetOf('社区', [['编号'], ['c1']]);
    // 64 MiB of one byte deflates to about 64 KiB; the limit is set low so the test stays quick.
    const bomb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), [SHEET]: [new Uint8Array(64 * 1024 * 1024), { level: 1 }] });
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    expect(scanWorkbook(bomb, { maxInflatedBytes: 8 * 1024 * 1024 })).toEqual({ code: 'inflates_too_large', params: { max: 8 * 1024 * 1024 } });
    const read = await readXlsx(bomb, { limits: { maxInflatedBytes: 8 * 1024 * 1024 } });
    expect(read.problems.map((p) => [p.code, p.fatal])).toEqual([['inflates_too_large', true]]);
    // The real workbook passes the same limit.
    expect(scanWorkbook(data, { maxInflatedBytes: 8 * 1024 * 1024 })).toBeUndefined();
  });

  it('reads a row numbered far down without visiting every row above it', async () => {
    const data = await sheetOf('社区', [['编号', '名称'], ['c1', '玉山']]);
    // One row numbered 20,000,000 (the file stays a few kB): before, each row above it was created in turn
    // (about 30 s and 3 GB of memory; a larger number ran out of memory).
    const far = rewritePart(data, SHEET, (xml) =>
      xml.replace('</sheetData>', '<row r="20000000"><c r="A20000000" t="inlineStr"><is><t>c2</t></is></c></row></sheetData>'),
    );
    const started = Date.now();
    const read = await readXlsx(far);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(read.records.map((r) => [r.row, r.value['id'], r.cells['id']])).toEqual([
      [2, 'c1', 'A2'],
      [20_000_000, 'c2', 'A20000000'],
    ]);
  });

  it('refuses a file over the size limit without opening it', async () => {
    const data = await sheetOf('社区', [['编号'], ['c1']]);
    expect(scanWorkbook(data, { maxBytes: 100 })).toEqual({ code: 'too_large', params: { bytes: data.byteLength, max: 100 } });
  });

  it('refuses a sheet of a million rows (default limit 100,000) quickly, before exceljs parses it', async () => {
    const data = await sheetOf('社区', [['编号'], ['c1']]);
    const rows = '<row r="1"/>'.repeat(1_000_000);
    const million = rewritePart(data, SHEET, (xml) => xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${rows}</sheetData>`));
    const started = Date.now();
    const read = await readXlsx(million);
    expect(read.problems.map((p) => p.code)).toEqual(['too_many_rows']);
    expect(Date.now() - started).toBeLessThan(10_000);
    // Counted across the inflater's chunks: 100,000 rows pass, 100,001 do not.
    const exact = (n: number) => rewritePart(data, SHEET, (xml) => xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${'<row r="1"></row>'.repeat(n)}</sheetData>`));
    expect(scanWorkbook(exact(100_000))).toBeUndefined();
    expect(scanWorkbook(exact(100_001))?.code).toBe('too_many_rows');
  });

  it('refuses more cells than the limit (default 2,000,000) before exceljs parses them, counted across chunks', async () => {
    const data = await sheetOf('社区', [['编号'], ['c1']]);
    // Rows within the row limit, but cells enough to fill gigabytes: 1,000 rows of 2,001 cells (about 25 MB of XML
    // compressed to a few hundred kB), refused without being parsed.
    const row = (r: number, n: number) => `<row r="${r}">${'<c t="n"><v>1</v></c>'.repeat(n)}</row>`;
    const many = rewritePart(data, SHEET, (xml) =>
      xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${Array.from({ length: 1000 }, (_, i) => row(i + 1, 2001)).join('')}</sheetData>`),
    );
    const read = await readXlsx(many);
    expect(read.problems.map((p) => [p.code, p.fatal, p.message])).toEqual([['too_many_cells', true, '工作簿的单元格数超过 2000000 个,未读取;请拆分后再检查']]);
    // Exactly at the limit passes; one more does not. `<c/>`, `<c>` and `<c r=…>` count; `<col …>` and `<cfRule …>` do not.
    const exact = (cells: string) => rewritePart(data, SHEET, (xml) => xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData><row r="1">${cells}</row></sheetData>`));
    const cells = '<c/><c><v>1</v></c><c r="C1"/><col min="1" max="1"/><cfRule type="x"/>';
    expect(scanWorkbook(exact(cells), { maxCells: 3 })).toBeUndefined();
    expect(scanWorkbook(exact(`${cells}<c\n/>`), { maxCells: 3 })).toEqual({ code: 'too_many_cells', params: { max: 3 } });
  });

  it('reads a sheet whose data validation and merge cover the whole sheet without expanding them', async () => {
    const data = await sheetOf('社区', [['编号', '名称', '类别', '模式'], ['c1', '东湖', '城市社区', '其他']]);
    const whole = rewritePart(data, SHEET, (xml) =>
      xml.replace(
        '</sheetData>',
        '</sheetData><mergeCells count="1"><mergeCell ref="E1:XFD1048576"/></mergeCells><dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
      ),
    );
    const started = Date.now();
    const read = await readXlsx(whole);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(read.records.map((r) => r.value)).toEqual([{ id: 'c1', name: '东湖', kind: 'urban', model: 'other' }]);
  });

  it('reads formula cells as their cached values, flagged', async () => {
    const data = await sheetOf('社区', [
      ['编号', '名称', '类别', '模式', '户数.户籍'],
      ['c1', '东湖', '城市社区', '其他', { formula: '1+1', result: 2 }],
    ]);
    const read = await readXlsx(data, { locale: 'en' });
    expect(read.records[0]?.value['households']).toEqual({ registered: 2 });
    expect(read.problems.map((p) => [p.code, p.cell])).toEqual([['formula_cell', 'E2']]);
  });

  it('gives a clear fatal problem for a shared string index out of range, never a crash', async () => {
    const data = await sheetOf('社区', [['编号', '名称'], ['c1', '东湖']]);
    const broken = rewritePart(data, SHEET, (xml) => xml.replace(/(<c r="B2"[^>]*t="s"[^>]*><v>)\d+(<\/v>)/, '$199999$2'));
    expect(broken).not.toEqual(data);
    const read = await readXlsx(broken, { locale: 'en' });
    expect(read.records).toEqual([]);
    expect(read.problems.map((p) => [p.code, p.fatal])).toEqual([['not_a_workbook', true]]);
  });

  it('gives a clear fatal problem for truncated and garbage containers', async () => {
    const data = await sheetOf('社区', [['编号'], ['c1']]);
    for (const bad of [data.subarray(0, data.byteLength / 2), new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]), new Uint8Array(0)]) {
      const read = await readXlsx(bad);
      expect(read.problems.map((p) => p.code)).toEqual(['not_a_workbook']);
    }
  });
});
