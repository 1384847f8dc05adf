import { describe, expect, it } from 'vitest';
import { centerUpgradeSpending } from '../../src/calculators/index.js';
import { defineProfile, kunshan, NoValueInForceError } from '../../src/index.js';
import { deepFreeze } from '../helpers.js';

const asOf = '2013-06-30';
const up = (fundsFen?: number) => ({ year: 2010, works: 'rebuild-extend', ...(fundsFen !== undefined && { fundsFen }) });

describe('centerUpgradeSpending', () => {
  it('gives the report’s programme: 3.4亿元 over more than 200 centres, so below 170万元 a centre', () => {
    const spending = centerUpgradeSpending([], { asOf });
    // 3.4亿元 = 340,000,000 元 = 34,000,000,000 fen; ÷ 200 = 170,000,000 fen (170万元).
    expect(spending.programme).toEqual({ total: { fen: 34_000_000_000 }, centersOver: 200, averageBelow: { fen: 170_000_000 } });
    expect(spending.parameters.map((p) => p.id)).toEqual(['funding.centerUpgrade', 'funding.centerUpgradeCenters']);
    expect(spending.parameters[1]?.assumption?.en).toContain('more than 200');
    expect(spending.records).toEqual({ centers: 0, funded: 0, total: { fen: 0 }, averagePerCenter: null, measured: 0, area: 0, perSquareMetre: null });
    expect(spending.explanation.steps[0]?.text['zh-CN']).toBe('报告:拨付 3.4亿元,新建、改扩建 200 余个中心;平均每个中心低于 3.4亿元 ÷ 200 = 170万元');
  });

  it('computes per centre and per m² from the records, by hand', () => {
    const centers = deepFreeze([
      { id: 'a', upgrade: up(200_000_000), floorArea: { total: 1000 } }, // 200万元 over 1,000 m²
      { id: 'b', upgrade: up(100_000_000) }, // 100万元, no area
      { id: 'c', upgrade: up() }, // in the programme, funds not recorded
      { id: 'd', floorArea: { total: 500 } }, // not in the programme
      { id: 'e', upgrade: up(150_000_000), floorArea: { office: 100.5, activity: 399.5 } }, // 150万元 over 500 m²
    ]);
    const { records } = centerUpgradeSpending(centers, { asOf });
    // funded: a, b, e = 450万元 ÷ 3 = 150万元; per m²: (200万 + 150万) ÷ 1,500 m² = 2,333.333… 元 → 2,333.33 元.
    expect(records).toEqual({
      centers: 4,
      funded: 3,
      total: { fen: 450_000_000 },
      averagePerCenter: { fen: 150_000_000 },
      measured: 2,
      area: 1500,
      perSquareMetre: { fen: 233_333 },
    });
  });

  it('rounds each quotient once, half up, to the fen', () => {
    // 1 + 1 + 0 fen over 3 centres = 0.666… fen → 1 fen; the one with an area has 0 fen over 0.3 m²: 0.
    const { records } = centerUpgradeSpending(
      [{ upgrade: up(1) }, { upgrade: up(1) }, { upgrade: up(0), floorArea: { total: 0.3 } }],
      { asOf },
    );
    expect(records.averagePerCenter).toEqual({ fen: 1 });
    expect(records.perSquareMetre).toEqual({ fen: 0 });
    const half = centerUpgradeSpending([{ upgrade: up(5) }, { upgrade: up(0) }], { asOf });
    expect(half.records.averagePerCenter).toEqual({ fen: 3 }); // 2.5 fen → 3
    const perArea = centerUpgradeSpending([{ upgrade: up(100), floorArea: { total: 0.3 } }], { asOf });
    expect(perArea.records.perSquareMetre).toEqual({ fen: 333 });
  });

  it('leaves out what it cannot read, with issues; never throws on data', () => {
    const hostile = { get upgrade(): unknown { throw new Error('boom'); } };
    const spending = centerUpgradeSpending(
      [null, 7, hostile, { upgrade: up(-5) }, { upgrade: { ...up(), fundsFen: '10' } }, { upgrade: up(100), floorArea: { total: 0 } }, { upgrade: up(300) }],
      { asOf, locale: 'en' },
    );
    expect(spending.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_fen', ['centers', 3, 'upgrade', 'fundsFen']],
      ['invalid_fen', ['centers', 4, 'upgrade', 'fundsFen']],
      ['invalid_area', ['centers', 5, 'floorArea']],
    ]);
    expect(spending.records).toMatchObject({ centers: 4, funded: 2, total: { fen: 400 }, averagePerCenter: { fen: 200 }, measured: 0, perSquareMetre: null });
    expect(spending.explanation.steps.at(-1)?.text.en).toBe('left out: centers[5].floorArea: an area must be a positive number of square metres, received 0');
    expect(centerUpgradeSpending('nope' as never, { asOf }).issues.map((i) => i.code)).toEqual(['unreadable_input']);
  });

  it('reads the programme from the profile in force', () => {
    expect(() => centerUpgradeSpending([], { asOf: '2007-12-31' })).toThrow(NoValueInForceError);
    const note = { 'zh-CN': '测试', en: 'test' };
    const other = defineProfile({ extends: kunshan, id: 'other', name: note, parameters: { 'funding.centerUpgradeCenters': { values: [{ value: 250, assumption: note }] } } });
    expect(centerUpgradeSpending([], { asOf, profile: other }).programme.averageBelow).toEqual({ fen: 136_000_000 }); // 3.4亿 ÷ 250
  });
});
