import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../src/errors.js';
import { weekdays, type Weekday } from '../../src/models/enums.js';
import type { WeeklyOpening } from '../../src/models/service-center.js';
import { staggeredHours, type StaggeredHoursParams } from '../../src/time/staggered-hours.js';

// Spec §3.1 (assumption): ordinary office hours Mon–Fri 08:30–17:00, ≥ 1 weekend day, ≥ 1 weekday to 19:00.
const kunshan: StaggeredHoursParams = {
  ordinaryHours: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:30', closes: '17:00' },
  minWeekendDays: 1,
  eveningUntil: '19:00',
  minEveningWeekdays: 1,
};
const office = (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, opens: '08:30', closes: '17:00' }));

describe('staggeredHours', () => {
  it('finds nothing outside office hours for a plain Mon–Fri 08:30–17:00 centre', () => {
    const r = staggeredHours(office, kunshan);
    expect([r.minutesPerWeek, r.outsideOfficeMinutesPerWeek]).toEqual([5 * 510, 0]);
    expect([r.weekendDays, r.eveningWeekdays, r.met]).toEqual([[], [], false]);
    expect(r.weekend).toEqual({ required: 1, actual: 0, met: false });
    expect(r.evening).toEqual({ required: 1, actual: 0, met: false });
  });

  it('counts early, late, weekend and overlapping bands once each (worked by hand)', () => {
    const hours: WeeklyOpening[] = [
      { day: 'wed', opens: '07:30', closes: '12:00' }, // 60 min before 08:30
      { day: 'wed', opens: '13:00', closes: '21:00' }, // 240 min after 17:00
      { day: 'sun', opens: '09:00', closes: '17:00' }, // 480 min, all outside
      { day: 'sat', opens: '09:00', closes: '12:00' }, // with the next: 09:00–13:00 = 240 min
      { day: 'sat', opens: '10:00', closes: '13:00' },
    ];
    const r = staggeredHours(hours, kunshan);
    expect(r.outsideOfficeMinutesPerWeek).toBe(60 + 240 + 480 + 240);
    expect(r.minutesPerWeek).toBe(270 + 480 + 480 + 240);
    expect(r.days.sat).toEqual({
      bands: [{ opens: '09:00', closes: '13:00' }],
      minutes: 240,
      outsideOfficeMinutes: 240,
    });
    expect(r.days.wed.outsideOfficeMinutes).toBe(300);
    expect([r.weekendDays, r.eveningWeekdays, r.met]).toEqual([['sat', 'sun'], ['wed'], true]);
  });

  it('counts a weekday open exactly until 19:00, not one that closes at 18:59', () => {
    expect(staggeredHours([{ day: 'thu', opens: '14:00', closes: '19:00' }], kunshan).eveningWeekdays).toEqual(['thu']);
    expect(staggeredHours([{ day: 'thu', opens: '14:00', closes: '18:59' }], kunshan).eveningWeekdays).toEqual([]);
    // An evening on a weekend day is weekend coverage, not weekday evening coverage.
    expect(staggeredHours([{ day: 'sat', opens: '18:00', closes: '21:00' }], kunshan).eveningWeekdays).toEqual([]);
  });

  it('applies the parameters it is given', () => {
    const sat = [
      ...office,
      { day: 'sat' as const, opens: '09:00', closes: '12:00' },
      { day: 'fri' as const, opens: '17:00', closes: '19:00' },
    ];
    expect(staggeredHours(sat, kunshan).met).toBe(true);
    expect(staggeredHours(sat, { ...kunshan, minWeekendDays: 2 }).weekend).toEqual({
      required: 2,
      actual: 1,
      met: false,
    });
    expect(staggeredHours(sat, { ...kunshan, eveningUntil: '20:00' }).evening.met).toBe(false);
    // A six-day office week: Saturday is an office day, so only Sunday could be a weekend day.
    const sixDays = staggeredHours(sat, {
      ...kunshan,
      ordinaryHours: { ...kunshan.ordinaryHours, days: [...kunshan.ordinaryHours.days, 'sat'] },
    });
    expect([sixDays.weekendDays, sixDays.days.sat.outsideOfficeMinutes]).toEqual([[], 0]);
  });

  it('takes absent hours as closed all week', () => {
    const r = staggeredHours(undefined, kunshan);
    expect([r.minutesPerWeek, r.met, r.issues]).toEqual([0, false, []]);
    expect(staggeredHours(undefined, { ...kunshan, minWeekendDays: 0, minEveningWeekdays: 0 }).met).toBe(true);
  });

  it('reports unreadable bands as issues and analyses the rest', () => {
    const r = staggeredHours(
      [
        { day: 'sat', opens: '9:00', closes: '12:00' },
        { day: 'sun', opens: '10:00', closes: '12:00' },
        null,
      ] as unknown as WeeklyOpening[],
      kunshan,
      { locale: 'en' },
    );
    expect(r.weekendDays).toEqual(['sun']);
    expect(r.issues.map((i) => i.path.join('.'))).toEqual(['openingHours.0.opens', 'openingHours.2']);
    expect(r.issues[0]?.message).toBe('openingHours[0].opens: invalid format — expected HH:mm, received "9:00"');
  });

  it.each<[string, Partial<StaggeredHoursParams>]>([
    ['a malformed time', { ordinaryHours: { ...kunshan.ordinaryHours, opens: '8:30' } }],
    [
      'office hours ending before they begin',
      { ordinaryHours: { ...kunshan.ordinaryHours, opens: '17:00', closes: '08:30' } },
    ],
    ['an unknown day', { ordinaryHours: { ...kunshan.ordinaryHours, days: ['mon', 'funday' as Weekday] } }],
    ['no ordinary hours', { ordinaryHours: undefined as never }],
    ['a malformed evening threshold', { eveningUntil: '7pm' }],
    ['a negative count', { minWeekendDays: -1 }],
    ['a fractional count', { minEveningWeekdays: 0.5 }],
    ['NaN', { minEveningWeekdays: Number.NaN }],
  ])('throws InvalidOptionError for %s', (_what, change) => {
    expect(() => staggeredHours(office, { ...kunshan, ...change })).toThrow(InvalidOptionError);
  });

  it('agrees with a minute-by-minute count on random hours and parameters', () => {
    const time = fc.integer({ min: 0, max: 1440 });
    const band = fc
      .record({ day: fc.constantFrom(...weekdays), a: time, b: time })
      .filter(({ a, b }) => a !== b)
      .map(({ day, a, b }) => ({ day, opens: clock(Math.min(a, b)), closes: clock(Math.max(a, b)) } as WeeklyOpening));
    const params = fc
      .record({ days: fc.subarray([...weekdays]), a: time, b: time, evening: time, w: fc.nat(3), e: fc.nat(3) })
      .filter(({ a, b }) => a !== b)
      .map(({ days, a, b, evening, w, e }) => ({
        ordinaryHours: { days, opens: clock(Math.min(a, b)), closes: clock(Math.max(a, b)) },
        eveningUntil: clock(evening),
        minWeekendDays: w,
        minEveningWeekdays: e,
      }));
    fc.assert(
      fc.property(fc.array(band, { maxLength: 15 }), params, (bands, p) => {
        let open = 0;
        let outside = 0;
        const weekend: Weekday[] = [];
        const evening: Weekday[] = [];
        for (const day of weekdays) {
          const isOffice = p.ordinaryHours.days.includes(day);
          let dayOpen = 0;
          let lastOpen = -1;
          for (let m = 0; m < 1440; m++) {
            if (!bands.some((b) => b.day === day && minutes(b.opens) <= m && m < minutes(b.closes))) continue;
            dayOpen++;
            lastOpen = m;
            if (!(isOffice && minutes(p.ordinaryHours.opens) <= m && m < minutes(p.ordinaryHours.closes))) outside++;
          }
          open += dayOpen;
          if (!isOffice && dayOpen > 0) weekend.push(day);
          if (isOffice && dayOpen > 0 && lastOpen + 1 >= minutes(p.eveningUntil)) evening.push(day);
        }
        const r = staggeredHours(bands, p);
        expect([r.minutesPerWeek, r.outsideOfficeMinutesPerWeek, r.weekendDays, r.eveningWeekdays]).toEqual([
          open,
          outside,
          weekend,
          evening,
        ]);
        expect(r.met).toBe(weekend.length >= p.minWeekendDays && evening.length >= p.minEveningWeekdays);
      }),
      { numRuns: 200 },
    );
  });

  it('does not mutate its input', () => {
    const hours = Object.freeze([Object.freeze({ day: 'sat' as const, opens: '09:00', closes: '12:00' })]);
    expect(() => staggeredHours(hours, Object.freeze({ ...kunshan }))).not.toThrow();
  });
});

describe('the staggered-hours module stays usable from the main entry', () => {
  it('does not import the holiday data or the time-zone code, directly or indirectly', () => {
    const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/time/staggered-hours.ts');
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s+'([^']+)'/g)) {
        if (spec === undefined) continue;
        if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
        else packages.add(spec);
      }
    };
    visit(root);
    expect([...seen].some((f) => f.endsWith('china-holidays.ts'))).toBe(false);
    expect(packages.has('chinese-days')).toBe(false);
    expect(packages.has('@date-fns/tz')).toBe(false);
    expect(seen.size).toBeGreaterThan(3); // the walk did follow the imports
  });
});

function clock(m: number): string {
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
function minutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
}
