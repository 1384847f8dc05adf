import { describe, expect, it } from 'vitest';
import {
  InvalidOptionError,
  kunshan,
  national,
  NoValueInForceError,
  parameter,
  parameterIds,
  UnknownParameterError,
  type Profile,
} from '../../src/index.js';

describe('parameter', () => {
  it('returns the two community-work-fund values with their bases and citations (spec §4, paragraph 7)', () => {
    const before = parameter(kunshan, 'funding.communityWork', '2011-06-30');
    expect(before.value).toBe(8000 * 100); // 8,000 yuan in fen
    expect(before.basis).toBe('registered-households');
    expect(before.citation?.paragraph).toBe(7);
    expect(before.citation?.quote).toContain('每百户户籍人口8000元');

    const after = parameter(kunshan, 'funding.communityWork', '2013-06-30');
    expect(after.value).toBe(15000 * 100);
    expect(after.basis).toBe('resident-households');
    expect(after.citation?.quote).toContain('每百户常住人口1.5万元');
  });

  it('switches on the first day of 2012, inclusive', () => {
    expect(parameter(kunshan, 'funding.communityWork', '2011-12-31').value).toBe(800_000);
    expect(parameter(kunshan, 'funding.communityWork', '2012-01-01').value).toBe(1_500_000);
  });

  it('throws NoValueInForceError for a date before any value', () => {
    expect(() => parameter(kunshan, 'funding.communityWork', '2004-12-31')).toThrow(NoValueInForceError);
    try {
      parameter(kunshan, 'funding.communityWork', '2004-12-31');
    } catch (error) {
      expect((error as NoValueInForceError).code).toBe('NO_VALUE_IN_FORCE');
      expect((error as NoValueInForceError).details).toMatchObject({ id: 'funding.communityWork', asOf: '2004-12-31' });
    }
  });

  it('throws UnknownParameterError for an unknown id, never a default', () => {
    expect(() => parameter(kunshan, 'hall.minItems', '2013-06-30')).toThrow(UnknownParameterError);
    expect(() => parameter(kunshan, 'toString', '2013-06-30')).toThrow(UnknownParameterError);
  });

  it('rejects malformed dates', () => {
    expect(() => parameter(kunshan, 'hall.minServiceItems', '2013-02-30')).toThrow(InvalidOptionError);
    expect(() => parameter(kunshan, 'hall.minServiceItems', new Date(Number.NaN))).toThrow(InvalidOptionError);
  });

  it('reads a Date as a calendar day in Asia/Shanghai', () => {
    // 2011-12-31T16:00Z is 2012-01-01 00:00 in Shanghai: the new standard applies.
    expect(parameter(kunshan, 'funding.communityWork', new Date('2011-12-31T16:00:00Z')).value).toBe(1_500_000);
    expect(parameter(kunshan, 'funding.communityWork', new Date('2011-12-31T15:59:59Z')).value).toBe(800_000);
  });

  it('lets kunshan apply the national figures, which stay national', () => {
    const p = parameter(kunshan, 'area.perHundredHouseholds', '2020-01-01');
    expect(p.value).toBe(30);
    expect(p.profile).toBe('national');
    expect(parameter(national, 'circle.distance5Minutes', '2019-01-01').value).toBe(300);
    expect(parameter(national, 'circle.distance10Minutes', '2019-01-01').value).toBe(500);
    expect(parameter(national, 'circle.distance15Minutes', '2019-01-01').value).toEqual({ min: 800, max: 1000 });
    // GB 50180-2018 took effect on 2018-12-01.
    expect(() => parameter(national, 'circle.distance5Minutes', '2018-11-30')).toThrow(NoValueInForceError);
    expect(() => parameter(national, 'hall.minServiceItems', '2013-06-30')).toThrow(UnknownParameterError);
  });

  it('holds the report figures of spec §3 and §4', () => {
    const at = (id: string, date = '2013-06-30') => parameter(kunshan, id, date).value;
    expect(at('hall.minServiceItems')).toBe(20);
    expect(at('circle.minutes')).toBe(15);
    expect(at('funding.welfareVenture')).toBe(5_000_000 * 100);
    expect(at('funding.biddingPilot')).toBe(3_000_000 * 100);
    expect(at('funding.centerUpgrade')).toBe(340_000_000 * 100);
    expect(at('funding.serviceWeb')).toBe(1_200_000 * 100);
    expect(at('funding.featuredBrands')).toBe(5_000_000 * 100);
    expect(at('allowance.subsistence')).toBe(590 * 100);
    expect(at('wage.minimum')).toBe(1370 * 100);
    expect(at('area.reportedAverageUrban')).toBe(1315);
    expect(at('area.reportedAverageRural')).toBe(1274);
    expect(at('governance.sixInOneServices')).toHaveLength(6);
    expect(at('center.stations')).toHaveLength(5);
    expect(() => parameter(kunshan, 'funding.biddingPilot', '2014-01-01')).toThrow(NoValueInForceError);
  });
});

describe('shipped profiles', () => {
  const profiles: Profile[] = [national, kunshan];
  for (const profile of profiles) {
    it(`every value of ${profile.id} has a citation or an assumption note`, () => {
      for (const definition of Object.values(profile.parameters)) {
        for (const value of definition.values) {
          const cited = value.citation !== undefined && value.citation.document.length > 0;
          const assumed = value.assumption !== undefined && value.assumption['zh-CN'].length > 0 && value.assumption.en.length > 0;
          expect(cited || assumed, `${definition.id}`).toBe(true);
          if (value.citation?.document === '昆山市基本公共服务调研报告') {
            expect(value.citation.paragraph, definition.id).toBeGreaterThanOrEqual(1);
            expect(value.citation.paragraph, definition.id).toBeLessThanOrEqual(9);
          }
        }
      }
    });
  }

  it('quotes the report verbatim wherever it cites it', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../fixtures/report/kunshan-community-services.txt', import.meta.url), 'utf8');
    const paragraphs = text.split('\n').filter((l) => l.length > 200);
    for (const definition of Object.values(kunshan.parameters)) {
      for (const value of definition.values) {
        const c = value.citation;
        if (c?.document !== '昆山市基本公共服务调研报告' || c.quote === undefined || c.paragraph === undefined) continue;
        const paragraph = paragraphs[c.paragraph - 1] ?? '';
        // Exact substrings: no elision (“……”) anywhere in a quote.
        expect(c.quote, definition.id).not.toContain('……');
        expect(paragraph, `${definition.id}: ${c.quote}`).toContain(c.quote);
      }
    }
  });

  it('lists kunshan’s own and inherited parameters', () => {
    const ids = parameterIds(kunshan);
    expect(ids).toContain('funding.communityWork');
    expect(ids).toContain('area.perHundredHouseholds');
    expect(ids).toEqual([...ids].sort());
  });
});
