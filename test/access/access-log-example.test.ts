import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { accessLog } from '../../examples/access-log.js';

describe('examples/access-log.ts', () => {
  it('returns the log of 里厍社区 with decisions and reasons in Chinese', () => {
    const lines = accessLog();
    expect(lines[0]).toBe('里厍社区工作准入记录(截至 2013-06-30)');
    // One line per request: the decisions worked out by hand from the two lists and the approvals.
    expect(lines.slice(1, 10).map((l) => l.split(' → ')[1]?.split(':')[0])).toEqual([
      '本职事项', // a task, duty-3 by id
      '准入', // a task, assist-employment by id
      '准入', // a task: 医疗 卫生 = 医疗卫生 after normalisation
      '准入', // an inspection with all three approvals (市法制办 read as 市法制办公室)
      '不予准入', // an appraisal with no approval
      '不予准入', // an upgrade campaign approved by 市纪委 only
      '不予准入', // a plaque outside the four
      '不予准入', // a task: 劳动就业培训 only resembles 劳动就业
      '不予准入', // an inspection titled 医疗卫生: the lists do not admit inspections
    ]);
    expect(lines[5]).toBe(
      '2013-05-06 市文明办 → 不予准入:评比“文明楼道评比”未经联合审批,不予准入:评比不论名称均须经市纪委、市民政局、市法制办公室联合审批;此判定依据推定的参数 access.requiredApprovers',
    );
    // The assist list is a reading of paragraph 6: every decision resting on it says so.
    expect(lines[3]).toContain('属协助政府工作事项,予以准入;该清单条目为本库的推定(报告未列出清单条目),应以本地正式清单为准');
    expect(lines[9]).toContain('2013-06-17 市卫生局 → 不予准入:检查“医疗卫生”未经联合审批');
    expect(lines[10]).toBe('各部门汇总(电子绩效评估):');
    expect(lines).toContain('  市人社局:共 2 项,本职 0,准入 1,不予准入 1,待审 0,未经准入进入社区 1');
    // 市卫生局: the task 医疗 卫生 admitted, the inspection 医疗卫生 refused (it did not reach the community).
    expect(lines).toContain('  市卫生局:共 2 项,本职 0,准入 1,不予准入 1,待审 0,未经准入进入社区 0');
    expect(lines).toContain('  市档案局:共 1 项,本职 0,准入 0,不予准入 0,待审 1,未经准入进入社区 0');
    expect(lines).toHaveLength(18);
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
