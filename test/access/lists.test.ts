import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assistListDefault,
  decideAccess,
  dutiesListDefault,
  matchAccessLists,
  normalizeTitle,
  sameTitle,
} from '../../src/standards/access/index.js';
import { defineProfile, kunshan, parameter, ProfileDefinitionError } from '../../src/index.js';
import { serviceCategories } from '../../src/models/index.js';

const asOf = '2013-06-30';
const note = { 'zh-CN': '示例', en: 'example' };

describe('the default lists', () => {
  it('holds the six tasks of Article 3 of the Organic Law of Urban Residents’ Committees, item by item', () => {
    expect(dutiesListDefault.map((e) => [e.id, e.source.document, e.source.section, e.source.paragraph])).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => [`duty-${n}`, '中华人民共和国城市居民委员会组织法', '第三条', n]),
    );
    expect(dutiesListDefault.map((e) => e.source.quote)).toEqual([
      '宣传宪法、法律、法规和国家的政策,维护居民的合法权益,教育居民履行依法应尽的义务,爱护公共财产,开展多种形式的社会主义精神文明建设活动',
      '办理本居住地区居民的公共事务和公益事业',
      '调解民间纠纷',
      '协助维护社会治安',
      '协助人民政府或者它的派出机关做好与居民利益有关的公共卫生、计划生育、优抚救济、青少年教育等项工作',
      '向人民政府或者它的派出机关反映居民的意见、要求和提出建议',
    ]);
  });

  it('holds the ten public-service categories of paragraph 6, quoted verbatim', () => {
    expect(assistListDefault.map((e) => e.title['zh-CN'])).toEqual([
      '劳动就业', '社会保险', '慈善救助', '社区养老', '医疗卫生', '计划生育', '文体教育', '社区安全', '法制宣传', '外来人口服务',
    ]);
    expect(assistListDefault.map((e) => e.id)).toEqual(serviceCategories.slice(0, 10).map((c) => `assist-${c}`));
    const paragraphs = readFileSync(new URL('../fixtures/report/kunshan-community-services.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.length > 200);
    for (const entry of assistListDefault) {
      expect(entry.source.paragraph).toBe(6);
      expect(paragraphs[5]).toContain(entry.source.quote);
      expect(entry.source.quote).toContain(entry.title['zh-CN']);
      expect(entry.department).toBeUndefined();
    }
  });

  it('is what the kunshan profile holds, marked as an assumption that a city replaces', () => {
    for (const id of ['access.dutiesList', 'access.assistList', 'ledger.catalogue']) {
      const p = parameter(kunshan, id, asOf);
      expect(p.unit).toBe('list');
      expect(p.assumption?.['zh-CN']).toContain('替换');
      expect(p.assumption?.en).toContain('replaces');
    }
    expect(parameter(kunshan, 'access.dutiesList', asOf).value).toBe(dutiesListDefault);
    expect(parameter(kunshan, 'access.assistList', asOf).value).toBe(assistListDefault);
  });
});

describe('title normalisation', () => {
  it('folds full-width to half-width, drops spaces, lower-cases Latin letters', () => {
    expect(normalizeTitle('  调解\u3000民间 纠纷 ')).toBe('调解民间纠纷');
    expect(normalizeTitle('Ｓｏｃｉａｌ　Ｉｎｓｕｒａｎｃｅ（２０１３）')).toBe('socialinsurance(2013)');
    expect(normalizeTitle('\u200B\uFEFF')).toBe('');
    expect(sameTitle('', '')).toBe(false);
    expect(sameTitle('社区居委会', '社区居民委员会')).toBe(false);
  });

  const fullWidth = (s: string) => [...s].map((c) => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('');

  it('matches any title typed in full-width letters with spaces anywhere (property)', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 2, maxLength: 12 });
    fc.assert(
      fc.property(word, fc.array(fc.nat({ max: 12 }), { maxLength: 4 }), fc.constantFrom(' ', '\u3000', '\t'), (title, cuts, space) => {
        const lists = { duties: [{ id: 'd', title: { 'zh-CN': '某项职责', en: title }, source: { document: 'x' } }], assist: [] };
        let typed = fullWidth(title.toUpperCase());
        for (const cut of cuts) typed = `${typed.slice(0, cut)}${space}${typed.slice(cut)}`;
        const found = matchAccessLists({ title: typed }, lists, { locale: 'en' });
        expect(found.match?.entry.id).toBe('d');
        expect(found.match?.matchedBy).toBe('title');
      }),
    );
  });

  it('is idempotent (property)', () => {
    fc.assert(fc.property(fc.string(), (s) => normalizeTitle(normalizeTitle(s)) === normalizeTitle(s)));
  });
});

