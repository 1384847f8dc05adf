import { describe, expect, it } from 'vitest';
import {
  InvalidOptionError,
  UnknownRecordKindError,
  validateRecord,
  type Community,
  type RecordKind,
} from '../../src/index.js';
import { deepFreeze, referenceData } from '../helpers.js';

const communities = referenceData()['communities'] as Community[];
const centers = referenceData()['serviceCenters'] as unknown[];

describe('validateRecord', () => {
  it.each(communities.map((c) => [c.name, c] as const))('accepts the reference community %s', (_name, community) => {
    const result = validateRecord('community', community);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toEqual(community);
  });

  it.each(centers.map((c, i) => [i, c] as const))('accepts reference centre #%s', (_i, center) => {
    expect(validateRecord('serviceCenter', center).ok).toBe(true);
  });

  // A broken variant of each reference community, rejected with a message that names the field.
  const broken: Array<[string, (c: Community) => unknown, string, string]> = [
    ['negative households', (c) => ({ ...c, households: { registered: -481 } }), 'households.registered', 'too_small'],
    ['unknown model', (c) => ({ ...c, model: 'suburban' }), 'model', 'invalid_value'],
    ['fractional population', (c) => ({ ...c, population: { resident: 1603.5 } }), 'population.resident', 'invalid_type'],
    ['missing name', ({ name: _n, ...rest }) => rest, 'name', 'required'],
  ];
  for (const community of communities) {
    for (const [what, breakIt, field, code] of broken) {
      it(`rejects ${community.id} with ${what}, naming ${field}`, () => {
        const result = validateRecord('community', breakIt(community), { locale: 'en' });
        expect(result.ok).toBe(false);
        const issue = result.issues.find((i) => i.path.join('.') === field);
        expect(issue?.code).toBe(code);
        expect(issue?.message.startsWith(`${field}:`)).toBe(true);
      });
    }
  }

  it('writes messages in Chinese by default and in English on request, with the numbers in them', () => {
    const bad = { ...communities[1], households: { registered: -5 } };
    const zh = validateRecord('community', bad);
    const en = validateRecord('community', bad, { locale: 'en' });
    expect(zh.issues[0]?.message).toBe('households.registered:值过小,应 >= 0,实为 -5');
    expect(en.issues[0]?.message).toBe('households.registered: too small — must be >= 0, received -5');
  });

  it('reports NaN, Infinity and strings where counts belong', () => {
    const result = validateRecord('community', {
      ...communities[0],
      households: { registered: Number.NaN, resident: Number.POSITIVE_INFINITY },
      plannedHouseholds: '7500',
    });
    expect(result.ok).toBe(false);
    const byPath = Object.fromEntries(result.issues.map((i) => [i.path.join('.'), i.received]));
    expect(byPath['households.registered']).toBe('NaN');
    expect(byPath['households.resident']).toBe('Infinity');
    expect(byPath['plannedHouseholds']).toBe('"7500"');
  });

  it('never lets __proto__ or constructor keys through, and leaves Object.prototype alone', () => {
    const input = JSON.parse(
      `{"id":"x","name":"x","kind":"urban","model":"other","households":{},"population":{},"governanceBodies":[],"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}`,
    ) as object;
    const result = validateRecord('community', input);
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.code).toBe('unrecognized_keys');
    expect(result.issues[0]?.params?.['keys']).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('does not mutate its input', () => {
    const input = deepFreeze(structuredClone({ ...communities[2], extra: 1 }));
    expect(() => validateRecord('community', input)).not.toThrow();
  });

  it('does not throw on cycles, getters that throw, or huge strings', () => {
    const cyclic: Record<string, unknown> = { ...communities[0] };
    cyclic['self'] = cyclic;
    expect(validateRecord('community', cyclic).ok).toBe(false);

    const trap = { ...communities[0] };
    Object.defineProperty(trap, 'name', { enumerable: true, get: () => { throw new Error('boom'); } });
    const trapped = validateRecord('community', trap);
    expect(trapped.ok).toBe(false);
    expect(trapped.issues[0]?.code).toBe('unreadable_input');

    const huge = validateRecord('community', { ...communities[0], name: 'x'.repeat(10_000_000) });
    expect(huge.issues[0]?.code).toBe('too_big');
    expect(huge.issues[0]?.received).toBe('10000000 chars');
  });

  it.each([null, undefined, 42, 'text', [], true])('returns an issue for the non-record %j', (input) => {
    const result = validateRecord('community', input);
    expect(result.ok).toBe(false);
    expect(result.issues.length).toBeGreaterThan(0);
  });

  it('throws typed errors for programmer mistakes only', () => {
    expect(() => validateRecord('comunity' as RecordKind, {})).toThrow(UnknownRecordKindError);
    expect(() => validateRecord('community', {}, { locale: 'fr' as never })).toThrow(InvalidOptionError);
  });

  it('checks the cross-field constraints it is sure of', () => {
    const center = {
      id: 'c', name: 'c', kind: 'urban-community-service-center', communityIds: ['a'], oneStopHall: true,
      openingHours: [{ day: 'mon', opens: '14:00', closes: '08:30' }],
    };
    const result = validateRecord('serviceCenter', center, { locale: 'en' });
    expect(result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['invalid_combination', 'openingHours.0.closes']]);
    const kase = { id: 'k', communityId: 'a', title: 't', receivedAt: '2013-09-29T23:50:00+08:00', resolvedAt: '2013-09-29T23:00:00+08:00' };
    expect(validateRecord('serviceCase', kase).issues[0]?.message).toBe('resolvedAt:办结时间不得早于受理时间');
  });
});
