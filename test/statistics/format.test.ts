import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../src/errors.js';
import { statisticMessages } from '../../src/statistics/messages.js';
import { formatReportFigure, formatStatistic } from '../../src/statistics/format.js';
import { kunshan2013ReportFigures } from '../../src/statistics/report-figures.js';
import { statisticIds, type Statistic } from '../../src/statistics/types.js';

const label = { 'zh-CN': 'x', en: 'x' };
const staff: Statistic = { id: 'staff.urban', label, unit: 'count', value: 1558 };
const items: Statistic = {
  id: 'hall.minItems', label, unit: 'share', value: 262 / 308, share: { numerator: 262, denominator: 308, ratio: 262 / 308 },
};
const space: Statistic = { id: 'area.urbanAverage', label, unit: 'square-metres', value: 1315.5, average: { total: 2631, count: 2, value: 1315.5 } };
const none: Statistic = { id: 'area.ruralAverage', label, unit: 'square-metres', value: null, average: { total: 0, count: 0, value: null } };

describe('formatStatistic', () => {
  it('writes counts, shares and areas in zh-CN (default) and en', () => {
    expect(formatStatistic(staff)).toBe('1,558');
    expect(formatStatistic(items)).toBe('85.1%(262/308)');
    expect(formatStatistic(items, { locale: 'en' })).toBe('85.1% (262/308)');
    expect(formatStatistic(space)).toBe('1,315.5平方米');
    expect(formatStatistic(space, { locale: 'en' })).toBe('1,315.5 m²');
    expect(formatStatistic(none)).toBe('无从计算');
    expect(formatStatistic(none, { locale: 'en' })).toBe('not computable');
    expect(formatStatistic({ ...space, value: 1274.123 }, { locale: 'en' })).toBe('1,274.12 m²');
    expect(formatStatistic({ ...staff, value: 8 })).toBe('8');
  });

  it('throws InvalidOptionError for an unknown locale', () => {
    expect(() => formatStatistic(staff, 'fr' as never)).toThrow(InvalidOptionError);
  });
});

describe('formatReportFigure', () => {
  it('writes the report’s figures as the report does', () => {
    expect(formatReportFigure(kunshan2013ReportFigures['hall.minItems']!, 'share')).toBe('85%');
    expect(formatReportFigure(kunshan2013ReportFigures['area.urbanAverage']!, 'square-metres')).toBe('超过1,315平方米');
    expect(formatReportFigure(kunshan2013ReportFigures['area.ruralAverage']!, 'square-metres', { locale: 'en' })).toBe('over 1,274 m²');
    expect(formatReportFigure(kunshan2013ReportFigures['socialOrganizations.filed']!, 'count', { locale: 'en' })).toBe('1,336');
  });
});

describe('statisticMessages', () => {
  it('has a non-empty label for every statistic in both locales, and different text per locale', () => {
    for (const id of statisticIds) {
      const zh = statisticMessages['zh-CN'].labels[id]({ min: 20 });
      const en = statisticMessages.en.labels[id]({ min: 20 });
      expect(zh.length, id).toBeGreaterThan(0);
      expect(en.length, id).toBeGreaterThan(0);
      expect(zh, id).not.toBe(en);
    }
    expect(Object.keys(statisticMessages['zh-CN'].labels).sort()).toEqual([...statisticIds].sort());
    expect(Object.keys(statisticMessages.en.labels).sort()).toEqual([...statisticIds].sort());
  });

  it('has the same keys in both locales', () => {
    expect(Object.keys(statisticMessages['zh-CN']).sort()).toEqual(Object.keys(statisticMessages.en).sort());
    expect(statisticMessages['zh-CN'].programmes.venture).toBe('公益创投');
  });
});

describe('kunshan2013ReportFigures', () => {
  it('cites the paragraph of each figure, with a quote that holds the figure', () => {
    for (const [id, figure] of Object.entries(kunshan2013ReportFigures)) {
      expect(figure?.citation.document, id).toBe('昆山市基本公共服务调研报告');
      expect(figure?.citation.quote, id).toContain(String(figure?.value));
    }
    expect(kunshan2013ReportFigures['hall.minItems']?.citation.paragraph).toBe(3);
    expect(kunshan2013ReportFigures['area.urbanAverage']?.citation.paragraph).toBe(8);
    expect(kunshan2013ReportFigures['staff.urban']?.citation.paragraph).toBe(7);
    expect(kunshan2013ReportFigures['centers.village']?.citation.paragraph).toBe(2);
    expect(kunshan2013ReportFigures['socialOrganizations.filed']?.citation.paragraph).toBe(4);
  });
});
