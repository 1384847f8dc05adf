import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { allowedPlaqueOf, normalizePlaqueName, plaqueKindsOf, plaqueMatcher } from '../../src/standards/signage/plaque-kinds.js';
import { referenceData } from '../helpers.js';
import { community, messages, rows } from './fixtures.js';

const ASOF = '2013-06-30';
const plaques = (communityId: string, names: string[]) => names.map((name, i) => ({ id: `${communityId}-p${i + 1}`, communityId, name }));
const run = (names: string[], locale: 'zh-CN' | 'en' = 'zh-CN') =>
  check(
    { communities: [community('lishe', { name: '里厍社区' })], plaques: plaques('lishe', names) },
    { asOf: ASOF, rules: ['signage.four-plaques'], locale }
  );

describe('signage.four-plaques', () => {
  it('is not applicable to the reference communities (no plaque records)', () => {
    const report = check(referenceData(), { asOf: ASOF, rules: ['signage.four-plaques'] });
    expect(report.findings.map((f) => [f.outcome, f.code])).toEqual(Array(4).fill(['not-applicable', 'not-reported']));
  });

  it('passes the four plaques and the 江苏社区 mark, one finding per plaque', () => {
    const report = run(['中共里厍社区党委', '里厍社区居民委员会', '里厍社区服务中心', '里厍社区综合治理办公室', '江苏社区']);
    expect(rows(report)).toEqual([
      ['lishe', '中共里厍社区党委', 'pass', 'allowed'],
      ['lishe', '里厍社区居民委员会', 'pass', 'allowed'],
      ['lishe', '里厍社区服务中心', 'pass', 'allowed'],
      ['lishe', '里厍社区综合治理办公室', 'pass', 'allowed'],
      ['lishe', '江苏社区', 'pass', 'mark'],
    ]);
    expect(messages(report)[1]).toBe('“里厍社区居民委员会”属于社区居委会牌子,允许悬挂');
  });

  it('does not require the mark', () => {
    const report = run(['里厍社区党总支', '里厍社区居委会', '里厍社区民生综合服务中心', '里厍社区综治办']);
    expect(report.findings.map((f) => f.outcome)).toEqual(['pass', 'pass', 'pass', 'pass']);
  });

  it('names extra plaques and missing ones', () => {
    const report = run(['里厍社区居民委员会', '里厍社区服务中心', '居家养老服务中心', '里厍社区卫生服务中心']);
    expect(rows(report)).toEqual([
      ['lishe', '里厍社区居民委员会', 'pass', 'allowed'],
      ['lishe', '里厍社区服务中心', 'pass', 'allowed'],
      ['lishe', '居家养老服务中心', 'fail', 'extra'],
      ['lishe', '里厍社区卫生服务中心', 'fail', 'extra'],
      ['lishe', '社区党组织', 'fail', 'missing'],
      ['lishe', '综合治理办公室', 'fail', 'missing'],
    ]);
    expect(messages(report).slice(2)).toEqual([
      '多挂牌子:居家养老服务中心',
      '多挂牌子:里厍社区卫生服务中心',
      '缺少社区党组织牌子',
      '缺少综合治理办公室牌子',
    ]);
  });

  it('matches names that differ only in spacing or full-width characters', () => {
    const report = run([
      '里厍社区\u3000居民委员会', // ideographic (full-width) space inside
      '里厍社区服务中心\u3000', // trailing full-width space
      '里 厍 社 区 综 治 办', // ASCII spaces
      '\uFF02江苏社区\uFF02', // full-width quotation marks ＂江苏社区＂
      '中共里厍社区党支部',
    ]);
    expect(report.findings.map((f) => [f.outcome, f.code])).toEqual([
      ['pass', 'allowed'],
      ['pass', 'allowed'],
      ['pass', 'allowed'],
      ['pass', 'mark'],
      ['pass', 'allowed'],
    ]);
  });

  it('counts a second plaque of the same kind as an extra (duplicate), also after normalising', () => {
    const report = run(['里厍社区居民委员会', '里厍社区\u3000居委会', '里厍社区服务中心', '中共里厍社区党委', '里厍社区综治办'], 'en');
    expect(rows(report)[1]).toEqual(['lishe', '里厍社区\u3000居委会', 'fail', 'duplicate']);
    expect(report.findings[1]?.message).toBe('a second 社区居委会 plaque: "里厍社区\u3000居委会" (besides "里厍社区居民委员会")');
    expect(report.summary.total).toEqual({ pass: 4, fail: 1, notApplicable: 0 });
  });

  it('counts only the community’s own plaques', () => {
    const report = check(
      {
        communities: [community('a'), community('b')],
        plaques: [...plaques('a', ['甲社区居委会']), ...plaques('b', ['乙社区居委会', '乙社区党委', '乙社区服务中心', '乙社区综治办'])],
      },
      { asOf: ASOF, rules: ['signage.four-plaques'] }
    );
    expect(report.summary.bySubject['community:a']).toEqual({ pass: 1, fail: 3, notApplicable: 0 });
    expect(report.summary.bySubject['community:b']).toEqual({ pass: 4, fail: 0, notApplicable: 0 });
  });
});

