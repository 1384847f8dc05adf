import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { previousFromGrowth, resolveGrowth } from '../../src/calculators/index.js';
import { explain, InvalidOptionError } from '../../src/index.js';
import { yuan } from '../../src/money/index.js';

describe('previousFromGrowth — the provident-fund loans of paragraph 9', () => {
  it('6,500 households, up 61.9%: 6,500 ÷ 1.619 = 4,014.82… → 4,015', () => {
    // by hand: 1,619 × 4,014 = 6,498,666 and 1,619 × 4,015 = 6,500,285, so 6,500,000 ÷ 1,619 lies between, at .82
    const result = previousFromGrowth(6_500, '61.9%', 'half-up');
    expect(result.previous).toBe(4_015);
    expect(result.exact).toEqual({ numerator: '6500000', denominator: '1619' });
    expect(result.rate).toBe('61.9%');
    expect(previousFromGrowth(6_500, '61.9%', 'floor').previous).toBe(4_014);
    expect(previousFromGrowth(6_500, '61.9%', 'down').previous).toBe(4_014);
    expect(previousFromGrowth(6_500, '61.9%', 'ceil').previous).toBe(4_015);
  });

  it('19亿元, up 63.8%: 1,159,951,159.95 元 (≈ 11.6亿元)', () => {
    // by hand: 1,638 × 115,995,115,995 = 189,999,999,999,810, which leaves 190 of 190,000,000,000,000 (fen × 1,000):
    // 190 ÷ 1,638 = 0.116 of a fen, so half-up keeps 115,995,115,995 fen and ceil takes one more.
    const result = previousFromGrowth(yuan(1_900_000_000), '63.8%', 'half-up');
    expect(result.previous).toEqual({ fen: 115_995_115_995 });
    expect(result.exact).toEqual({ numerator: '95000000000000', denominator: '819' });
    expect(previousFromGrowth(yuan(1_900_000_000), '63.8%', 'ceil').previous).toEqual({ fen: 115_995_115_996 });
  });

  it('reads the rate as a percentage, a decimal or a ratio alike, and handles a fall', () => {
    for (const rate of ['61.9%', '0.619', ' 61.9％ ', { numerator: 619, denominator: 1000 }, { numerator: -619, denominator: -1000 }]) {
      expect(previousFromGrowth(6_500, rate, 'half-up').previous).toBe(4_015);
    }
    expect(previousFromGrowth(800, '-20%', 'half-up').previous).toBe(1_000);
    expect(previousFromGrowth(0, '50%', 'half-up').previous).toBe(0);
    expect(resolveGrowth('+5%')).toEqual({ numerator: 5n, denominator: 100n });
  });

  it('throws for misuse', () => {
    expect(() => previousFromGrowth(6_500, '-100%', 'half-up')).toThrow(InvalidOptionError);
    expect(() => previousFromGrowth(6_500, '-150%', 'half-up')).toThrow(InvalidOptionError);
    expect(() => previousFromGrowth(6_500, 'about 60%', 'half-up')).toThrow(InvalidOptionError);
    expect(() => previousFromGrowth(6_500, 0.619, 'half-up')).toThrow(InvalidOptionError);
    expect(() => previousFromGrowth(6_500, { numerator: 1, denominator: 0 }, 'half-up')).toThrow(InvalidOptionError);
    expect(() => previousFromGrowth(6_500, '61.9%', undefined as never)).toThrow(InvalidOptionError);
    expect(() => previousFromGrowth(-1, '61.9%', 'half-up')).toThrow(InvalidOptionError);
    expect(() => previousFromGrowth(1.5, '61.9%', 'half-up')).toThrow(InvalidOptionError);
  });

  it('property: growing the result back lands within half a unit of the current figure (half-up)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: -999, max: 100_000 }), (current, permille) => {
        const result = previousFromGrowth(current, { numerator: permille, denominator: 1000 }, 'half-up');
        // |previous × (1000 + permille) − current × 1000| ≤ (1000 + permille) / 2, in integers
        const factor = BigInt(1000 + permille);
        const gap = BigInt(result.previous) * factor - BigInt(current) * 1000n;
        expect(2n * (gap < 0n ? -gap : gap) <= factor).toBe(true);
      }),
    );
  });

  it('explains the arithmetic and checks it back, in both languages', () => {
    const zh = explain(previousFromGrowth(6_500, '61.9%', 'half-up'));
    expect(zh).toBe(
      [
        '由本年数和增长率推算上年数',
        '- 本年数:6,500',
        '- 比上年增长:61.9%',
        '- 上年数 = 本年数 ÷ (1 + 61.9%) = 6,500 ÷ 1.619 = 4,014.82…',
        '- 取整(四舍五入):4,015',
        '- 验算:4,015 × 1.619 = 6,500.285',
      ].join('\n'),
    );
    const en = explain(previousFromGrowth(yuan(1_900_000_000), '63.8%', 'half-up'), { locale: 'en' });
    expect(en).toContain('- Last year = this year ÷ (1 + 63.8%) = CNY 1.9 billion ÷ 1.638 = CNY 1,159,951,159.9511…');
    expect(en).toContain('- To the fen (rounding half up): CNY 1,159,951,159.95');
  });
});
