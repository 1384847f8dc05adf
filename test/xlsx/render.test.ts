/**
 * The report as a workbook: rendered from the Kunshan 2013 check, read back with exceljs, and compared with the
 * report's own counts (the engine's summary, a second source) and with the city statistics.
 */
import { describe, expect, it } from 'vitest';
import { kunshan2013 } from '../../src/datasets/index.js';
import { check } from '../../src/index.js';
import { renderXlsx } from '../../src/xlsx/render.js';
import { ExcelJS } from '../../src/xlsx/vendor.js';

const report = check(kunshan2013(), { asOf: '2013-06-30' });

async function load(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  return workbook;
}

describe('renderXlsx', () => {
  it('writes the summary, findings, communities and statistics sheets', async () => {
    const workbook = await load(await renderXlsx(report));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['汇总', '检查结果', '社区', '统计']);
  });

  it('lists every finding once, with an autofilter, and the failures split as the summary splits them', async () => {
    const workbook = await load(await renderXlsx(report, { locale: 'en' }));
    const sheet = workbook.getWorksheet('Findings');
    expect(sheet?.autoFilter).toBeDefined();
    const rows = (sheet?.getSheetValues() ?? []).slice(2).filter((r) => Array.isArray(r)) as unknown[][];
    expect(rows).toHaveLength(report.findings.length);
    const outcome = (r: unknown[]) => r[3];
    expect(rows.filter((r) => outcome(r) === 'fail')).toHaveLength(report.summary.total.fail);
    expect(rows.filter((r) => r[4] === 'on readings')).toHaveLength(report.summary.failures.total.onReadings);
    expect(rows.filter((r) => r[4] === 'on figures')).toHaveLength(report.summary.failures.total.onFigures);
    // The source sentence is the rule's citation: the report's paragraph and quote.
    const first = report.findings[0];
    expect(rows[0]?.[1]).toBe(first?.rule);
    expect(String(rows[0]?.[10])).toContain(first?.source.quote ?? '');
  });

  it('gives one row per community with the counts the engine gives it', async () => {
    const workbook = await load(await renderXlsx(report, { locale: 'en' }));
    const rows = (workbook.getWorksheet('Communities')?.getSheetValues() ?? []).slice(2).filter((r) => Array.isArray(r)) as unknown[][];
    const communities = kunshan2013().communities ?? [];
    expect(rows).toHaveLength(communities.length);
    for (const row of rows) {
      const counts = report.summary.bySubject[`community:${String(row[1])}`];
      expect(row.slice(2, 5)).toEqual([counts?.pass, counts?.fail, counts?.notApplicable]);
    }
  });

  it('writes text as text: a value that looks like a formula never becomes one', async () => {
    const data = kunshan2013();
    const tricky = { ...data, communities: [{ ...(data.communities ?? [])[0]!, id: '=HYPERLINK("http://x","y")' }] };
    const workbook = await load(await renderXlsx(check(tricky, { asOf: '2013-06-30', locale: 'en' })));
    let formulas = 0;
    workbook.eachSheet((s) => s.eachRow((row) => row.eachCell((cell) => void (cell.type === ExcelJS.ValueType.Formula && formulas++))));
    expect(formulas).toBe(0);
  });
});
