/** Runs examples/validate-record.ts, so that the example never rots. */
import { describe, expect, it } from 'vitest';
import { runExample } from './run-example.js';

describe('examples/validate-record.ts', () => {
  const lines = runExample('validate-record').split('\n');

  it('accepts 千灯大潭村 with the report’s figures', () => {
    expect(lines[0]).toBe('✓ 千灯大潭村: 校验通过 / valid');
  });

  it('lists the five problems of the broken record in Chinese, each with its code and path', () => {
    // By hand from the broken record: no name; kind 'village'; households −481; population as text; field 'mayor'.
    const zh = lines.slice(lines.indexOf('✗ 有 5 个问题:') + 1).slice(0, 5);
    expect(zh).toHaveLength(5);
    expect(zh).toEqual(
      expect.arrayContaining([
        '  [required] name:缺少必填字段(应为 string)',
        '  [invalid_value] kind:取值无效 "village",应为以下之一:urban, rural',
        '  [too_small] households.registered:值过小,应 >= 0,实为 -481',
        '  [invalid_type] population.registered:类型不符,应为 number,实为 "1603"',
        '  [unrecognized_keys] (root):含有未定义的字段 mayor',
      ]),
    );
  });

  it('lists the same problems in English', () => {
    const start = lines.indexOf('✗ 5 issues:');
    expect(start).toBeGreaterThan(0);
    const en = lines.slice(start + 1, start + 6);
    expect(en).toEqual(
      expect.arrayContaining([
        '  [required] name: required field is missing (expected string)',
        '  [invalid_value] kind: invalid value "village"; expected one of: urban, rural',
        '  [too_small] households.registered: too small — must be >= 0, received -481',
        '  [invalid_type] population.registered: expected number, received "1603"',
        '  [unrecognized_keys] (root): unknown field(s) mayor',
      ]),
    );
  });

  it('leaves its input unchanged', () => {
    expect(lines).toContain('输入未被修改 / input unchanged');
  });
});
