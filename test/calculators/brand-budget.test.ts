import { describe, expect, it } from 'vitest';
import { featuredBrandBudget } from '../../src/calculators/index.js';
import { defineProfile, explain, kunshan } from '../../src/index.js';
import { deepFreeze } from '../helpers.js';

describe('featuredBrandBudget (paragraph 7: 2005年以来,昆山每年投入500万元用于打造社区特色服务品牌)', () => {
  it('adds 500万元 for each year from 2005: 2005–2013 is 9 years, 4,500万元', () => {
    const result = featuredBrandBudget({ from: 2005, to: 2013 });
    // 9 × 5,000,000 元 × 100 fen, worked by hand.
    expect(result.total).toEqual({ fen: 9 * 5_000_000 * 100 });
    expect(result.years.map((y) => y.year)).toEqual([2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013]);
    expect(result.years.every((y) => y.amount.fen === 500_000_000 && y.parameter?.citation?.paragraph === 7)).toBe(true);
    expect(result.yearsWithout).toEqual([]);
  });

  it('counts a year before 2005 as zero and says so, instead of refusing the span', () => {
    const result = featuredBrandBudget({ from: 2003, to: 2006 });
    expect(result.yearsWithout).toEqual([2003, 2004]);
    expect(result.total).toEqual({ fen: 2 * 500_000_000 });
    expect(result.explanation.steps.at(-1)?.text['zh-CN']).toBe('合计 4 年 1,000万元(其中 2 年无投入标准,计为 0)');
    expect(explain(result, { locale: 'en' })).toContain('2003: no yearly budget in force, counted as 0');
  });

  it('reads a city’s own budget from its profile, year by year', () => {
    const note = { 'zh-CN': '本市', en: 'our city' };
    const city = defineProfile({
      extends: kunshan,
      id: 'brands-2010',
      name: note,
      parameters: {
        'funding.featuredBrands': {
          values: [
            { from: '2005-01-01', to: '2009-12-31', value: 500_000_000, assumption: note },
            { from: '2010-01-01', value: 800_000_000, assumption: note },
          ],
        },
      },
    });
    // 2008, 2009 at 500万; 2010, 2011 at 800万: 2,600万元.
    expect(featuredBrandBudget({ from: 2008, to: 2011, profile: city }).total).toEqual({ fen: 2 * 500_000_000 + 2 * 800_000_000 });
  });

  it('refuses options that are not a span of whole years, and leaves its options alone', () => {
    expect(() => featuredBrandBudget({ from: 2013, to: 2005 })).toThrow(/Invalid option "to"/);
    expect(() => featuredBrandBudget({ from: 2005.5, to: 2013 })).toThrow(/Invalid option "from"/);
    expect(() => featuredBrandBudget({ from: 1800, to: 2013 })).toThrow(/Invalid option "from"/);
    expect(() => featuredBrandBudget({ from: '2005' as never, to: 2013 })).toThrow(/Invalid option "from"/);
    expect(() => featuredBrandBudget(undefined as never)).toThrow();
    const options = deepFreeze({ from: 2005, to: 2006 });
    expect(featuredBrandBudget(options).total.fen).toBe(1_000_000_000);
  });
});
