import { describe, expect, it } from 'vitest';
import { recordKinds, UnknownRecordKindError, type RecordKind } from '../../src/index.js';
import { toJSONSchema } from '../../src/interop/index.js';

describe('toJSONSchema', () => {
  it('throws UnknownRecordKindError for a kind it does not know', () => {
    expect(() => toJSONSchema('comunity' as RecordKind)).toThrow(UnknownRecordKindError);
    expect(() => toJSONSchema('communities' as RecordKind)).toThrow(UnknownRecordKindError);
    expect(() => toJSONSchema('__proto__' as RecordKind)).toThrow(UnknownRecordKindError);
  });

  it('returns a fresh object each time', () => {
    const first = toJSONSchema('plaque');
    first['title'] = 'changed';
    (first['properties'] as Record<string, unknown>)['id'] = {};
    const second = toJSONSchema('plaque');
    expect(second['title']).toBe('牌子 / plaque');
    expect((second['properties'] as Record<string, unknown>)['id']).not.toEqual({});
  });

  it('describes a community as a closed object with the fields the issue requires', () => {
    const schema = toJSONSchema('community');
    expect(schema['type']).toBe('object');
    expect(schema['additionalProperties']).toBe(false);
    expect(schema['required']).toEqual(['id', 'name', 'kind', 'model', 'households', 'population']);
    const properties = schema['properties'] as Record<string, Record<string, unknown>>;
    expect(properties['kind']).toEqual({ type: 'string', enum: ['urban', 'rural'], description: '类别: `urban` (城市社区) or `rural` (农村社区/村).' });
    expect(properties['model']).toMatchObject({ type: 'string', enum: ['new-rural', 'pure-rural', 'rural-urban-mixed', 'old-town', 'other'] });
    const households = properties['households'] as { properties: Record<string, unknown> };
    expect(households.properties['registered']).toEqual({
      type: 'integer',
      minimum: 0,
      maximum: Number.MAX_SAFE_INTEGER,
      description: '户籍户数: registered-population households.',
    });
  });

  it('states in $comment the cross-field constraints it cannot express, for those kinds only', () => {
    const withComment = recordKinds.filter((kind) => toJSONSchema(kind)['$comment'] !== undefined);
    expect(withComment).toEqual(['serviceCenter', 'partnerUnit', 'serviceCase', 'dutyShift']);
    expect(toJSONSchema('partnerUnit')['$comment']).toContain('publicFacilities[]');
    expect(toJSONSchema('serviceCase')['$comment']).toContain('resolvedAt is not before receivedAt');
    expect(toJSONSchema('dutyShift')['$comment']).toContain('end is after start');
    expect(toJSONSchema('serviceCenter')['$comment']).toContain('closes after it opens');
    const dataset = String(toJSONSchema('dataset')['$comment']);
    for (const text of ['resolvedAt', 'end is after start', 'closes after it opens', 'unique within a kind', 'distinct codes']) {
      expect(dataset).toContain(text);
    }
  });

  it('gives the e-mail field the pattern zod checks, beside format "email"', () => {
    const email = (toJSONSchema('staffMember')['properties'] as Record<string, Record<string, unknown>>)['email'];
    expect(email?.['format']).toBe('email');
    const pattern = new RegExp(String(email?.['pattern']), 'u');
    expect(pattern.test('wang.li@ks.gov.cn')).toBe(true);
    expect(pattern.test('wang.li@ks-.gov.cn')).toBe(false);
    expect(pattern.test(`a@${'b'.repeat(64)}.cn`)).toBe(false);
  });
});
