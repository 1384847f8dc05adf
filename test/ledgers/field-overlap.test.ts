import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldOverlap } from '../../src/standards/ledger/index.js';

describe('fieldOverlap', () => {
  it('is the Jaccard index of the two field sets, by hand', () => {
    // {姓名, 身份证号, 户号} ∩ {姓名, 身份证号, 救助金额, 户号} = 3; ∪ = 4
    expect(fieldOverlap(['姓名', '身份证号', '户号'], ['姓名', '身份证 号', '救助金额', '户号'])).toEqual({ shared: ['姓名', '身份证号', '户号'], union: 4, ratio: 0.75 });
    // {a, b, c} and {c, d, e}: 1 of 5
    expect(fieldOverlap(['a', 'b', 'c'], ['ｃ', 'd', 'e'])).toEqual({ shared: ['c'], union: 5, ratio: 0.2 });
    // duplicates and blanks count once or not at all: {姓名} and {姓名}
    expect(fieldOverlap(['姓名', '姓名', ' '], ['姓 名'])).toEqual({ shared: ['姓名'], union: 1, ratio: 1 });
    expect(fieldOverlap([], [])).toEqual({ shared: [], union: 0, ratio: 1 });
    expect(fieldOverlap(['a'], [])).toEqual({ shared: [], union: 1, ratio: 0 });
  });

  it('is symmetric, between 0 and 1, and 1 for a list with itself (property)', () => {
    const fields = fc.array(fc.constantFrom('姓名', '身份证号', '户号', '救助金额', '电话', '地址', '年龄'), { maxLength: 7 });
    fc.assert(
      fc.property(fields, fields, (a, b) => {
        const ab = fieldOverlap(a, b);
        const ba = fieldOverlap(b, a);
        expect(ab.ratio).toBe(ba.ratio);
        expect(ab.union).toBe(ba.union);
        expect(ab.ratio).toBeGreaterThanOrEqual(0);
        expect(ab.ratio).toBeLessThanOrEqual(1);
        expect(fieldOverlap(a, a).ratio).toBe(1);
        // a second method: |A ∩ B| = |A| + |B| − |A ∪ B|
        const union = new Set([...a, ...b]).size;
        const shared = new Set(a).size + new Set(b).size - union;
        expect(ab.ratio).toBe(union === 0 ? 1 : shared / union);
      }),
    );
  });
});
