import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateWelfareBudget, shortfallPolicies, type WelfareAllocation } from '../../src/calculators/index.js';
import { explain, InvalidOptionError, NoValueInForceError } from '../../src/index.js';
import { yuan } from '../../src/money/index.js';
import { deepFreeze } from '../helpers.js';

const WAN = 1_000_000; // fen in 1万元
type Programme = 'venture' | 'bidding-pilot';
const project = (id: string, score: number | undefined, wan: number, programme: Programme = 'bidding-pilot', year = 2013) => ({
  id,
  title: `项目${id}`,
  programme,
  year,
  requestedFen: wan * WAN,
  ...(score !== undefined && { score }),
});
const pilot = { programme: 'bidding-pilot', asOf: '2013-06-30' } as const;
const granted = (r: WelfareAllocation) => Object.fromEntries(r.decisions.map((d) => [d.projectId, d.granted.fen / WAN]));

describe('allocateWelfareBudget — the 2013 bidding pilot (300万元)', () => {
  // a asks 200万, b 150万, c 100万; ranked a, b, c by score.
  const projects = [project('a', 90, 200), project('b', 80, 150), project('c', 70, 100)];

  it("defaults to 'skip': a gets 200万, b (150万) no longer fits in the 100万 left and is skipped, c gets 100万", () => {
    const result = allocateWelfareBudget(projects, pilot);
    expect(result.budget).toEqual(yuan(3_000_000));
    expect(result.whenShort).toBe('skip');
    expect(granted(result)).toEqual({ a: 200, b: 0, c: 100 });
    expect(result.funded.map((d) => d.projectId)).toEqual(['a', 'c']);
    expect(result.unfunded.map((d) => [d.projectId, d.reason])).toEqual([['b', 'does-not-fit']]);
    expect(result.remainder).toEqual({ fen: 0 });
    expect(result.totalGranted).toEqual(yuan(3_000_000));
    expect(result.parameters.map((p) => p.id)).toEqual(['funding.biddingPilot']);
  });

  it("'partial': b gets the 100万 left, c nothing", () => {
    const result = allocateWelfareBudget(projects, { ...pilot, whenShort: 'partial' });
    expect(granted(result)).toEqual({ a: 200, b: 100, c: 0 });
    expect(result.decisions.map((d) => [d.projectId, d.outcome, d.reason])).toEqual([
      ['a', 'funded', 'funded-in-full'],
      ['b', 'partial', 'remainder'],
      ['c', 'unfunded', 'budget-exhausted'],
    ]);
  });

  it("'stop': strict rank order, 100万 left unspent", () => {
    const result = allocateWelfareBudget(projects, { ...pilot, whenShort: 'stop' });
    expect(granted(result)).toEqual({ a: 200, b: 0, c: 0 });
    expect(result.decisions.map((d) => d.reason)).toEqual(['funded-in-full', 'does-not-fit', 'stopped']);
    expect(result.remainder).toEqual(yuan(1_000_000));
  });

  it('writes a note per project and the totals, in Chinese and English', () => {
    const result = allocateWelfareBudget(projects, pilot);
    const zh = explain(result);
    expect(zh.split('\n')[0]).toBe('社区公益服务项目招投标试点资金分配:2013 年度,预算 300万元');
    expect(zh).toContain('参数 funding.biddingPilot = 3,000,000 元');
    expect(zh).toContain('- 第 2 名:项目b(b),得分 80\n  - 申请 150万元;分配前余额 100万元\n  - 余额 100万元 不足以全额资助,不予资助,继续看下一项目');
    expect(zh).toContain('- 合计:资助 2 个项目共 300万元,结余 0元;300万元 + 0元 = 300万元');
    const en = explain(result, { locale: 'en' });
    expect(en).toContain('- No. 1: 项目a (a), score 90\n  - Requests CNY 2 million; CNY 3 million left before it\n  - Funded in full: CNY 2 million; CNY 1 million left');
    expect(en).toContain('- Total: CNY 3 million to 2 projects, CNY 0 left; CNY 3 million + CNY 0 = CNY 3 million');
    expect(explain(result.decisions[2]!)).toBe('第 3 名:项目c(c),得分 70\n- 申请 100万元;分配前余额 100万元\n- 全额资助 100万元;余额 0元');
  });
});

