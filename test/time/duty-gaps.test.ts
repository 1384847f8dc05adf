import { describe, expect, it } from 'vitest';
import { InvalidOptionError, OutOfRangeError } from '../../src/errors.js';
import type { DutyShift } from '../../src/models/duty-shift.js';
import { dutyGaps } from '../../src/time/index.js';
import { deepFreeze } from '../helpers.js';

const shift = (date: string, extra: Partial<DutyShift> = {}): DutyShift => ({
  id: `d-${date}`,
  serviceCenterId: 'jinghe-center',
  staffMemberId: 's1',
  date,
  ...extra,
});

// Spring Festival 2013 (国办发明电〔2012〕14号): holiday Sat 02-09 to Fri 02-15; Sat 02-16 and Sun 02-17 worked.
const springFestival = deepFreeze([
  shift('2013-02-07'),
  shift('2013-02-09'),
  shift('2013-02-12', { start: '08:00', end: '12:00' }),
  shift('2013-02-13'),
  shift('2013-02-14'),
  shift('2013-02-15'),
  shift('2013-02-17'),
  shift('2013-02-18'),
  shift('2013-02-10', { id: 'other', serviceCenterId: 'lishe-center' }),
]);
const week = { from: '2013-02-07', to: '2013-02-18', serviceCenterId: 'jinghe-center' } as const;

describe('dutyGaps over the 2013 Spring Festival week', () => {
  it('finds the four days without a cadre on duty, each with its kind', () => {
    const r = dutyGaps(springFestival, week);
    expect(r.gaps.map((g) => [g.date, g.weekday, g.kind, g.holiday, g.weekend])).toEqual([
      ['2013-02-08', 'fri', 'workday', false, false],
      ['2013-02-10', 'sun', 'holiday', true, true],
      ['2013-02-11', 'mon', 'holiday', true, false],
      ['2013-02-16', 'sat', 'makeup-workday', false, true],
    ]);
    expect(r.gaps[1]?.special?.name).toEqual({ 'zh-CN': '春节', en: 'Spring Festival' });
    expect(r.summary).toEqual({
      days: 12,
      requiredDays: 12,
      coveredDays: 8,
      coverage: 8 / 12,
      gapsByKind: { workday: 1, weekend: 0, holiday: 2, 'makeup-workday': 1 },
    });
    expect(r.issues).toEqual([]);
  });

  it("counts every centre's shifts when no centre is named", () => {
    expect(dutyGaps(springFestival, { from: week.from, to: week.to }).gaps.map((g) => g.date)).toEqual([
      '2013-02-08',
      '2013-02-11',
      '2013-02-16',
    ]);
  });

  it('lets holidays be exempt (the 7 days 02-09 to 02-15 are then not required)', () => {
    const r = dutyGaps(springFestival, { ...week, holidays: 'exempt' });
    expect(r.gaps.map((g) => g.date)).toEqual(['2013-02-08', '2013-02-16']);
    expect(r.summary.requiredDays).toBe(12 - 7);
  });

  it('lets ordinary weekends be exempt, but never make-up working days', () => {
    // Fri 2013-03-01 to Mon 03-04, no shifts: an ordinary weekend in the middle.
    expect(dutyGaps([], { from: '2013-03-01', to: '2013-03-04' }).gaps.map((g) => g.kind)).toEqual([
      'workday',
      'weekend',
      'weekend',
      'workday',
    ]);
    expect(dutyGaps([], { from: '2013-03-01', to: '2013-03-04', weekends: 'exempt' }).gaps.map((g) => g.date)).toEqual([
      '2013-03-01',
      '2013-03-04',
    ]);
    expect(dutyGaps([], { ...week, weekends: 'exempt' }).gaps.some((g) => g.date === '2013-02-16')).toBe(true);
  });

  it('gives coverage null, not NaN, when no day is required', () => {
    const r = dutyGaps([], { from: '2013-10-01', to: '2013-10-03', holidays: 'exempt' });
    expect([r.summary.requiredDays, r.summary.coverage, r.gaps]).toEqual([0, null, []]);
  });

  it('throws OutOfRangeError outside the holiday data (2003, 2027, 2030)', () => {
    expect(() => dutyGaps([], { from: '2003-12-30', to: '2004-01-02' })).toThrow(OutOfRangeError);
    expect(() => dutyGaps([], { from: '2026-12-30', to: '2027-01-02' })).toThrow(OutOfRangeError);
    expect(() => dutyGaps([], { from: '2030-01-01', to: '2030-01-02' })).toThrow(OutOfRangeError);
  });

  it.each([
    ['from after to', { from: '2013-02-10', to: '2013-02-09' }],
    ['a malformed from', { from: '2013-2-9', to: '2013-02-10' }],
    ['a missing to', { from: '2013-02-09' }],
    ['an unknown holidays policy', { ...week, holidays: 'maybe' }],
    ['a non-string centre id', { ...week, serviceCenterId: 7 }],
    ['no options', undefined],
  ])('throws InvalidOptionError for %s', (_what, options) => {
    expect(() => dutyGaps([], options as never)).toThrow(InvalidOptionError);
  });

  it('reports unreadable shifts as issues; they cover nothing', () => {
    const shifts = [
      shift('2013-02-30'),
      shift('2013-02-08', { start: '12:00', end: '08:00' }),
      shift('2013-02-08', { start: '8:00' }),
      null,
      'on duty',
    ] as unknown as DutyShift[];
    const r = dutyGaps(shifts, { from: '2013-02-08', to: '2013-02-08', locale: 'en' });
    expect(r.gaps.map((g) => g.date)).toEqual(['2013-02-08']);
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_format', '0.date'],
      ['invalid_combination', '1.end'],
      ['invalid_format', '2.start'],
      ['invalid_type', '3'],
      ['invalid_type', '4'],
    ]);
    expect(r.issues[1]?.message).toBe('[1].end: duty must end after it starts');
    expect(dutyGaps('roster' as never, { from: '2013-02-08', to: '2013-02-08' }).issues[0]?.code).toBe('invalid_type');
  });
});
