import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../src/errors.js';
import { NAMESPACE_DNS, NAMESPACE_URL, isUuid, uuidV5, uuidV5In } from '../../src/interop/uuid.js';

/** A second implementation, on node:crypto, straight from RFC 9562 §5.5. */
function referenceV5(namespace: string, name: string): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replaceAll('-', ''), 'hex')).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
}

describe('uuidV5', () => {
  it('gives RFC 9562’s example: DNS namespace, www.example.com (Appendix A.4)', () => {
    expect(uuidV5(NAMESPACE_DNS, 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  // Computed with Python's uuid.uuid5.
  it.each([
    [NAMESPACE_URL, 'https://example.com/', 'dd2c1780-811a-5296-81c5-178a0ef488bc'],
    [NAMESPACE_DNS, '社区.example', '8bdf8848-c1fd-58dc-ab7b-f5c661f738ae'],
  ])('gives Python’s uuid5 for %s / %s', (namespace, name, expected) => {
    expect(uuidV5(namespace, name)).toBe(expected);
  });

  it('reads the namespace in either case', () => {
    expect(uuidV5(NAMESPACE_DNS.toUpperCase(), 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('agrees with a node:crypto implementation, and sets version 5 and variant 10', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.string({ unit: 'grapheme', maxLength: 80 }), (namespace, name) => {
        const uuid = uuidV5(namespace, name);
        expect(uuid).toBe(referenceV5(namespace, name));
        expect(uuid[14]).toBe('5');
        expect('89ab').toContain(uuid[19]);
      }),
      { numRuns: 300 },
    );
  });

  it('uuidV5In gives the same UUIDs', () => {
    const inUrl = uuidV5In(NAMESPACE_URL);
    expect(inUrl('https://example.com/')).toBe(uuidV5(NAMESPACE_URL, 'https://example.com/'));
  });

  it('throws InvalidOptionError for a namespace that is not a UUID, or a name that is not a string', () => {
    expect(() => uuidV5('not-a-uuid', 'x')).toThrow(InvalidOptionError);
    expect(() => uuidV5(NAMESPACE_DNS, 42 as never)).toThrow(InvalidOptionError);
  });
});

describe('isUuid', () => {
  it('accepts the 8-4-4-4-12 form only', () => {
    expect(isUuid('2ed6657d-e927-568b-95e1-2665a8aea6a2')).toBe(true);
    expect(isUuid('2ED6657D-E927-568B-95E1-2665A8AEA6A2')).toBe(true);
    expect(isUuid('2ed6657de927568b95e12665a8aea6a2')).toBe(false);
    expect(isUuid('{2ed6657d-e927-568b-95e1-2665a8aea6a2}')).toBe(false);
    expect(isUuid(42)).toBe(false);
  });
});
