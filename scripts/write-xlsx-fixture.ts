/**
 * Writes test/fixtures/communities.xlsx: the four reference communities of the report (paragraph 2) as a civil
 * servant's 统计表 would hold them — a merged title row, Chinese headers, numbers typed as text and in full-width
 * digits, enumeration members by their Chinese labels, one figure as a formula — and one row with a bad figure.
 * The docs (docs/excel.md, docs/cli.md) run the CLI on it. Run: `npx tsx scripts/write-xlsx-fixture.ts`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ExcelJS } from '../src/xlsx/vendor.js';

const workbook = new ExcelJS.Workbook();
workbook.created = new Date(Date.UTC(2013, 5, 30));
workbook.modified = workbook.created;
const sheet = workbook.addWorksheet('社区');
sheet.mergeCells('A1:K1');
sheet.getCell('A1').value = '昆山市社区基本情况统计表(四个调研社区,2013年6月)';
sheet.addRow(['编号', '名称', '类别', '模式', '所属镇(区)', '户数.户籍', '户数.常住', '人口.户籍', '人口.常住', '规划户数', '规划人口']);
sheet.addRow(['qiandeng-yanwu', '千灯炎武社区', '城市社区', '农村新型社区', '千灯镇', null, '5000', null, null, 7500, { formula: 'J3*2', result: 15000 }]);
sheet.addRow(['qiandeng-datan', '千灯大潭村', '农村社区', '纯农村社区', '千灯镇', '４８１', null, '1,603', null]);
sheet.addRow(['yushan-jinghe', '泾河村', '农村社区', '农夹居社区', '玉山镇']);
sheet.addRow(['yushan-lishe', '里厍社区', '城市社区', '老城区社区', '玉山镇']);
sheet.addRow(['example-bad', '示例社区(有误)', '城市社区', '其他', '玉山镇', -1]);
sheet.views = [{ state: 'frozen', ySplit: 2 }];
sheet.columns.forEach((column) => (column.width = 16));

const file = fileURLToPath(new URL('../test/fixtures/communities.xlsx', import.meta.url));
writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
console.log(`wrote ${file}`);