describe('allocateWelfareBudget — the public-welfare venture (500万元 a year from 2012)', () => {
  it('36 projects of 14万 each: 35 are funded (490万), the 36th does not fit, 10万 is left', () => {
    const projects = Array.from({ length: 36 }, (_, i) => project(`v${String(i).padStart(2, '0')}`, 100 - i, 14, 'venture'));
    const result = allocateWelfareBudget(projects, { programme: 'venture', asOf: '2013-06-30' });
    expect(result.budget).toEqual(yuan(5_000_000));
    expect(result.funded).toHaveLength(35);
    expect(result.unfunded.map((d) => d.projectId)).toEqual(['v35']);
    expect(result.remainder).toEqual(yuan(100_000));
    const partial = allocateWelfareBudget(projects, { programme: 'venture', asOf: '2013-06-30', whenShort: 'partial' });
    expect(partial.decisions[35]?.granted).toEqual(yuan(100_000));
    expect(partial.remainder).toEqual({ fen: 0 });
  });

  it('has no budget before 2012, and the pilot none after 2013, unless one is given', () => {
    expect(() => allocateWelfareBudget([], { programme: 'venture', asOf: '2011-06-30' })).toThrow(NoValueInForceError);
    expect(() => allocateWelfareBudget([], { programme: 'bidding-pilot', asOf: '2014-06-30' })).toThrow(NoValueInForceError);
    const given = allocateWelfareBudget([project('x', 1, 1, 'bidding-pilot', 2014)], { programme: 'bidding-pilot', asOf: '2014-06-30', budget: yuan(20_000) });
    expect(given.funded.map((d) => d.projectId)).toEqual(['x']);
    expect(given.remainder).toEqual(yuan(10_000));
    expect(given.parameters).toEqual([]);
    expect(explain(given)).toContain('预算:2万元(由调用方指定)');
  });
});

describe('allocateWelfareBudget — ranking and exclusions', () => {
  it('breaks ties by the smaller request, then by id in code-unit order, whatever the input order', () => {
    const projects = [project('p9', 80, 10), project('y', 80, 50), project('p10', 80, 10), project('x', 80, 30), project('top', 95, 60)];
    const result = allocateWelfareBudget(projects, { ...pilot, budget: yuan(1_000_000) });
    // top (95) first; then the 80s: p10 and p9 ask 10万 ('p10' < 'p9': '1' < '9'), x 30万, y 50万
    expect(result.decisions.map((d) => [d.projectId, d.rank])).toEqual([['top', 1], ['p10', 2], ['p9', 3], ['x', 4], ['y', 5]]);
  });

  it('excludes, with an issue, what cannot take part — and never throws on bad records', () => {
    const projects = [
      project('ok', 50, 10),
      project('venture', 90, 10, 'venture'),
      project('old', 90, 10, 'bidding-pilot', 2012),
      project('noscore', undefined, 10),
      { ...project('nan', 90, 10), score: Number.NaN },
      { ...project('neg', 90, 10), requestedFen: -5 },
      { ...project('frac', 90, 10), requestedFen: 1.5 },
      project('zero', 90, 0),
      project('ok', 99, 10),
      null,
      'junk',
    ];
    const result = allocateWelfareBudget(projects, { ...pilot, locale: 'en' });
    expect(result.funded.map((d) => d.projectId)).toEqual(['ok']);
    expect(result.decisions[0]?.score).toBe(50);
    expect(result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['other_programme', 'projects.1.programme'],
      ['other_year', 'projects.2.year'],
      ['unscored', 'projects.3.score'],
      ['invalid_score', 'projects.4.score'],
      ['invalid_request', 'projects.5.requestedFen'],
      ['invalid_request', 'projects.6.requestedFen'],
      ['nothing_requested', 'projects.7.requestedFen'],
      ['duplicate_id', 'projects.8.id'],
      ['unreadable_input', 'projects.9'],
      ['unreadable_input', 'projects.10'],
    ]);
    expect(result.unfunded.filter((d) => d.outcome === 'excluded')).toHaveLength(10);
    // each decision carries its issues as a list: the excluded 'old' project its one issue, the funded 'ok' none
    expect(result.decisions.find((d) => d.projectId === 'old')?.issues.map((i) => i.code)).toEqual(['other_year']);
    expect(result.decisions.find((d) => d.projectId === 'ok')?.issues).toEqual([]);
    expect(result.issues[1]?.message).toBe('projects[2].year: belongs to the 2012 round, not the 2013 round');
    expect(explain(result)).toContain('- 未参与分配:项目noscore(noscore)\n  - projects[3].score:没有评审得分,无法排序,未参与分配');
  });

  it('throws for misuse', () => {
    expect(() => allocateWelfareBudget([], { programme: 'lottery' as never, asOf: '2013-06-30' })).toThrow(InvalidOptionError);
    expect(() => allocateWelfareBudget([], { ...pilot, whenShort: 'split' as never })).toThrow(InvalidOptionError);
    expect(() => allocateWelfareBudget([], { ...pilot, budget: yuan(-1) })).toThrow(InvalidOptionError);
    expect(() => allocateWelfareBudget([], { ...pilot, budget: { fen: 0.5 } })).toThrow(InvalidOptionError);
    expect(() => allocateWelfareBudget([], { programme: 'venture' } as never)).toThrow(InvalidOptionError);
  });
});

