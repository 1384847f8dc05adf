/**
 * The defects of issue 17 ("data that makes the library throw"), each from its smallest reproduction. Expected
 * values are worked out by hand from the input.
 */
import { describe, expect, it } from 'vitest';
import { MAX_LIST_LENGTH } from '../../src/arguments.js';
import { referenceCommunities } from '../../src/datasets/index.js';
import { allocateWelfareBudget, communityWorkFunds, subsistenceAllowance } from '../../src/calculators/index.js';
import { check, explain, formatPath, InvalidOptionError, isCommunityStandardsError, kunshan, parameter, validateDataset, validateRecord } from '../../src/index.js';
import { cityStatistics, communitySpace, minItemsShare, organizationsByType, socialWorkersByLevel, welfareTallies } from '../../src/statistics/index.js';
import { formatMoney, money } from '../../src/money/index.js';
import { toIsoDate } from '../../src/profiles/as-of.js';
import { MAX_RECORDS_PER_KIND } from '../../src/models/dataset.js';
import { circlePolygon, serviceCircle, toHsds, toSchedules } from '../../src/interop/index.js';
import { InvalidOptionError as ErrorClass } from '../../src/errors.js';

const asOf = '2013-06-30';

/** What a call threw, or `undefined`. */
function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('one invalid part of a dataset does not discard its valid metadata', () => {
  it.each([
    [{ meta: { asOf }, communities: [], bogus: 1 }, 'unrecognized_keys', ''],
    [{ meta: { asOf, source: 5 }, communities: [] }, 'invalid_type', 'meta.source'],
    [{ meta: { asOf }, communities: {} }, 'invalid_type', 'communities'],
  ])('check(%j) runs as of meta.asOf and reports the problem', (input, code, path) => {
    const report = check(input, {});
    expect(report.asOf).toBe(asOf);
    expect(report.issues.map((i) => [i.code, i.path.join('.')])).toEqual([[code, path]]);
  });

  it('keeps the valid records next to an unknown key', () => {
    const data = referenceCommunities();
    const result = validateDataset({ ...data, bogus: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.partial?.communities).toHaveLength(4);
    expect(result.partial?.meta).toEqual(data.meta);
  });
});

describe('options that are not an object, and a profile given by name, are typed errors', () => {
  const dataset = referenceCommunities();
  it.each([
    ['check', () => check(dataset, null as never)],
    ['validateDataset', () => validateDataset(dataset, null as never)],
    ['validateRecord', () => validateRecord('community', {}, null as never)],
    ['formatMoney', () => formatMoney(money(1), null as never)],
    ['check, profile "kunshan"', () => check(dataset, { asOf, profile: 'kunshan' as never })],
    ['cityStatistics, profile "kunshan"', () => cityStatistics(dataset, { asOf, profile: 'kunshan' as never })],
    ['communityWorkFunds, profile "kunshan"', () => communityWorkFunds({ id: 'a', name: 'a', households: { resident: 100 } } as never, { asOf, profile: 'kunshan' as never })],
    ['parameter, profile "kunshan"', () => parameter('kunshan' as never, 'funding.communityWork', asOf)],
    ['serviceCircle, profile "kunshan"', () => serviceCircle('kunshan' as never, asOf)],
    ['toHsds, profile "kunshan"', () => toHsds(dataset, { asOf, profile: 'kunshan' as never })],
    ['check, a profile whose extends loops', () => {
      const looping: Record<string, unknown> = { id: 'x', parameters: {} };
      looping['extends'] = looping;
      return check(dataset, { asOf, profile: looping as never });
    }],
  ])('%s', (_, call) => {
    const error = thrown(call);
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(isCommunityStandardsError(error)).toBe(true);
  });
  it('the class is the one exported by the errors module', () => expect(InvalidOptionError).toBe(ErrorClass));
});

describe('records that are missing or not objects give issues or typed errors, never a raw TypeError', () => {
  it('calculators report the record as not computed', () => {
    const funds = communityWorkFunds(undefined as never, { asOf });
    expect(funds.ok).toBe(false);
    const allowance = subsistenceAllowance(undefined as never, { asOf });
    expect(allowance.ok).toBe(false);
    const allocation = allocateWelfareBudget([null, 5], { asOf, programme: 'venture' });
    expect(allocation.funded).toEqual([]);
    expect(allocation.issues.map((i) => i.path)).toEqual([['projects', 0], ['projects', 1]]);
  });

  it('cityStatistics and the statistics helpers refuse a record that is not an object, naming it', () => {
    const error = thrown(() => cityStatistics({ communities: [null as never] }, { asOf }));
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect((error as InvalidOptionError).message).toContain('communities[0]');
    expect(thrown(() => socialWorkersByLevel([null as never]))).toBeInstanceOf(InvalidOptionError);
    expect(thrown(() => welfareTallies({} as never))).toBeInstanceOf(InvalidOptionError);
  });

  it('explain refuses what is neither a result nor a finding', () => {
    for (const value of [undefined, null, 5, 'x', {}, [], { explanation: {} }, { explanation: { title: {}, steps: 1 } }]) {
      expect(thrown(() => explain(value as never))).toBeInstanceOf(InvalidOptionError);
    }
  });
});

describe('dates outside 0001–9999 are refused clearly', () => {
  it.each([
    [new Date(8.64e15)], // the last instant a Date can hold: year 275760 (a RangeError before)
    [new Date(Date.UTC(10000, 0, 1))], // was "+010000-01", then "no value in force"
    [new Date(Date.UTC(0, 0, 1) - 1)], // 1899: still fine — see below
  ].slice(0, 2))('%s', (date) => {
    const error = thrown(() => toIsoDate(date));
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect((error as Error).message).toContain('0001-01-01 to 9999-12-31');
  });
  it('year 0000 is refused; years 0001–0099 are read as written (Date.UTC made 0050 into 1950)', () => {
    expect(thrown(() => toIsoDate('0000-03-01'))).toBeInstanceOf(InvalidOptionError);
    expect(toIsoDate('0050-03-01')).toBe('0050-03-01');
    expect(toIsoDate('9999-12-31')).toBe('9999-12-31');
    expect(thrown(() => toIsoDate('0050-02-29'))).toBeInstanceOf(InvalidOptionError); // 50 is not a leap year
  });
  it('check refuses the date too', () => {
    expect(thrown(() => check({}, { asOf: new Date(8.64e15) }))).toBeInstanceOf(InvalidOptionError);
  });
});

describe('duplicate ids: the first record is kept and checked once, the duplicate is named and left out', () => {
  const community = (name: string) => ({ ...referenceCommunities().communities?.[0], name });
  const first = community('甲');
  const reference = referenceCommunities();
  const dataset = { ...reference, meta: { asOf }, communities: [first, community('乙'), ...(reference.communities ?? []).slice(1)] };

  it('reports the duplicate where it is and names the record kept', () => {
    const result = validateDataset(dataset, { locale: 'en' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.message)).toEqual([
      `communities[1].id: duplicate id ${first.id}; the first record with it (communities[0].id) is kept, this one is left out`,
    ]);
    expect(result.partial?.communities?.map((c) => c.name)).toEqual(['甲', ...(reference.communities ?? []).slice(1).map((c) => c.name)]);
  });

  it('check checks the subject once', () => {
    const report = check(dataset, { rules: ['hall.one-stop'] });
    expect(report.findings.filter((f) => f.subject.id === first.id)).toHaveLength(1);
  });

  it('the slow path (another record invalid) keeps the first of the duplicates too', () => {
    const report = check({ ...dataset, communities: [...dataset.communities, { id: 'broken' }] }, { rules: ['hall.one-stop'] });
    expect(report.findings.filter((f) => f.subject.id === first.id)).toHaveLength(1);
    expect(report.issues.map((i) => i.code)).toContain('duplicate_id');
  });
});

describe('lists: arrays only, and no longer than the model allows', () => {
  const endless = { *[Symbol.iterator]() { for (;;) yield {}; } };
  const huge = new Array(2 ** 32 - 1);
  it('the bound is the model’s', () => expect(MAX_LIST_LENGTH).toBe(MAX_RECORDS_PER_KIND));
  it.each([
    ['communitySpace', (v: never) => communitySpace(v, () => [], 'urban')],
    ['minItemsShare', (v: never) => minItemsShare(v, () => [], 20)],
    ['organizationsByType', (v: never) => organizationsByType(v, asOf)],
    ['socialWorkersByLevel', (v: never) => socialWorkersByLevel(v)],
    ['welfareTallies', (v: never) => welfareTallies(v)],
    ['formatPath', (v: never) => formatPath(v)],
    ['toSchedules', (v: never) => toSchedules(v, [], { id: () => 'x', locationId: 'l', locale: 'en' } as never)],
    ['allocateWelfareBudget', (v: never) => allocateWelfareBudget(v, { asOf, programme: 'venture' })],
  ])('%s refuses an endless iterable and new Array(2 ** 32 - 1) at once', (_, call) => {
    // Refused before any element is read: a walk would not end (the test's timeout would fail it), not be slow.
    for (const value of [endless, huge]) expect(thrown(() => call(value as never))).toBeInstanceOf(InvalidOptionError);
  });
});

describe('numbers that cannot be a coordinate', () => {
  it('circlePolygon refuses a NaN or out-of-range centre', () => {
    expect(thrown(() => circlePolygon({ lon: Number.NaN, lat: 31 }, 100))).toBeInstanceOf(InvalidOptionError);
    expect(thrown(() => circlePolygon({ lon: 121, lat: 91 }, 100))).toBeInstanceOf(InvalidOptionError);
    expect(thrown(() => circlePolygon(null as never, 100))).toBeInstanceOf(InvalidOptionError);
  });
  it('the profile given as kunshan still works', () => expect(parameter(kunshan, 'funding.communityWork', asOf).value).toBe(1_500_000));
});

describe('parsing is consistent', () => {
  it('parseMoney tolerates spaces inside a two-character unit as it does around the parts', async () => {
    const { parseMoney } = await import('../../src/money/index.js');
    // 3.4 亿元 = 3.4 × 10^8 元 = 3.4 × 10^10 fen
    for (const text of ['3.4亿元', '3.4 亿元', ' 3.4 亿 元 ', '3.4\u3000亿\u3000元']) expect(parseMoney(text).fen).toBe(34_000_000_000);
  });
  it('resolveGrowth reads full-width digits, point and percent sign as parseMoney does', async () => {
    const { resolveGrowth } = await import('../../src/calculators/index.js');
    // 61.9% = 619/1000
    expect(resolveGrowth('６１．９％')).toEqual({ numerator: 619n, denominator: 1000n });
    expect(resolveGrowth(' 61.9 % ')).toEqual({ numerator: 619n, denominator: 1000n });
  });
});

describe('numbers outside what a function writes are typed errors, not nonsense', () => {
  it('fenToYuanText(0.5) (was "0.0.5")', async () => {
    const { fenToYuanText } = await import('../../src/engine/format-parameter.js');
    expect(thrown(() => fenToYuanText(0.5))).toBeInstanceOf(InvalidOptionError);
    expect(thrown(() => fenToYuanText(Number.NaN))).toBeInstanceOf(InvalidOptionError);
    expect(fenToYuanText(-59_050)).toBe('-590.50');
  });
  it('formatClock(1441) (was "24:01")', async () => {
    const { formatClock } = await import('../../src/time/index.js');
    expect(thrown(() => formatClock(1441))).toBeInstanceOf(InvalidOptionError);
    expect(thrown(() => formatClock(-1))).toBeInstanceOf(InvalidOptionError);
    expect(thrown(() => formatClock(Number.NaN))).toBeInstanceOf(InvalidOptionError);
    expect(formatClock(1440)).toBe('24:00');
    expect(formatClock(1439.9)).toBe('23:59');
  });
  it('shanghaiTime(NaN) (was "0NaN-NaN-NaN")', async () => {
    const { shanghaiTime } = await import('../../src/time/index.js');
    expect(thrown(() => shanghaiTime(Number.NaN))).toBeInstanceOf(InvalidOptionError);
    expect(thrown(() => shanghaiTime(8.64e15))).toBeInstanceOf(InvalidOptionError);
    // 2013-09-29T16:30Z is 00:30 on 2013-09-30 in Shanghai
    expect(shanghaiTime(Date.parse('2013-09-29T16:30:00Z')).date).toBe('2013-09-30');
  });
});

describe('HSDS names are bounded', () => {
  it('a segment over 10,000 characters is refused at once instead of hashing megabytes', async () => {
    const { hsdsId, hsdsName, HSDS_NAMESPACE } = await import('../../src/interop/index.js');
    expect(thrown(() => hsdsId(HSDS_NAMESPACE, 'x'.repeat(10 * 2 ** 20)))).toBeInstanceOf(InvalidOptionError);
    expect(hsdsName('a'.repeat(10_000))).toHaveLength(10_000);
  });
});
