import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../src/errors.js';
import { HSDS_NAMESPACE, hsdsId } from '../../src/interop/hsds-id.js';
import { TAXONOMY_CODE, attributeTaxonomy } from '../../src/interop/taxonomy.js';
import { enumerationGroups, factGroups } from '../../src/interop/taxonomy-codes.js';
import { interopMessages } from '../../src/interop/messages.js';

describe('attributeTaxonomy', () => {
  const zh = attributeTaxonomy(HSDS_NAMESPACE, { locale: 'zh-CN' });
  const en = attributeTaxonomy(HSDS_NAMESPACE, { locale: 'en' });

  it('has 137 terms: 21 groups, 87 members of the 15 enumerations, 29 facts', () => {
    // Members by hand: 2 kinds + 5 models + 5 bodies + 6 office services + 2 centre kinds + 6 stations + 3 modes
    // + 16 facility kinds + 14 categories + 6 target groups + 4 organisation types + 4 roles + 3 levels
    // + 8 request kinds + 3 decisions. Facts: 9 + 10 + 4 + 2 + 1 + 3.
    expect(Object.keys(enumerationGroups)).toHaveLength(15);
    expect(Object.keys(factGroups)).toHaveLength(6);
    expect(zh.terms.filter((t) => t.parent_id === undefined)).toHaveLength(21);
    expect(zh.terms).toHaveLength(137);
  });

  it('gives every term a unique code and id, and each member or fact its group as parent', () => {
    expect(new Set(zh.terms.map((t) => t.code)).size).toBe(zh.terms.length);
    expect(new Set(zh.terms.map((t) => t.id)).size).toBe(zh.terms.length);
    for (const term of zh.terms) {
      const dot = term.code.indexOf('.');
      if (dot === -1) expect(term.parent_id).toBeUndefined();
      else expect(term.parent_id).toBe(zh.term(term.code.slice(0, dot) as never).id);
      expect(term.taxonomy_id).toBe(zh.taxonomy.id);
      expect(term.taxonomy).toBe(TAXONOMY_CODE);
      expect(term.name).not.toBe('');
      expect(term.description).not.toBe('');
    }
  });

  it('derives ids from codes only: the same in every locale', () => {
    expect(en.terms.map((t) => t.id)).toEqual(zh.terms.map((t) => t.id));
    expect(zh.taxonomy.id).toBe(hsdsId(HSDS_NAMESPACE, 'taxonomy', 'community-standards'));
    expect(zh.term('station.health').id).toBe(hsdsId(HSDS_NAMESPACE, 'taxonomyTerm', 'community-standards', 'station.health'));
  });

  it('names terms by the models’ labels and the locale’s text', () => {
    expect(zh.term('station.health')).toMatchObject({ name: '卫生服务站', description: '“5+1”站点:卫生服务站', language: 'zh' });
    expect(en.term('station.health')).toMatchObject({ name: 'health service station', language: 'en' });
    expect(en.term('community-profile.households-resident').name).toBe('Resident households');
    expect(zh.term('access-decision.refused').name).toBe('不予准入');
    expect(zh.taxonomy).toMatchObject({ name: '社区公共服务标准属性分类', version: '1' });
  });

  it('throws InvalidOptionError for a code it does not have', () => {
    expect(() => zh.term('station.police' as never)).toThrow(InvalidOptionError);
  });
});

describe('interopMessages', () => {
  const keysOf = (value: object): string[] =>
    Object.entries(value).flatMap(([key, v]) => (typeof v === 'object' && v !== null ? keysOf(v).map((k) => `${key}.${k}`) : [key])).sort();

  it('has the same keys, deeply, in every locale', () => {
    expect(keysOf(interopMessages.en)).toEqual(keysOf(interopMessages['zh-CN']));
  });

  it('writes zh-CN in Chinese and en in English', () => {
    const circle = { center: '里厍社区服务中心', minutes: 15, walkingSpeed: 60, detourFactor: 1.25, radiusMetres: 720 };
    expect(interopMessages['zh-CN'].serviceCircleDescription(circle)).toBe(
      '以服务中心为圆心、半径 720 米的圆:步行 15 分钟 × 60 米/分钟 ÷ 绕行系数 1.25。',
    );
    expect(interopMessages.en.serviceCircleDescription(circle)).toBe(
      'A circle of radius 720 m around the centre: 15 minutes’ walk × 60 m/min ÷ detour factor 1.25.',
    );
    expect(interopMessages['zh-CN'].closedOn({ date: '2013-10-01' })).toBe('2013-10-01 不开放。');
    expect(interopMessages.en.communityDescription({ kind: 'rural community', model: 'purely rural community', town: undefined })).toBe(
      'Rural community (purely rural community).',
    );
  });
});
