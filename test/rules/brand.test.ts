import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, defineProfile, kunshan, parameter, type Profile } from '../../src/index.js';
import { brandKey } from '../../src/standards/brand/catalogue.js';
import { item } from './fixtures.js';

const ASOF = '2013-06-30';
const run = (brands: (string | undefined)[], options: Parameters<typeof check>[1] = {}) =>
  check(
    { serviceItems: brands.map((brand, i) => item(`i${i}`, 'other', brand === undefined ? {} : { brand })) },
    { asOf: ASOF, rules: ['brand.in-catalogue'], ...options },
  );

describe('the brand catalogue of the kunshan profile (paragraph 3)', () => {
  it('holds the nine brands the report names, in its three families, each quoted verbatim from paragraph 3', () => {
    const catalogue = parameter(kunshan, 'brand.catalogue', ASOF).value;
    // Written out by hand from the report.
    expect(catalogue.map((b) => [b.name, b.family])).toEqual([
      ['夕阳护春蕾', 'featured-service'],
      ['乐龄之家', 'featured-service'],
      ['未成年人社会观护站', 'featured-service'],
      ['邻里互助会馆', 'mutual-aid'],
      ['12345,楼道需要我', 'mutual-aid'],
      ['六金工作室', 'mutual-aid'],
      ['百帮服务社', 'new-work'],
      ['昆山社工团队成长计划', 'new-work'],
      ['爱传万家', 'new-work'],
    ]);
    const families = parameter(kunshan, 'brand.families', ASOF).value;
    expect(families.map((f) => f.title['zh-CN'])).toEqual(['特色社区服务系列品牌', '居民互助系列品牌', '新型工作品牌']);
    const text = readFileSync(new URL('../fixtures/report/kunshan-community-services.txt', import.meta.url), 'utf8');
    const paragraph3 = text.split('\n').filter((l) => l.length > 200)[2]!;
    for (const entry of [...catalogue, ...families]) {
      expect(entry.source?.paragraph).toBe(3);
      expect(paragraph3).toContain(entry.source?.quote);
    }
    expect(families.map((f) => catalogue.filter((b) => b.family === f.id).length)).toEqual([3, 3, 3]);
    for (const brand of catalogue) expect(paragraph3).toContain(brand.name);
  });

  it('keeps the 500万元 a year since 2005 brand budget as funding.featuredBrands (paragraph 7)', () => {
    const budget = parameter(kunshan, 'funding.featuredBrands', '2010-06-30');
    expect(budget.value).toBe(5_000_000 * 100); // fen
    expect(budget.citation?.paragraph).toBe(7);
    expect(() => parameter(kunshan, 'funding.featuredBrands', '2004-12-31')).toThrow();
  });

  it('marks the catalogue as open: the report’s lists end in 等', () => {
    const status = parameter(kunshan, 'brand.catalogueStatus', ASOF);
    expect(status.value).toBe('open');
    expect(status.assumption?.['zh-CN']).toContain('等');
  });
});

describe('brandKey', () => {
  it('compares names without quotation marks, punctuation, spaces or full-width forms', () => {
    expect(brandKey('“12345,楼道需要我”')).toBe('12345楼道需要我');
    expect(brandKey('12345,楼道需要我')).toBe('12345楼道需要我');
    expect(brandKey('１２３４５ 楼道需要我')).toBe('12345楼道需要我');
    expect(brandKey('爱传万家——社区工作者培训')).toBe('爱传万家社区工作者培训');
    expect(brandKey(42)).toBe('');
  });
});

describe('brand.in-catalogue', () => {
  it('passes a catalogued brand however it is written, naming its family', () => {
    const report = run(['“乐龄之家”托老所', '12345楼道需要我', ' 爱传万家——社区工作者培训 ', '六金工作室']);
    expect(report.findings.map((f) => [f.outcome, f.actual])).toEqual([
      ['pass', 'leling-zhijia'],
      ['pass', 'louda-12345'],
      ['pass', 'aichuan-wanjia'],
      ['pass', 'liujin-studio'],
    ]);
    expect(report.findings[0]?.message).toBe('品牌“乐龄之家”在品牌目录中(特色社区服务系列品牌)');
    expect(report.findings[1]?.message).toBe('品牌“12345,楼道需要我”在品牌目录中(居民互助系列品牌)');
    const en = run(['百帮服务社'], { locale: 'en' });
    expect(en.findings[0]?.message).toBe('the brand "百帮服务社" is in the brand catalogue (new ways of working)');
    // The catalogue is the report's: the finding rests on it, not on a reading.
    expect(report.findings[0]?.restsOnAssumption).toBe(false);
  });

  it('tells of a brand outside the catalogue, only as information while the catalogue is open', () => {
    const report = run(['爱心超市', '乐龄之屋']);
    expect(report.findings.map((f) => [f.outcome, f.code, f.severity])).toEqual([
      ['fail', 'not-catalogued', 'info'],
      ['fail', 'not-catalogued', 'info'],
    ]);
    expect(report.findings[0]?.message).toBe('品牌“爱心超市”不在品牌目录中(报告所列品牌以“等”结尾,目录未列全:可能是报告未提及的品牌,也可能是名称有误)');
    expect(report.findings[0]?.restsOnAssumption).toBe(true);
  });

  it('does not apply to an item without a brand', () => {
    const report = run([undefined]);
    expect(report.findings.map((f) => [f.outcome, f.code, f.message])).toEqual([['not-applicable', 'no-brand', '服务项目未标注品牌,不适用']]);
  });

  it('validates against a city’s own catalogue, and warns when the city says it is complete', () => {
    const note = { 'zh-CN': '本市品牌目录', en: 'our brand catalogue' };
    const city = defineProfile({
      extends: kunshan,
      id: 'city-brands',
      name: note,
      parameters: {
        'brand.catalogue': { values: [{ value: [{ id: 'aixin', name: '爱心超市', family: 'mutual-aid' }], assumption: note }] },
        'brand.catalogueStatus': { values: [{ value: 'closed', assumption: note }] },
      },
    });
    const report = run(['爱心超市', '乐龄之家'], { profile: city });
    expect(report.findings.map((f) => [f.outcome, f.code, f.severity])).toEqual([
      ['pass', 'catalogued', 'info'],
      ['fail', 'not-catalogued-closed', 'warning'],
    ]);
    expect(report.findings[1]?.message).toBe('品牌“乐龄之家”不在品牌目录中');
    expect(() =>
      defineProfile({ extends: kunshan, id: 'bad', name: note, parameters: { 'brand.catalogue': { values: [{ value: [{ id: 'x', name: ' ', family: 'f' }], assumption: note }] } } }),
    ).toThrow(/brand\.catalogue/);
  });

  it('does not throw on a hand-built profile whose catalogue is not a list, nor on a malformed item', () => {
    const note = { 'zh-CN': '错误', en: 'wrong' };
    const byHand: Profile = {
      id: 'by-hand',
      name: note,
      extends: kunshan,
      parameters: { 'brand.catalogue': { id: 'brand.catalogue', label: note, unit: 'list', values: [{ value: { 乐龄之家: true }, assumption: note }] } },
    };
    expect(run(['乐龄之家'], { profile: byHand }).findings[0]?.code).toBe('not-catalogued');
    const bad = check({ serviceItems: [item('x', 'other', { brand: 42 })] }, { asOf: ASOF, rules: ['brand.in-catalogue'] });
    expect(bad.issues.map((i) => i.path.join('.'))).toEqual(['serviceItems.0.brand']);
  });
});
