import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cityWorkFunds } from '../../src/calculators/index.js';
import { explain } from '../../src/index.js';
import { deepFreeze, referenceData } from '../helpers.js';

describe('cityWorkFunds', () => {
  it('totals every community and lists the one without a count, which it leaves out', () => {
    const dataset = {
      communities: [
        { id: 'a', name: '甲社区', households: { resident: 7_500 } }, // 1,125,000 元
        { id: 'b', name: '乙社区', households: { registered: 481 } }, // no resident count
        { id: 'c', name: '丙社区', households: { resident: 481 } }, // 72,150 元
      ],
    };
    const result = cityWorkFunds(dataset, { asOf: '2013-06-30', locale: 'en' });
    expect(result.total).toEqual({ fen: 119_715_000 }); // 1,125,000 + 72,150 = 1,197,150 元
    expect(result.computed).toBe(2);
    expect(result.breakdown.map((r) => r.value?.fen ?? null)).toEqual([112_500_000, null, 7_215_000]);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([['missing_households', ['communities', 1, 'households', 'resident']]]);
    const zh = explain(result);
    expect(zh).toContain('全市社区工作经费汇总:3 个社区,截至 2013-06-30');
    expect(zh).toContain('- 乙社区(b):未测算');
    expect(zh).toContain('合计:2 个社区共 1,197,150元(119.715万元);另有 1 个社区缺少户数,未计入');
    expect(explain(result, { locale: 'en' })).toContain('Total: CNY 1,197,150 for 2 communities; 1 more lack household counts and are left out');
  });

  it('works on the reference dataset: only 炎武 (5,000 resident households) can be computed in 2013', () => {
    const result = cityWorkFunds(deepFreeze(referenceData()) as never, { asOf: '2013-06-30' });
    expect(result.total).toEqual({ fen: 75_000_000 }); // 50 × 15,000 元
    expect(result.issues).toHaveLength(3);
  });

  it('handles an empty dataset', () => {
    expect(cityWorkFunds({}, { asOf: '2013-06-30' }).total).toEqual({ fen: 0 });
  });

  it('property: the total is the exact sum of the parts (no fen lost), and the input is untouched', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: undefined }), { maxLength: 30 }), (counts) => {
        const dataset = deepFreeze({
          communities: counts.map((resident, i) => ({ id: `c${i}`, name: `c${i}`, households: resident === undefined ? {} : { resident } })),
        });
        const before = JSON.stringify(dataset);
        const result = cityWorkFunds(dataset, { asOf: '2013-06-30' });
        const expected = counts.reduce((acc: bigint, h) => acc + (h === undefined ? 0n : 15_000n * BigInt(h)), 0n);
        expect(BigInt(result.total.fen)).toBe(expected);
        expect(result.issues).toHaveLength(counts.filter((h) => h === undefined).length);
        expect(JSON.stringify(dataset)).toBe(before);
      }),
    );
  });
});