describe('plaque names, normalised', () => {
  it('leaves names of CJK unified ideographs only as they are, as NFKC does (every one of U+4E00–U+9FFF)', () => {
    // The fast path skips NFKC for such names: NFKC itself must leave each of these characters unchanged.
    let all = '';
    for (let c = 0x4e00; c <= 0x9fff; c++) {
      const ch = String.fromCodePoint(c);
      expect(ch.normalize('NFKC')).toBe(ch);
      all += ch;
    }
    expect(normalizePlaqueName(all)).toBe(all);
  });

  it('normalises the others: full-width letters and digits, spaces and quotation marks, compatibility ideographs', () => {
    expect(normalizePlaqueName('“里厍社区” 居委会')).toBe('里厍社区居委会');
    expect(normalizePlaqueName('第１网格ＡＢ')).toBe('第1网格AB');
    // U+F900 is a compatibility ideograph (豈): NFKC maps it to U+8C48.
    expect(normalizePlaqueName('\uF900')).toBe('\u8C48');
  });

  it('finds the kind with the longest normalised ending, as a plain NFKC comparison does', () => {
    const kinds = plaqueKindsOf('signage.allowedPlaques', [
      { id: 'committee', name: '社区居委会', suffixes: ['居委会', '居民委员会', '村委会', '村民委员会'] },
      { id: 'center', name: '社区服务中心', suffixes: ['服务中心'] },
      '江苏社区',
    ]);
    const kindOf = plaqueMatcher(kinds);
    // The reference: NFKC and the ignored characters on every comparison, no fast path, no endings kept.
    const plain = (s: string) => s.normalize('NFKC').replace(/[\s\u200B-\u200D\u2060\uFEFF"'“”‘’「」『』]/gu, '');
    const reference = (name: string) => {
      let best: { id: string; length: number } | undefined;
      for (const kind of kinds) {
        for (const suffix of kind.suffixes) {
          const ending = plain(suffix);
          if (plain(name).endsWith(ending) && (best === undefined || ending.length > best.length)) best = { id: kind.id, length: ending.length };
        }
      }
      return best?.id;
    };
    for (const name of ['里厍社区居民委员会', '里厍社区 居委会', '居家养老服务中心', '社区警务室', '江苏社区', 'ＡＢ村民委员会', '“江苏社区”', '']) {
      expect(kindOf(name)?.id, name).toBe(reference(name));
      expect(allowedPlaqueOf(name, kinds)?.id, name).toBe(reference(name));
    }
    expect(kindOf('里厍社区居民委员会')?.id).toBe('committee');
    expect(kindOf('社区警务室')).toBeUndefined();
  });
});
