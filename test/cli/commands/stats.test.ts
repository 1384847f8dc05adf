import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StatsOutput } from '../../../src/cli/index.js';
import { cli, cliJson, root } from '../helpers.js';

const kunshanFile = join(root, 'examples', 'data', 'kunshan-2013.ndjson');

describe('stats (in-process run)', () => {
  it('reproduces the survey report’s table from the Kunshan 2013 records: 23 figures, all matching', async () => {
    const { code, json } = await cliJson<StatsOutput>(['stats', kunshanFile]);
    expect(code).toBe(0);
    // 23 figures of the report; senior social workers, the four premises routes and the partner units open to the
    // public (not in it)
    expect(json.statistics).toHaveLength(29);
    const compared = json.statistics.filter((s) => s.matches !== undefined);
    expect(compared).toHaveLength(23);
    expect(compared.every((s) => s.matches)).toBe(true);
    // paragraph 2: 177 village centres; paragraph 3: 85% of communities with 20 items or more
    expect(json.statistics.find((s) => s.id === 'centers.village')).toMatchObject({ value: 177, report: { value: 177, reading: 'exact', text: '177' } });
    expect(json.statistics.find((s) => s.id === 'hall.minItems')).toMatchObject({ report: { value: 85, reading: 'whole-percent' }, reading: 85 });
    expect(json.welfareProjects.find((t) => t.year === 2012 && t.programme === 'venture')?.funded).toBe(35);
  });

  it('prints the statistics beside the report as a table', async () => {
    const { stdout } = await cli(['stats', kunshanFile]);
    // Every column has a heading: the last one says whether the figures agree.
    expect(stdout.split('\n')[2]).toMatch(/^指标\s+计算值\s+报告\s+一致$/);
    expect(stdout.split('\n')[3]).toMatch(/^-+ {2}-+ {2}-+ {2}-{4}$/);
    expect(stdout).toMatch(/服务项目达20个以上的社区\s+85\.1%\(262\/308\)\s+85%\s+✓/);
    expect(stdout).toMatch(/城镇社区办公、服务、活动用房平均面积\s+1,315\.5平方米\s+超过1,315平方米\s+✓/);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('✓ 23 项报告数字中 23 项一致(退出码 0)');
  });

  it('labels the items statistic with the profile’s minimum (25 in profile-more-items.json)', async () => {
    const { json } = await cliJson<StatsOutput>(['stats', kunshanFile, '--profile', 'profile-more-items.json', '--locale', 'en']);
    expect(json.statistics.find((s) => s.id === 'hall.minItems')?.label).toBe('communities offering 25 or more service items');
  });

  it('cannot compute as of a date before a parameter is in force (exit 2)', async () => {
    const { code, stderr } = await cli(['stats', kunshanFile, '--profile', 'profile-more-items.json', '--as-of', '2012-06-30', '--locale', 'en']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^community-standards: cannot compute: Parameter "hall\.minServiceItems" of profile "example-city" has no value in force on 2012-06-30\./);
  });

  it('writes the statistics as an HTML page with a chart per figure (and no rule table)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-stats-'));
    try {
      const page = join(dir, 'stats.html');
      const { code } = await cli(['stats', kunshanFile, '--output', 'html', page]);
      expect(code).toBe(0);
      const html = readFileSync(page, 'utf8');
      expect(html.match(/<svg class="chart chart-figure"/g)).toHaveLength(29);
      expect(html).not.toContain('chart-rule');
      expect(html).not.toMatch(/<script|https?:\/\//);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
