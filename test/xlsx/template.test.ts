/**
 * The template: written, filled in programmatically with the Kunshan 2013 records as a person would type them
 * (Chinese labels, 是/否, dates as Excel dates, lists joined by 、), read back — and exactly the records come back.
 */
import { describe, expect, it } from 'vitest';
import { kunshan2013 } from '../../src/datasets/index.js';
import { datasetKeys, recordKindLabels, recordKinds } from '../../src/models/kinds.js';
import { readXlsx } from '../../src/xlsx/read.js';
import { writeTemplate } from '../../src/xlsx/template.js';
import { xlsxFields, type XlsxField } from '../../src/xlsx/fields.js';
import { ExcelJS } from '../../src/xlsx/vendor.js';

const data = kunshan2013() as unknown as Record<string, unknown[] | undefined>;

/** What a person types into a cell for a value (written here independently of the library's writer). */
function typed(field: XlsxField, value: unknown): unknown {
  if (value === undefined) return null;
  const label = (v: unknown) => field.choices?.find((c) => c.value === v)?.label?.['zh-CN'] ?? v;
  if (field.type === 'boolean') return value === true ? '是' : '否';
  if (field.type === 'date') {
    const [y, m, d] = String(value).split('-').map(Number);
    return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
  }
  if (field.type === 'list') return (value as unknown[]).map(label).join('、');
  if (field.type === 'json') return JSON.stringify(value);
  return label(value);
}

function valueAt(record: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), record);
}

describe('writeTemplate', () => {
  it('writes one sheet per kind with Chinese headers, notes, drop-down lists and a frozen header row', async () => {
    const bytes = await writeTemplate({ kinds: ['community', 'volunteer'] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as never);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['社区', '志愿者']);
    const sheet = workbook.getWorksheet('社区');
    const headers = (sheet?.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(xlsxFields('community').map((f) => f.label));
    expect(headers).toContain('户数.户籍');
    const kindColumn = headers.indexOf('类别') + 1;
    const note = sheet?.getCell(1, kindColumn).note;
    expect(typeof note === 'string' ? note : JSON.stringify(note)).toContain('城市社区');
    expect(sheet?.getCell(2, kindColumn).dataValidation).toMatchObject({ type: 'list', formulae: ['"城市社区,农村社区"'] });
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('reads back its example rows (the first Kunshan 2013 record of each kind) exactly', async () => {
    const rows = Object.fromEntries(recordKinds.map((k) => [datasetKeys[k], (data[datasetKeys[k]] ?? []).slice(0, 1)]));
    const read = await readXlsx(await writeTemplate({ rows }));
    expect(read.problems).toEqual([]);
    for (const kind of recordKinds) expect(read.dataset[datasetKeys[kind]] ?? [], kind).toEqual(rows[datasetKeys[kind]]);
  });

  it('filled in with every Kunshan 2013 record, reads back exactly the records', async () => {
    const template = await writeTemplate();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as never);
    let filled = 0;
    for (const kind of recordKinds) {
      const sheet = workbook.getWorksheet(recordKindLabels[kind]['zh-CN']);
      const fields = xlsxFields(kind);
      const byHeader = new Map(fields.map((f) => [f.label, f]));
      const headers = (sheet?.getRow(1).values as unknown[]).slice(1) as string[];
      (data[datasetKeys[kind]] ?? []).forEach((record, i) => {
        headers.forEach((header, c) => {
          const field = byHeader.get(header);
          if (field !== undefined) sheet!.getCell(i + 2, c + 1).value = typed(field, valueAt(record, field.path)) as never;
        });
        filled++;
      });
    }
    expect(filled).toBeGreaterThan(300);
    const read = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(read.problems).toEqual([]);
    for (const kind of recordKinds) expect(read.dataset[datasetKeys[kind]] ?? [], kind).toEqual(data[datasetKeys[kind]] ?? []);
  }, 60_000);

  it('refuses unknown kinds and bad options', async () => {
    await expect(writeTemplate({ kinds: ['village' as never] })).rejects.toThrow(/record kinds/);
    await expect(writeTemplate({ formattedRows: 0 })).rejects.toThrow(/whole number/);
  });
});
