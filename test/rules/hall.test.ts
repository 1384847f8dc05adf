import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { center, community, item, items, rows } from './fixtures.js';

const ASOF = '2013-06-30';
const ids = (list: Record<string, unknown>[]) => list.map((i) => i['id'] as string);

describe('hall.min-items edge cases', () => {
  it('passes with exactly 20 items and fails with 19 (gap 1)', () => {
    const twenty = items('a', 20);
    const nineteen = items('b', 19);
    const report = check(
      {
        communities: [community('c20'), community('c19')],
        serviceCenters: [
          center('x20', ['c20'], { serviceItemIds: ids(twenty) }),
          center('x19', ['c19'], { serviceItemIds: ids(nineteen) }),
        ],
        serviceItems: [...twenty, ...nineteen],
      },
      { asOf: ASOF, rules: ['hall.min-items'] }
    );
    expect(report.issues).toEqual([]);
    expect(report.findings.map((f) => [f.subject.id, f.outcome, f.actual, f.message])).toEqual([
      ['c20', 'pass', 20, '服务项目 20 项,不少于 20 项'],
      ['c19', 'fail', 19, '服务项目 19 项,少于 20 项(差 1 项)'],
    ]);
  });

  it('passes a partial list of 20 or more, and is not applicable (never failed) for a partial list of fewer', () => {
    const twenty = items('a', 20);
    const nineteen = items('b', 19);
    const report = check(
      {
        communities: [community('c20'), community('c19'), community('mixed')],
        serviceCenters: [
          center('x20', ['c20'], { serviceItemIds: ids(twenty), serviceItemsPartial: true }),
          center('x19', ['c19'], { serviceItemIds: ids(nineteen), serviceItemsPartial: true }),
          // A community served by a complete list of 19 and a partial list of one of the same items: the union
          // (19 items) is partial, so it is not applicable rather than failed.
          center('m1', ['mixed'], { serviceItemIds: ids(nineteen) }),
          center('m2', ['mixed'], { serviceItemIds: ids(nineteen).slice(0, 1), serviceItemsPartial: true }),
        ],
        serviceItems: [...twenty, ...nineteen],
      },
      { asOf: ASOF, rules: ['hall.min-items'] }
    );
    expect(report.issues).toEqual([]);
    expect(report.findings.map((f) => [f.subject.id, f.outcome, f.code, f.actual, f.message])).toEqual([
      ['c20', 'pass', 'enough-partial', 20, '服务项目清单不完整,已列出的 20 项已不少于 20 项'],
      ['c19', 'not-applicable', 'partial-list', 19, '服务项目清单不完整(只列出 19 项),无法判断是否达到 20 项'],
      ['mixed', 'not-applicable', 'partial-list', 19, '服务项目清单不完整(只列出 19 项),无法判断是否达到 20 项'],
    ]);
  });

  it('gives the items of a centre serving two communities to both', () => {
    const list = items('s', 20);
    const report = check(
      {
        communities: [community('a'), community('b')],
        serviceCenters: [center('x', ['a', 'b'], { serviceItemIds: ids(list) })],
        serviceItems: list,
      },
      { asOf: ASOF, rules: ['hall.min-items'], locale: 'en' }
    );
    expect(report.findings.map((f) => [f.subject.id, f.outcome, f.message])).toEqual([
      ['a', 'pass', '20 service items, at least 20'],
      ['b', 'pass', '20 service items, at least 20'],
    ]);
  });

  it('gives a community with two centres the union of their items, each distinct item counted once', () => {
    // Centre X lists items 1–12, centre Y items 8–20 (13 items, of which 8–12 are also at X): 12 + 13 − 5 = 20.
    const list = items('i', 20);
    const x = ids(list).slice(0, 12);
    const y = ids(list).slice(7);
    expect(y.length).toBe(13);
    const report = check(
      {
        communities: [community('a')],
        serviceCenters: [center('x', ['a'], { serviceItemIds: x }), center('y', ['a'], { serviceItemIds: y })],
        serviceItems: list,
      },
      { asOf: ASOF, rules: ['hall.min-items'] }
    );
    expect(rows(report)).toEqual([['a', undefined, 'pass', 'enough']]);
    expect(report.findings[0]?.actual).toBe(20);
  });

  it('counts the union as 19 when the overlap is one item larger (fails by 1)', () => {
    // X lists items 1–12, Y items 7–19 (13 items, 7–12 shared): 12 + 13 − 6 = 19.
    const list = items('i', 19);
    const report = check(
      {
        communities: [community('a')],
        serviceCenters: [
          center('x', ['a'], { serviceItemIds: ids(list).slice(0, 12) }),
          center('y', ['a'], { serviceItemIds: ids(list).slice(6) }),
        ],
        serviceItems: list,
      },
      { asOf: ASOF, rules: ['hall.min-items'] }
    );
    expect(report.findings[0]?.message).toBe('服务项目 19 项,少于 20 项(差 1 项)');
  });

  it('is not applicable when neither centre reports items, and counts reported ones when one does', () => {
    const report = check(
      {
        communities: [community('a'), community('b')],
        serviceCenters: [center('x', ['a']), center('y', ['b']), center('z', ['b'], { serviceItemIds: ['only'] })],
        serviceItems: [item('only')],
      },
      { asOf: ASOF, rules: ['hall.min-items'] }
    );
    expect(rows(report)).toEqual([
      ['a', undefined, 'not-applicable', 'not-reported'],
      ['b', undefined, 'fail', 'too-few'],
    ]);
    expect(report.findings[1]?.actual).toBe(1);
  });
});

describe('hall.one-stop and hall.modes edge cases', () => {
  it('passes a community when any of its centres has a one-stop hall', () => {
    const report = check(
      {
        communities: [community('a'), community('b')],
        serviceCenters: [center('x', ['a', 'b'], { oneStopHall: false }), center('y', ['b'])],
      },
      { asOf: ASOF, rules: ['hall.one-stop'] }
    );
    expect(report.findings.map((f) => [f.subject.id, f.outcome, f.message])).toEqual([
      ['a', 'fail', '服务本社区的 x 均未设“一站式”服务大厅'],
      ['b', 'pass', '由 y 提供“一站式”服务大厅'],
    ]);
  });

  it('names the missing mode of a centre', () => {
    const report = check(
      { communities: [community('a')], serviceCenters: [center('x', ['a'], { serviceModes: ['one-door', 'one-stop'] })] },
      { asOf: ASOF, rules: ['hall.modes'] }
    );
    expect(report.findings.map((f) => [f.outcome, f.message])).toEqual([['fail', '未实行:一卡通']]);
  });
});
