import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatClock, parseClock } from '../../src/time/clock.js';

describe('clock times', () => {
  it('reads HH:mm as minutes since midnight', () => {
    expect(parseClock('00:00')).toBe(0);
    expect(parseClock('08:30')).toBe(510);
    expect(parseClock('17:00')).toBe(1020);
    expect(parseClock('19:00')).toBe(1140);
    expect(parseClock('23:59')).toBe(1439);
    expect(parseClock('24:00')).toBe(1440);
  });

  it('refuses anything else', () => {
    for (const bad of [
      '8:30',
      '24:01',
      '25:00',
      '12:60',
      '12:5',
      '12-30',
      '',
      '08:30:00',
      510,
      null,
      undefined,
      Number.NaN,
    ]) {
      expect(parseClock(bad)).toBeUndefined();
    }
  });

  it('writes minutes back as HH:mm for every minute of the day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1440 }), (minutes) => {
        expect(parseClock(formatClock(minutes))).toBe(minutes);
      }),
    );
    expect(formatClock(1440)).toBe('24:00');
  });
});

describe('parseClock against the expression it implements', () => {
  // The format, as a regular expression: HH:mm from 00:00 to 23:59, or 24:00.
  const CLOCK = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;
  const byExpression = (s: string) => {
    const m = CLOCK.exec(s);
    if (m === null) return undefined;
    return m[1] === undefined ? 1440 : Number(m[1]) * 60 + Number(m[2]);
  };

  it('agrees on every DD:DD, 00:00 to 99:99', () => {
    for (let h = 0; h < 100; h++) {
      for (let m = 0; m < 100; m++) {
        const s = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
        expect(parseClock(s), s).toBe(byExpression(s));
      }
    }
  });

  it('agrees on strings near the format: other lengths, full-width digits, signs and spaces (property)', () => {
    const chars = fc.constantFrom(...'0123456789:２：-+ .a\u0660'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { minLength: 0, maxLength: 7 }).map((cs) => cs.join('')), (s) => {
        expect(parseClock(s)).toBe(byExpression(s));
      }),
      { numRuns: 5000 },
    );
  });
});
