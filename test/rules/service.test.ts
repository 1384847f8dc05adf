import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { referenceData } from '../helpers.js';
import { center, community, item, rows } from './fixtures.js';

const ASOF = '2013-06-30';
const SIX = ['employment', 'social-insurance', 'charity-relief', 'elderly-care', 'health', 'culture-education'];
const sixItems = () => SIX.map((c) => item(`std-${c}`, c));

function run(list: Record<string, unknown>[], locale: 'zh-CN' | 'en' = 'zh-CN', extra: Record<string, unknown> = {}) {
  return check(
    {
      communities: [community('a')],
      serviceCenters: [center('x', ['a'], { serviceItemIds: list.map((i) => i['id'] as string), ...extra })],
      serviceItems: list,
    },
    { asOf: ASOF, rules: ['service.6x'], locale }
  );
}

describe('service.6x', () => {
  it('on the four reference communities: only 泾河村 lists items, a partial list (“……等”), so nothing is failed', () => {
    const report = check(referenceData(), { asOf: ASOF, rules: ['service.6x'] });
    expect(rows(report)).toEqual([
      ['qiandeng-yanwu', undefined, 'not-applicable', 'not-reported'],
      ['qiandeng-datan', undefined, 'not-applicable', 'not-reported'],
      ['yushan-jinghe', undefined, 'not-applicable', 'partial-list'],
      ['yushan-lishe', undefined, 'not-applicable', 'not-reported'],
    ]);
    // 水电服务 (convenience), 城管服务 (other), 计划生育服务 (family-planning): family planning is not among the six,
    // but the report's list ends in 等, so what it does not show says nothing.
    expect(report.findings[2]?.message).toBe(
      '服务项目清单不完整,已列出的项目中未见:劳动就业、社会保险、慈善救助、社区养老、医疗卫生、文体教育(特色服务 0 项),无法判断'
    );
    expect(report.findings[2]?.parameters).toEqual(['service.standardServices', 'service.minFeatured']);
  });

  it('passes a partial list that already shows the six and the X, and never fails one that does not', () => {
    const partial = { serviceItemsPartial: true };
    const full = [...sixItems(), item('brand', 'other', { featured: true })];
    expect(rows(run(full, 'zh-CN', partial))).toEqual([['a', undefined, 'pass', 'complete']]);
    // Five of the six listed, and the X: a complete list fails, a partial one is not applicable.
    const five = full.filter((i) => i['id'] !== 'std-health');
    expect(rows(run(five))).toEqual([['a', undefined, 'fail', 'missing-standard']]);
    const report = run(five, 'en', partial);
    expect(rows(report)).toEqual([['a', undefined, 'not-applicable', 'partial-list']]);
    expect(report.findings[0]?.message).toBe(
      'the service item list is partial; the items listed do not show health care (1 featured), so it cannot be told',
    );
    // serviceItemsPartial: false is a complete list.
    expect(rows(run(five, 'zh-CN', { serviceItemsPartial: false }))).toEqual([['a', undefined, 'fail', 'missing-standard']]);
  });

  it('passes with the six standard services and one featured service', () => {
    const report = run([...sixItems(), item('leling', 'elderly-care', { name: '“乐龄之家”托老所', featured: true })]);
    expect(rows(report)).toEqual([['a', undefined, 'pass', 'complete']]);
    expect(report.findings[0]?.message).toBe('六项标准服务齐全,特色服务 1 项(不少于 1 项)');
    expect(report.findings[0]?.actual).toEqual({ standard: SIX, featured: 1 });
  });

  it('matches a standard service by the item’s standardService id as well as by its category', () => {
    const list = sixItems().slice(1);
    list.push(item('jobs-desk', 'other', { standardService: 'employment' }), item('brand', 'other', { featured: true }));
    expect(rows(run(list))).toEqual([['a', undefined, 'pass', 'complete']]);
  });

  it('does not let a featured item fill one of the six', () => {
    const list = sixItems().filter((i) => i['category'] !== 'elderly-care');
    list.push(item('leling', 'elderly-care', { featured: true }));
    const report = run(list);
    expect(rows(report)).toEqual([['a', undefined, 'fail', 'missing-standard']]);
    expect(report.findings[0]?.message).toBe('缺少标准服务:社区养老(特色服务 1 项)');
  });

  it('fails the six without a featured service, in English too', () => {
    const report = run(sixItems(), 'en');
    expect(rows(report)).toEqual([['a', undefined, 'fail', 'too-few-featured']]);
    expect(report.findings[0]?.message).toBe('all six standard services, but 0 featured, fewer than 1');
  });

  it('counts the union of two centres', () => {
    const list = [...sixItems(), item('brand', 'other', { featured: true })];
    const first = list.slice(0, 4).map((i) => i['id'] as string);
    const second = list.slice(3).map((i) => i['id'] as string);
    const report = check(
      {
        communities: [community('a')],
        serviceCenters: [center('x', ['a'], { serviceItemIds: first }), center('y', ['a'], { serviceItemIds: second })],
        serviceItems: list,
      },
      { asOf: ASOF, rules: ['service.6x'] }
    );
    expect(rows(report)).toEqual([['a', undefined, 'pass', 'complete']]);
  });
});