describe('allocateWelfareBudget — properties', () => {
  const arbProjects = fc.uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }).filter((s) => s.trim() === s && s !== ''),
      score: fc.integer({ min: 0, max: 10 }),
      requestedFen: fc.integer({ min: 1, max: 5_000_000 }),
    }),
    { selector: (p) => p.id, maxLength: 25 },
  );
  const arbBudget = fc.integer({ min: 0, max: 40_000_000 });
  const full = (ps: { id: string; score: number; requestedFen: number }[]) =>
    ps.map((p) => ({ ...p, title: p.id, programme: 'venture' as const, year: 2013 }));

  it('never loses or creates a fen, never exceeds the budget or a request, under every policy', () => {
    fc.assert(
      fc.property(arbProjects, arbBudget, fc.constantFrom(...shortfallPolicies), (ps, budget, whenShort) => {
        const projects = deepFreeze(full(ps));
        const before = JSON.stringify(projects);
        const result = allocateWelfareBudget(projects, { programme: 'venture', asOf: '2013-06-30', budget: { fen: budget }, whenShort });
        const grants = result.decisions.map((d) => d.granted.fen);
        const total = grants.reduce((a, b) => a + b, 0);
        expect(total).toBe(result.totalGranted.fen);
        expect(total + result.remainder.fen).toBe(budget);
        expect(result.remainder.fen).toBeGreaterThanOrEqual(0);
        for (const d of result.decisions) {
          expect(d.granted.fen).toBeGreaterThanOrEqual(0);
          expect(d.granted.fen).toBeLessThanOrEqual(d.requested?.fen ?? 0);
          if (whenShort !== 'partial') expect([0, d.requested?.fen]).toContain(d.granted.fen);
          if (whenShort === 'skip' && d.granted.fen === 0) expect(d.requested!.fen).toBeGreaterThan(result.remainder.fen);
        }
        if (whenShort === 'partial') {
          expect(result.decisions.filter((d) => d.outcome === 'partial').length).toBeLessThanOrEqual(1);
          if (result.unfunded.length > 0) expect(result.remainder.fen).toBe(0);
        }
        const scores = result.decisions.map((d) => d.score ?? 0);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
        expect(JSON.stringify(projects)).toBe(before);
      }),
    );
  });

  it('does not depend on the order of the input', () => {
    fc.assert(
      fc.property(arbProjects, arbBudget, fc.integer(), (ps, budget, seed) => {
        const options = { programme: 'venture', asOf: '2013-06-30', budget: { fen: budget } } as const;
        const shuffled = [...ps].sort((a, b) => ((a.requestedFen * 31 + seed) % 7) - ((b.requestedFen * 31 + seed) % 7)).reverse();
        const a = allocateWelfareBudget(full(ps), options);
        const b = allocateWelfareBudget(full(shuffled), options);
        expect(b.decisions.map((d) => [d.projectId, d.granted.fen])).toEqual(a.decisions.map((d) => [d.projectId, d.granted.fen]));
      }),
    );
  });
});
