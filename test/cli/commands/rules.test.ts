import { describe, expect, it } from 'vitest';
import type { ExplainOutput, RulesOutput } from '../../../src/cli/index.js';
import { rules } from '../../../src/index.js';
import { cli, cliJson } from '../helpers.js';

describe('rules and explain (in-process run)', () => {
  it('lists every rule of the registry, in order', async () => {
    const { code, json } = await cliJson<RulesOutput>(['rules', '--locale', 'en']);
    expect(code).toBe(0);
    expect(json.rules.map((r) => r.id)).toEqual(rules.map((r) => r.id));
    expect(json.rules[0]).toMatchObject({ id: 'hall.one-stop', title: 'One-stop service hall', severity: 'error', subject: 'community' });
    const text = await cli(['rules']);
    expect(text.stdout).toMatch(/^hall\.min-items\s+警告\s+社区\s+服务项目不少于 20 项$/m);
  });

  it('explains hall.min-items: the report’s sentence and the parameter with its value (20) and citation', async () => {
    const { json } = await cliJson<ExplainOutput>(['explain', 'hall.min-items', '--as-of', '2013-06-30']);
    expect(json.rule.source).toMatchObject({ paragraph: 3, quote: '85%的社区服务项目达20个以上' });
    expect(json.parameters).toEqual([
      {
        id: 'hall.minServiceItems',
        label: '社区服务项目数下限',
        profile: 'kunshan',
        values: [{ value: 20, text: '20', citation: expect.objectContaining({ paragraph: 3 }), inForce: true }],
      },
    ]);
    const { stdout } = await cli(['explain', 'hall.min-items', '--as-of', '2013-06-30', '--locale', 'en']);
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      'hall.min-items — At least 20 service items',
      'Severity: warning; checks: community',
      'Source: 昆山市基本公共服务调研报告, 二 依托社区完善公共服务, para. 3: “85%的社区服务项目达20个以上”',
    ]);
    expect(stdout).toContain('  ▶ always: 20');
  });

  it('shows a derived profile’s values and which is in force', async () => {
    const { json } = await cliJson<ExplainOutput>(['explain', 'hall.min-items', '--profile', 'profile-more-items.json', '--as-of', '2012-12-31']);
    expect(json.parameters[0]).toMatchObject({ profile: 'example-city', values: [{ from: '2013-01-01', value: 25, inForce: false }] });
  });

  it('rejects an unknown rule with suggestions from its family (exit 2)', async () => {
    const { code, stdout, stderr } = await cli(['explain', 'hall.min-itemz', '--locale', 'en']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'community-standards: there is no rule "hall.min-itemz"; did you mean hall.one-stop, hall.min-items, hall.modes, hall.staggered-hours?\n',
    );
  });
});
