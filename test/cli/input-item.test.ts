import { describe, expect, it } from 'vitest';
import { isJsonObject, tagRecord } from '../../src/cli/input-item.js';

const at = { file: 'a.ndjson', line: 1 };

describe('tagRecord', () => {
  it('takes the kind from $kind and removes the tag, keeping the record’s own "kind"', () => {
    expect(tagRecord({ $kind: 'facility', id: 'f1', kind: 'clinic', name: '医务室' }, at)).toEqual({
      type: 'record',
      kind: 'facility',
      value: { id: 'f1', kind: 'clinic', name: '医务室' },
      location: at,
    });
  });

  it('never reads a record’s own "kind" as its record kind: an access request of kind "plaque" stays unknown', () => {
    expect(tagRecord({ id: 'r1', kind: 'plaque' }, at)).toEqual({ type: 'problem', problem: { code: 'missing_kind', location: at, params: { hint: 'plaque' } } });
    expect(tagRecord({ id: 'r1', kind: 'plaque' }, at, 'accessRequest')).toMatchObject({ type: 'record', kind: 'accessRequest', value: { kind: 'plaque' } });
  });

  it('reads the meta line and reports what is not a record', () => {
    expect(tagRecord({ $kind: 'meta', asOf: '2013-06-30' }, at)).toEqual({ type: 'meta', value: { asOf: '2013-06-30' }, location: at });
    expect(tagRecord([1], at)).toMatchObject({ problem: { code: 'not_an_object', params: { received: 'array' } } });
    expect(tagRecord(null, at)).toMatchObject({ problem: { code: 'not_an_object', params: { received: 'null' } } });
    expect(tagRecord({ $kind: 7 }, at)).toMatchObject({ problem: { code: 'unknown_kind', params: { kind: '7' } } });
    expect(tagRecord({ $kind: 'plaque' }, at, 'grid')).toMatchObject({ problem: { code: 'kind_mismatch', params: { kind: 'plaque', expected: 'grid' } } });
  });

  it('keeps an own "__proto__" key of parsed JSON as a key, for validation to reject', () => {
    const item = tagRecord(JSON.parse('{"$kind":"plaque","id":"p1","__proto__":{"x":1}}'), at);
    expect(item.type === 'record' && Object.prototype.hasOwnProperty.call(item.value, '__proto__')).toBe(true);
    expect(item.type === 'record' && Object.getPrototypeOf(item.value)).toBe(Object.prototype);
  });
});

describe('isJsonObject', () => {
  it('is true of objects only', () => {
    expect([{}, [], null, 'x', 1].map(isJsonObject)).toEqual([true, false, false, false, false]);
  });
});
