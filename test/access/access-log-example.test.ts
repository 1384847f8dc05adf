import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { accessLog } from '../../examples/access-log.js';

describe('examples/access-log.ts', () => {
  it('returns the log of 里厍社区 with decisions and reasons in Chinese', () => {
    const lines = accessLog();
    expect(lines[0]).toBe('里厍社区工作准入记录(截至 2013-06-30)');
    // One line per request: the decisions worked out by hand from the two lists and the approvals.
    expect(lines.slice(1, 9).map((l) => l.split(' → ')[1]?.split(':')[0])).toEqual([
      '本职事项', // duty-3 by id
      '准入', // assist-employment by id
      '准入', // 医疗 卫生 = 医疗卫生 after normalisation
      '准入', // all three approvals (市法制办 read as 市法制办公室)
      '不予准入', // no approval
      '不予准入', // 市纪委 only
      '不予准入', // a plaque outside the four
      '不予准入', // 劳动就业培训 only resembles 劳动就业
    ]);
    expect(lines[5]).toBe('2013-05-06 市文明办 → 不予准入:评比“文明楼道评比”未列入两份清单,也未经市纪委、市民政局、市法制办公室联合审批,不予准入');
    expect(lines[9]).toBe('各部门汇总(电子绩效评估):');
    expect(lines).toContain('  市人社局:共 2 项,本职 0,准入 1,不予准入 1,待审 0,未经准入进入社区 1');
    expect(lines).toContain('  市档案局:共 1 项,本职 0,准入 0,不予准入 0,待审 1,未经准入进入社区 0');
    expect(lines).toHaveLength(17);
  });

  it('has an English version', () => {
    expect(accessLog({ locale: 'en' })[0]).toBe('Work access log of 里厍社区 (as of 2013-06-30)');
  });

  it('prints the same lines when run directly', () => {
    const file = fileURLToPath(new URL('../../examples/access-log.ts', import.meta.url));
    const cwd = fileURLToPath(new URL('../..', import.meta.url));
    const out = execFileSync('npx', ['tsx', file], { cwd, encoding: 'utf8' });
    expect(out.trimEnd().split('\n')).toEqual(accessLog());
  });
});
