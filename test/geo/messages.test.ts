import { describe, expect, it } from 'vitest';
import { geoMessages } from '../../src/geo/messages.js';

// The parity test of src/geo/messages.ts (kept here, with the rest of the geo tests).
describe('geoMessages', () => {
  const codes = Object.keys(geoMessages['zh-CN']).sort();

  it('has the same codes in every locale', () => {
    expect(Object.keys(geoMessages.en).sort()).toEqual(codes);
    expect(codes).toEqual([
      'duplicate_id',
      'invalid_type',
      'missing_location',
      'no_residences',
      'no_sites',
      'required',
      'too_big',
      'too_small',
      'unreadable_input',
    ]);
  });

  it.each(codes)('names the place in every locale for %s', (code) => {
    for (const messages of Object.values(geoMessages)) {
      const text = messages[code as keyof typeof messages]({ where: 'residences[3].location.lat', expected: '<= 90', received: '91', params: { id: 'x', first: 'residences[0].id' } });
      expect(text.startsWith('residences[3].location.lat')).toBe(true);
      expect(text).not.toContain('undefined');
    }
  });

  it('writes zh-CN in Chinese and en in English', () => {
    const input = { where: 'sites[0].location.lon', expected: '<= 180', received: '200' };
    expect(geoMessages['zh-CN'].too_big(input)).toBe('sites[0].location.lon:值过大,应 <= 180,实为 200,该条未纳入计算');
    expect(geoMessages.en.too_big(input)).toBe('sites[0].location.lon: too big — must be <= 180, received 200; entry left out');
  });
});
