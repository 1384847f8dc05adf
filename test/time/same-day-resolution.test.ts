import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../src/errors.js';
import type { ServiceCase } from '../../src/models/service-case.js';
import { sameDayResolutionRate } from '../../src/time/index.js';
import { deepFreeze } from '../helpers.js';

type Case = Pick<ServiceCase, 'id' | 'receivedAt' | 'resolvedAt'>;
const c = (id: string, receivedAt: string, resolvedAt?: string): Case =>
  resolvedAt === undefined ? { id, receivedAt } : { id, receivedAt, resolvedAt };

describe('sameDayResolutionRate', () => {
  it('is not same-day when received at 23:50 and resolved at 00:10 the next day', () => {
    const r = sameDayResolutionRate([c('b', '2013-09-29T23:50:00+08:00', '2013-09-30T00:10:00+08:00')]);
    expect(r).toEqual({
      total: 1,
      sameDay: 0,
      rate: 0,
      late: [{ id: 'b', receivedOn: '2013-09-29', resolvedOn: '2013-09-30', daysLate: 1 }],
      unresolved: [],
      issues: [],
    });
  });

  it('reads dates in Shanghai: 2013-09-29T16:30:00Z is received on 2013-09-30', () => {
    // 16:30Z = 00:30 on 09-30 in Shanghai; resolved 09-30T09:00+08:00, the same Shanghai day.
    const r = sameDayResolutionRate([c('z', '2013-09-29T16:30:00Z', '2013-09-30T09:00:00+08:00')]);
    expect([r.sameDay, r.rate]).toEqual([1, 1]);
    // And the reverse: the same UTC date, two Shanghai dates.
    const split = sameDayResolutionRate([c('y', '2013-09-29T15:00:00Z', '2013-09-29T17:00:00Z')]);
    expect(split.late).toEqual([{ id: 'y', receivedOn: '2013-09-29', resolvedOn: '2013-09-30', daysLate: 1 }]);
  });

  it('counts a mix by hand: 2 same-day, 1 late by 3 days, 1 unresolved → 2/4', () => {
    const cases = deepFreeze([
      c('a', '2013-09-29T09:00:00+08:00', '2013-09-29T15:00:00+08:00'),
      c('b', '2013-09-29T08:00:00+08:00', '2013-10-02T10:00:00+08:00'),
      c('c', '2013-09-30T10:00:00+08:00'),
      c('d', '2013-09-30T00:00:00+08:00', '2013-09-30T23:59:59+08:00'),
    ]);
    const r = sameDayResolutionRate(cases);
    expect([r.total, r.sameDay, r.rate]).toEqual([4, 2, 0.5]);
    expect(r.late).toEqual([{ id: 'b', receivedOn: '2013-09-29', resolvedOn: '2013-10-02', daysLate: 3 }]);
    expect(r.unresolved).toEqual([{ id: 'c', receivedOn: '2013-09-30' }]);
  });

  it('gives rate null, not NaN, for no cases', () => {
    expect(sameDayResolutionRate([])).toEqual({
      total: 0,
      sameDay: 0,
      rate: null,
      late: [],
      unresolved: [],
      issues: [],
    });
  });

  it('reports unreadable cases as issues and leaves them out of the count', () => {
    const cases = [
      c('ok', '2013-09-29T09:00:00+08:00', '2013-09-29T10:00:00+08:00'),
      c('no-offset', '2013-09-29T09:00:00'),
      c('bad-resolved', '2013-09-29T09:00:00+08:00', 'soon'),
      c('backwards', '2013-09-29T09:00:00+08:00', '2013-09-28T09:00:00+08:00'),
      { id: 'nan', receivedAt: new Date(Number.NaN) },
      null,
      {
        id: 'hostile',
        get receivedAt(): string {
          throw new Error('boom');
        },
      },
    ] as unknown as Case[];
    const r = sameDayResolutionRate(cases, { locale: 'en' });
    expect([r.total, r.sameDay, r.rate]).toEqual([1, 1, 1]);
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_format', '1.receivedAt'],
      ['invalid_format', '2.resolvedAt'],
      ['invalid_combination', '3.resolvedAt'],
      ['invalid_format', '4.receivedAt'],
      ['invalid_type', '5'],
      ['unreadable_input', '6'],
    ]);
    expect(r.issues[2]?.message).toBe('[3].resolvedAt: resolved before it was received');
    expect(sameDayResolutionRate('cases' as never).rate).toBeNull();
  });

  it('accepts Date objects as well as strings', () => {
    const r = sameDayResolutionRate([
      {
        id: 'dates',
        receivedAt: new Date(Date.UTC(2013, 8, 29, 15, 50)),
        resolvedAt: new Date(Date.UTC(2013, 8, 29, 16, 10)),
      } as unknown as Case,
    ]);
    expect(r.late[0]).toEqual({ id: 'dates', receivedOn: '2013-09-29', resolvedOn: '2013-09-30', daysLate: 1 });
  });

  it('throws InvalidOptionError for an unknown locale', () => {
    expect(() => sameDayResolutionRate([], { locale: 'de' as never })).toThrow(InvalidOptionError);
  });
});