describe('a city’s own lists and approvers, through defineProfile', () => {
  const city = defineProfile({
    extends: kunshan,
    id: 'city',
    name: { 'zh-CN': '某市', en: 'A city' },
    parameters: {
      'access.assistList': {
        values: [
          {
            value: [{ id: 'ZJ-07', title: { 'zh-CN': '征兵登记', en: 'Conscription registration' }, department: '市人武部', source: { document: '某市协助政府工作事项表' } }],
            assumption: note,
          },
        ],
      },
      'access.requiredApprovers': { values: [{ value: ['市民政局'], assumption: note }] },
    },
  });

  it('matches the city’s entries and drops the defaults it replaced', () => {
    const d = decideAccess({ department: '市人武部', kind: 'task', title: '征兵登记', approvals: [] }, { asOf, profile: city });
    expect(d.decision).toBe('admitted');
    expect(d.basis).toMatchObject({ kind: 'list', list: 'assist', entry: { id: 'ZJ-07', department: '市人武部' } });
    // 劳动就业 is on Kunshan's default assist list, not on this city's.
    expect(decideAccess({ department: '市人社局', kind: 'task', title: '劳动就业', approvals: [] }, { asOf, profile: city }).decision).toBe('refused');
  });

  it('admits with the approvals the city requires', () => {
    const d = decideAccess({ department: '市某局', kind: 'training', title: '业务培训', approvals: [{ body: '市民政局' }] }, { asOf, profile: city });
    expect(d.decision).toBe('admitted');
    expect(d.reason).toBe('培训“业务培训”已经市民政局联合审批,予以准入');
  });

  it('throws for malformed lists or approvers, which are the programmer’s to fix', () => {
    const bad = (parameters: Parameters<typeof defineProfile>[0]['parameters']) =>
      defineProfile({ extends: kunshan, id: 'bad', name: note, ...(parameters !== undefined && { parameters }) });
    const request = { department: '市某局', kind: 'task', title: 'x', approvals: [] };
    // Issue 18: an entry without a title or source, and two entries with one id, are refused by defineProfile itself.
    expect(() => bad({ 'access.dutiesList': { values: [{ value: [{ id: 'a' }], assumption: note }] } })).toThrow('value[0].title: required field is missing');
    expect(() =>
      bad({ 'access.dutiesList': { values: [{ value: [{ id: 'a', title: note, source: { document: 'd' } }, { id: 'a', title: note, source: { document: 'd' } }], assumption: note }] } }),
    ).toThrow('value[1].id: duplicate id');
    // Approvers that are not review bodies, or none: a matter of two parameters together, refused when deciding.
    const cases = [
      bad({ 'access.requiredApprovers': { values: [{ value: ['市卫生局'], assumption: note }] } }),
      bad({ 'access.requiredApprovers': { values: [{ value: [], assumption: note }] } }),
    ];
    for (const profile of cases) expect(() => decideAccess(request, { asOf, profile })).toThrow(ProfileDefinitionError);
    // an alias that is not a string is of the wrong type for the parameter: defineProfile refuses it at once
    expect(() => bad({ 'access.bodyAliases': { values: [{ value: { 市法制办: 1 }, assumption: note }] } })).toThrow(ProfileDefinitionError);
  });
});
