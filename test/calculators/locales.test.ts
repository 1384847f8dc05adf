import { describe, expect, it } from 'vitest';
import { allowanceText } from '../../src/calculators/messages/allowance.js';
import { brandBudgetText } from '../../src/calculators/messages/brands.js';
import { fundsText } from '../../src/calculators/messages/funds.js';
import { indicatorsText } from '../../src/calculators/messages/indicators.js';
import { calculatorIssueMessages } from '../../src/calculators/messages/issues.js';
import { pointsText } from '../../src/calculators/messages/points.js';
import { welfareText } from '../../src/calculators/messages/welfare.js';
import { locales } from '../../src/index.js';

describe('calculator locales', () => {
  const tables = { allowanceText, brandBudgetText, fundsText, indicatorsText, calculatorIssueMessages, pointsText, welfareText };
  for (const [name, table] of Object.entries(tables)) {
    it(`${name} has the same keys in every locale`, () => {
      const keys = locales.map((l) => Object.keys(table[l]).sort());
      for (const k of keys) expect(k).toEqual(keys[0]);
      expect(keys[0]!.length).toBeGreaterThan(0);
    });
  }

  it('writes every issue message in both languages, differently', () => {
    for (const code of Object.keys(calculatorIssueMessages.en) as (keyof typeof calculatorIssueMessages.en)[]) {
      const input = { where: 'x', expected: 'e', received: 'r', params: { id: 'i' } };
      const zh = calculatorIssueMessages['zh-CN'][code](input);
      const en = calculatorIssueMessages.en[code](input);
      expect(zh.startsWith('x:'), code).toBe(true);
      expect(en.startsWith('x:'), code).toBe(true);
      expect(zh).not.toBe(en);
    }
  });
});
