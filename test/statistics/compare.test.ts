import { describe, expect, it } from 'vitest';
import { kunshanReport } from '../../src/citation.js';
import { readAsReport } from '../../src/statistics/compare.js';
import type { ReportFigure, Statistic } from '../../src/statistics/types.js';

const citation = kunshanReport(3);
const label = { 'zh-CN': 'x', en: 'x' };
const count = (value: number | null): Statistic => ({ id: 'partnerUnits', label, unit: 'count', value });
const ofShare = (numerator: number, denominator: number): Statistic => ({
  id: 'hall.minItems', label, unit: 'share', value: denominator === 0 ? null : numerator / denominator,
  share: { numerator, denominator, ratio: denominator === 0 ? null : numerator / denominator },
});
const area = (value: number | null): Statistic => ({ id: 'area.urbanAverage', label, unit: 'square-metres', value });
const figure = (value: number, reading: ReportFigure['reading']): ReportFigure => ({ value, reading, citation });

describe('readAsReport', () => {
  it('exact: a count must be equal', () => {
    expect(readAsReport(count(275), figure(275, 'exact'))).toEqual({ reading: 275, matches: true });
    expect(readAsReport(count(274), figure(275, 'exact'))).toEqual({ reading: 274, matches: false });
    expect(readAsReport(count(null), figure(275, 'exact'))).toEqual({ reading: null, matches: false });
  });

  it('whole-percent: the share rounded half up to a whole percent must be equal', () => {
    expect(readAsReport(ofShare(262, 308), figure(85, 'whole-percent'))).toEqual({ reading: 85, matches: true }); // 85.06%
    expect(readAsReport(ofShare(261, 308), figure(85, 'whole-percent'))).toEqual({ reading: 85, matches: true }); // 84.74%
    expect(readAsReport(ofShare(260, 308), figure(85, 'whole-percent'))).toEqual({ reading: 84, matches: false }); // 84.42%
    expect(readAsReport(ofShare(264, 308), figure(85, 'whole-percent'))).toEqual({ reading: 86, matches: false }); // 85.71%
    expect(readAsReport(ofShare(0, 0), figure(85, 'whole-percent'))).toEqual({ reading: null, matches: false });
    expect(readAsReport(count(85), figure(85, 'whole-percent'))).toEqual({ reading: null, matches: false }); // no share
  });

  it('over: the value must be strictly greater', () => {
    expect(readAsReport(area(1315.5), figure(1315, 'over'))).toEqual({ reading: 1315.5, matches: true });
    expect(readAsReport(area(1315), figure(1315, 'over'))).toEqual({ reading: 1315, matches: false });
    expect(readAsReport(area(null), figure(1315, 'over'))).toEqual({ reading: null, matches: false });
  });
});
