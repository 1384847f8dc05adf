import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('npm run demo', () => {
  const output = execFileSync(process.execPath, ['--import', 'tsx', 'examples/demo.ts'], { cwd: root, encoding: 'utf8' });

  it('validates the Kunshan 2013 dataset', () => {
    expect(output).toMatch(/✓ [\d,]+ 条记录全部通过校验/);
  });

  it('shows every statistic of the report’s table matching', () => {
    const section = output.slice(output.indexOf('二、统计与报告对照'), output.indexOf('三、规则检查汇总'));
    const rows = section.split('\n').filter((l) => /[✓✗]$/.test(l));
    expect(rows).toHaveLength(23); // the spec §5 table's 22 figures, and the upgrade programme's “200余” centres (paragraph 8)
    expect(rows.every((l) => l.endsWith('✓'))).toBe(true);
    expect(section).toContain('85.1%(262/308)');
  });

  it('computes 2011 and 2013 community work funds and the 2013 venture allocation within its 500万元 budget', () => {
    // The standards of paragraph 7: 8,000 yuan per 100 registered households before 2012, 15,000 per 100 resident from 2012.
    expect(output).toMatch(/2011\s+8,000 元\/百户\(按户籍户数\)/);
    expect(output).toMatch(/2013\s+15,000 元\/百户\(按常住户数\)/);
    expect(output).toContain('预算 / budget 500万元');
  });

  it('splits the failures by basis and says why findings were not applicable', () => {
    const section = output.slice(output.indexOf('三、规则检查汇总'), output.indexOf('四、四个参照社区'));
    // hall.min-items reads only the report's 20; hall.staggered-hours only readings: every failure on one side.
    const counts = (id: string) => section.split('\n').find((l) => l.startsWith(`${id} `))?.trim().split(/\s+/).slice(-5).map(Number);
    const minItems = counts('hall.min-items')!;
    expect(minItems[2]).toBe(minItems[1]);
    expect(minItems[3]).toBe(0);
    const staggered = counts('hall.staggered-hours')!;
    expect(staggered[2]).toBe(0);
    expect(staggered[3]).toBe(staggered[1]);
    expect(section).toMatch(/不符合项中依据报告数字 \d+ 项,依据我们的解读\(标为假设的参数\)\d+ 项/);
    // 308 communities as of 2013-06-30; the national 30 m² per 100 households starts on 2016-01-01.
    expect(section).toMatch(/area\.per-households\s+308\s+参数“每百户社区综合服务设施面积下限”\(area\.perHundredHouseholds\)在 2013-06-30 无有效取值\(自 2016-01-01 起才有取值\)/);
    expect(section).toContain('(its values start on 2016-01-01)');
  });

  it('shows where each field of the reference records comes from: oneStopHall reported for 炎武 only', () => {
    // Paragraph 2 describes 炎武's one-stop hall; for the three others it is inferred from paragraph 3's 100%.
    expect(output).toMatch(/中心\.oneStopHall\s+报 §2\s+推\s+推\s+推/);
    // 泾河村's item list is the report's (paragraph 2); that it is partial is our reading of 等.
    expect(output).toMatch(/中心\.serviceItemsPartial\s+推/);
  });

  it('shows property management and the brand catalogue (paragraph 3), with the counts worked out by hand', () => {
    const section = output.slice(output.indexOf('八、物业管理与服务品牌'), output.indexOf('九、就业'));
    // 8 synthetic communities × 3 estates: one in the pilot, one outside, one not said each.
    expect(section).toContain('住宅区 / estates 24 个(合成 / synthetic),分属 8 个社区');
    expect(section).toMatch(/property\.triad-workshop\s+✓ meets\s+2 /);
    expect(section).toMatch(/✗ no-meetings\s+2 /);
    expect(section).toMatch(/property\.joint-meeting\s+✓ met\s+8 /);
    expect(section).toMatch(/特色社区服务系列品牌\s+夕阳护春蕾、乐龄之家、未成年人社会观护站/);
    expect(section).toMatch(/居民互助系列品牌\s+邻里互助会馆、12345,楼道需要我、六金工作室/);
    expect(section).toMatch(/新型工作品牌\s+百帮服务社、昆山社工团队成长计划、爱传万家/);
    expect(section).toContain('5,000,000 元/年');
    expect(section).toContain('2005–2013 年合计 / total 4,500万元'); // 9 years × 500万元
  });

  it('prints the rules × reference communities table and an access log in Chinese', () => {
    expect(output).toMatch(/hall\.one-stop\s+✓\s+✓\s+✓\s+✓/);
    expect(output).toContain('不予准入');
  });

  it('shows the employment, premises and open-facilities sections of issue 20', () => {
    const employment = output.slice(output.indexOf('九、就业'), output.indexOf('十、服务中心用房来源'));
    // 10 synthetic communities × 6 households, one of each outcome (src/datasets/kunshan/households.ts).
    expect(employment).toMatch(/not-cleared\s+10/);
    expect(employment).toContain('已 90 天仍无人就业');
    // 9,200 ÷ 400,000 = 2.3%, the report's figure of paragraph 9.
    expect(employment).toContain('= 2.3%;报告 / report 2.3%(第 9 段) ✓');
    const premises = output.slice(output.indexOf('十、服务中心用房来源'), output.indexOf('十一、共建单位'));
    // 3.4亿元 ÷ 200 = 170万元; the synthetic funds add up to the report's 3.4亿元.
    expect(premises).toContain('报告 / report: 3.4亿元 用于 200 余个中心,平均每个低于 / below 170万元');
    expect(premises).toMatch(/205 个中心,合计 3\.4亿元/);
    expect(premises).toMatch(/社区共建解决 \/ solved by co-building with local units\s+\d+/);
    expect(output.slice(output.indexOf('十一、共建单位'))).toMatch(/\d+ \/ 275 个共建单位有设施面向社会开放/);
  });
});
