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
