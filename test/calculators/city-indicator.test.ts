import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indicatorValueText, kunshanIndicators, previousYearOf, type CityIndicator } from '../../src/calculators/index.js';
import { explain, InvalidOptionError } from '../../src/index.js';
import { yuan } from '../../src/money/index.js';

const byId = (id: string) => {
  const indicator = kunshanIndicators.find((i) => i.id === id);
  if (indicator === undefined) throw new Error(id);
  return indicator;
};

describe('kunshanIndicators (paragraph 9)', () => {
  it('quotes the report verbatim, in paragraph 9, with unique ids', () => {
    const text = readFileSync(new URL('../fixtures/report/kunshan-community-services.txt', import.meta.url), 'utf8');
    const paragraph9 = text.split('\n').filter((l) => l.length > 200)[8] ?? '';
    expect(paragraph9.startsWith('昆山还大力推动')).toBe(true);
    for (const indicator of kunshanIndicators) {
      expect(indicator.citation.paragraph, indicator.id).toBe(9);
      expect(paragraph9, indicator.id).toContain(indicator.citation.quote);
      expect(indicator.assumption?.en.length, indicator.id).toBeGreaterThan(0);
    }
    expect(new Set(kunshanIndicators.map((i) => i.id)).size).toBe(kunshanIndicators.length);
  });

  it('holds the figures exactly, 万 and 亿 scaled by hand', () => {
    expect(byId('employment.freeTraining').value).toEqual({ kind: 'count', value: 33_000, unit: 'person-times' });
    expect(byId('employment.startupLoans').value).toEqual({ kind: 'money', amount: yuan(310_000_000) });
    expect(byId('housing.providentFundLoans').value).toEqual({ kind: 'money', amount: yuan(1_900_000_000) });
    expect(byId('housing.subsidies').value).toEqual({ kind: 'money', amount: yuan(2_547_000) });
    expect(byId('housing.resettlementStarted').value).toEqual({ kind: 'count', value: 3_730_000, unit: 'square-metres' });
    expect(byId('employment.registeredUnemploymentRate').value).toEqual({ kind: 'percent', value: '2.3' });
  });
});

describe('previousYearOf', () => {
  it('derives 2012’s provident-fund figures from the growth rates', () => {
    expect(previousYearOf(byId('housing.providentFundLoanHouseholds'), { rounding: 'half-up' })).toMatchObject({
      from: 'housing.providentFundLoanHouseholds',
      year: 2012,
      value: { kind: 'count', value: 4_015, unit: 'households' },
    });
    expect(previousYearOf(byId('housing.providentFundLoans'), { rounding: 'half-up' }).value).toEqual({ kind: 'money', amount: { fen: 115_995_115_995 } });
  });

  it('derives the village collective income from the increase: 579万 − 110万 = 469万元', () => {
    expect(previousYearOf(byId('rural.villageCollectiveIncome')).value).toEqual({ kind: 'money', amount: yuan(4_690_000) });
  });

  it('throws where nothing can be derived', () => {
    expect(() => previousYearOf(byId('employment.reemployed'), { rounding: 'half-up' })).toThrow(InvalidOptionError);
    expect(() => previousYearOf(byId('employment.registeredUnemploymentRate'), { rounding: 'half-up' })).toThrow(InvalidOptionError);
    expect(() => previousYearOf(byId('housing.providentFundLoans'))).toThrow(InvalidOptionError);
    const mismatched: CityIndicator = { ...byId('employment.reemployed'), change: { kind: 'increase', by: { kind: 'count', value: 1, unit: 'households' } } };
    expect(() => previousYearOf(mismatched)).toThrow(InvalidOptionError);
  });

  it('explains the source, the assumption and the arithmetic in both languages', () => {
    const derived = previousYearOf(byId('housing.providentFundLoanHouseholds'), { rounding: 'half-up' });
    const zh = explain(derived);
    expect(zh.split('\n')[0]).toBe('公积金贷款户数:推算 2012 年数');
    expect(zh).toContain('- 依据:昆山市基本公共服务调研报告,二 依托社区完善公共服务,第 9 段: “向6500户家庭发放公积金贷款19亿元');
    expect(zh).toContain('- 假设:报告未注明这些数字的统计年度');
    expect(zh).toContain('- 取整(四舍五入):4,015');
    const en = explain(previousYearOf(byId('rural.villageCollectiveIncome')), { locale: 'en' });
    expect(en).toContain('- Last year = this year − the increase = CNY 5.79 million − CNY 1.1 million = CNY 4.69 million');
  });

  it('writes indicator values in both languages', () => {
    expect(indicatorValueText(byId('housing.providentFundLoanHouseholds').value, { locale: 'zh-CN' })).toBe('6,500户');
    expect(indicatorValueText(byId('housing.providentFundLoans').value, { locale: 'zh-CN' })).toBe('19亿元');
    expect(indicatorValueText(byId('housing.providentFundLoans').value, { locale: 'en' })).toBe('CNY 1.9 billion');
    expect(indicatorValueText(byId('insurance.basicSecurityIndex').value, { locale: 'en' })).toBe('99.6%');
  });
});
