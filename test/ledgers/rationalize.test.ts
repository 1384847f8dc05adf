import { describe, expect, it } from 'vitest';
import { ledgerCatalogueDefault, rationalizeLedgers } from '../../src/standards/ledger/index.js';
import { defineProfile, InvalidOptionError, kunshan, parameter, ProfileDefinitionError, type Profile } from '../../src/index.js';
import { deepFreeze } from '../helpers.js';

const asOf = '2013-06-30';
const ledger = (id: string, title: string, fields: string[], extra: Record<string, unknown> = {}) => ({ id, communityId: 'lishe', title, fields, ...extra });

describe('rationalizeLedgers', () => {
  it('keeps, simplifies, merges and abolishes, each with its reason (worked by hand)', () => {
    const ledgers = [
      // social-assistance fields: 姓名 身份证号 户号 家庭人口 救助类别 救助金额 起始日期
      ledger('dibao', '低保台账', ['姓名', '身份证号', '户号', '救助金额'], { category: 'social-assistance' }),
      // shares 姓名 身份证号 户号 with dibao; union 姓名 身份证号 户号 救助金额 救助类别 = 5 → 3/5 = 0.6 ≥ 0.6: merge
      ledger('jiuzhu', '救助对象台账', ['姓名', '身份证号', '户号', '救助类别'], { category: '社会救助台账' }),
      // same category, but {姓名, 起始日期} vs dibao: 1/5; vs jiuzhu: 1/5 → no merge; all fields in the catalogue → keep
      ledger('linshi', '临时救助台账', ['姓名', '起始日期'], { category: 'social-assistance' }),
      // no category named, but the title is a category title → population; 车辆 is beyond the catalogue → simplify
      ledger('renkou', '人口信息 台账', ['姓名', '居住地址', '车辆']),
      // names a category the catalogue lacks → abolish
      ledger('zaxiang', '杂项台账', ['内容'], { category: 'misc' }),
      // names none, and its title is no category → abolish
      ledger('xuanchuan', '宣传报道台账', ['标题']),
    ];
    const { advice, issues } = rationalizeLedgers(ledgers, { asOf });
    expect(issues).toEqual([]);
    expect(advice.map((a) => [a.ledgerId, a.action])).toEqual([
      ['dibao', 'merge'],
      ['jiuzhu', 'merge'],
      ['linshi', 'keep'],
      ['renkou', 'simplify'],
      ['zaxiang', 'abolish'],
      ['xuanchuan', 'abolish'],
    ]);
    expect(advice[0]?.mergeWith).toEqual([{ ledgerId: 'jiuzhu', title: '救助对象台账', shared: ['姓名', '身份证号', '户号'], union: 5, overlap: 0.6 }]);
    expect(advice[1]?.category).toEqual({ id: 'social-assistance', title: { 'zh-CN': '社会救助台账', en: 'Social-assistance ledger' }, matchedBy: 'category' });
    expect(advice[3]?.category?.matchedBy).toBe('title');
    expect(advice[3]?.extraFields).toEqual(['车辆']);
    expect(advice.map((a) => a.reason)).toEqual([
      '台账“低保台账”与“救助对象台账”(共有字段 3 个,合计 5 个,重合度 60%)同属社会救助台账,字段重合度不低于 60%,建议合并',
      '台账“救助对象台账”与“低保台账”(共有字段 3 个,合计 5 个,重合度 60%)同属社会救助台账,字段重合度不低于 60%,建议合并',
      '台账“临时救助台账”符合标准台账目录(类别:社会救助台账)',
      '台账“人口信息 台账”(类别:人口信息台账)有标准目录之外的字段:车辆,建议简化',
      '台账“杂项台账”所填类别“misc”不在标准台账目录中,建议撤销',
      '台账“宣传报道台账”未标明类别,名称也不属于标准台账目录中的任何类别,建议撤销',
    ]);
  });

  it('does not merge below the threshold, nor across communities', () => {
    const a = ledger('a', '低保台账', ['姓名', '身份证号', '户号', '救助金额'], { category: 'social-assistance' });
    // {姓名, 身份证号, 救助类别, 家庭人口} vs a: 2 shared of 6 → 0.33 < 0.6
    const b = ledger('b', '救助台账', ['姓名', '身份证号', '救助类别', '家庭人口'], { category: 'social-assistance' });
    // identical to a, but in another community
    const c = { ...a, id: 'c', communityId: 'datan' };
    const { advice } = rationalizeLedgers([a, b, c], { asOf, locale: 'en' });
    expect(advice.map((x) => x.action)).toEqual(['keep', 'keep', 'keep']);
    expect(advice[0]?.reason).toBe('ledger “低保台账” follows the standard catalogue (category: Social-assistance ledger)');
  });

  it('reads the threshold from the profile', () => {
    const note = { 'zh-CN': '示例', en: 'example' };
    const loose = defineProfile({ extends: kunshan, id: 'loose', name: note, parameters: { 'ledger.mergeThreshold': { values: [{ value: 0.3, assumption: note }] } } });
    const a = ledger('a', '低保台账', ['姓名', '身份证号', '户号', '救助金额'], { category: 'social-assistance' });
    const b = ledger('b', '救助台账', ['姓名', '身份证号', '救助类别', '家庭人口'], { category: 'social-assistance' });
    // 2/6 ≈ 0.333 ≥ 0.3 → merge
    expect(rationalizeLedgers([a, b], { asOf, profile: loose }).advice.map((x) => x.action)).toEqual(['merge', 'merge']);
    // Issue 18: a ratio above 1 and a category without a title are refused by defineProfile itself.
    const wrong = () => defineProfile({ extends: kunshan, id: 'wrong', name: note, parameters: { 'ledger.mergeThreshold': { values: [{ value: 1.5, assumption: note }] } } });
    expect(wrong).toThrow(ProfileDefinitionError);
    expect(wrong).toThrow('(value: too big — must be <= 1, received 1.5)');
    const noCatalogue = () => defineProfile({ extends: kunshan, id: 'nc', name: note, parameters: { 'ledger.catalogue': { values: [{ value: [{ id: 'x' }] as never, assumption: note }] } } });
    expect(noCatalogue).toThrow(ProfileDefinitionError);
    expect(noCatalogue).toThrow('value[0].title: required field is missing');
    // A profile object built by hand is not checked by defineProfile: the catalogue's reader still refuses it.
    const byHand: Profile = {
      id: 'nc',
      name: note,
      extends: kunshan,
      parameters: { 'ledger.catalogue': { id: 'ledger.catalogue', label: note, unit: 'list', values: [{ value: [{ id: 'x' }], assumption: note }] } },
    };
    expect(() => rationalizeLedgers([a], { asOf, profile: byHand })).toThrow(ProfileDefinitionError);
  });

  it('reports invalid ledgers as issues and advises on the rest, without mutating its input', () => {
    const input = deepFreeze([{ id: 'x', communityId: 'lishe', title: '低保台账' }, ledger('ok', '便民服务台账', ['服务日期']), 42]);
    const { advice, issues } = rationalizeLedgers(input, { asOf });
    expect(advice.map((a) => [a.ledgerId, a.action])).toEqual([['ok', 'keep']]);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['required', [0, 'fields']],
      ['invalid_type', [2]],
    ]);
    expect(() => rationalizeLedgers('x' as never, { asOf })).toThrow(InvalidOptionError);
  });

  it('ships a default catalogue that is the profile’s', () => {
    expect(parameter(kunshan, 'ledger.catalogue', asOf).value).toBe(ledgerCatalogueDefault);
    expect(parameter(kunshan, 'ledger.mergeThreshold', asOf).value).toBe(0.6);
    expect(ledgerCatalogueDefault.map((c) => c.id)).toEqual([
      'party-building', 'self-governance', 'population', 'social-assistance', 'elderly-disability',
      'employment-security', 'health-family-planning', 'safety-mediation', 'service-log',
    ]);
  });
});
