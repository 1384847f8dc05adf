/** Runs examples/check-community.ts, so that the example never rots. */
import { describe, expect, it } from 'vitest';
import { runExample } from './run-example.js';

describe('examples/check-community.ts', () => {
  const output = runExample('check-community');
  const lines = output.split('\n');

  it('checks 泾河村 against four rules as of 2013-06-30 with the Kunshan profile', () => {
    expect(lines[0]).toBe('泾河村 — 4 条规则,截至 2013-06-30(配置:kunshan)');
  });

  it('prints every finding', () => {
    // Report, paragraph 3: every community has a one-stop hall. Paragraph 2 names three services at 泾河村 and says
    // 等 (水电服务、城管服务、计划生育服务等): a partial list of 3, which cannot show 20 items nor their absence.
    expect(lines).toContain('✓ hall.one-stop — 由 泾河村社区服务中心 提供“一站式”服务大厅');
    expect(lines).toContain('· hall.min-items — 服务项目清单不完整(只列出 3 项),无法判断是否达到 20 项');
    // None of the three is one of the six standard services, but the list is partial: not applicable, not a failure.
    expect(output).toContain('· service.6x — 服务项目清单不完整,已列出的项目中未见:劳动就业、社会保险、慈善救助、社区养老、医疗卫生、文体教育');
    // 泾河村 is itself the template of the 农夹居 model, so it has all of the template's facilities and services.
    expect(lines).toContain('✓ model.template [rural-urban-mixed:facilities] — 具备农夹居社区参照(泾河村)的全部设施');
    expect(lines).toContain('✓ model.template [rural-urban-mixed:services] — 具备农夹居社区参照(泾河村)的全部服务');
    expect(lines).toContain('合计 / total: ✓ 3  ✗ 0  · 2');
  });

  it('explains the hall.min-items finding with its source and parameter, in Chinese and in English', () => {
    const zh = output.slice(output.indexOf('规则 hall.min-items'), output.indexOf('Rule hall.min-items'));
    expect(zh).toContain('“85%的社区服务项目达20个以上”');
    expect(zh).toContain('参数 hall.minServiceItems = 20');
    expect(zh).toContain('- 标准: 20');
    expect(zh).toContain('- 实际: 3');
    const en = output.slice(output.indexOf('Rule hall.min-items'));
    expect(en).toContain('para. 3: “85%的社区服务项目达20个以上”');
    expect(en).toContain('Parameter hall.minServiceItems = 20');
    expect(en).toContain('- Outcome: not applicable — the service item list is partial (3 listed), so whether there are 20 cannot be told');
  });
});
