import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha1, toHex } from '../../src/interop/sha1.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('sha1', () => {
  // FIPS 180-4 / RFC 3174 test vectors.
  it.each([
    ['', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    ['abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '84983e441c3bd26ebaae4aa1f95129e5e54670f1'],
    ['The quick brown fox jumps over the lazy dog', '2fd4e1c67a2d28fced849ee1bb76e7391b93eb12'],
  ])('hashes %j', (text, digest) => {
    expect(toHex(sha1(utf8(text)))).toBe(digest);
  });

  it('hashes a million "a" (FIPS 180-4 long-message vector)', () => {
    expect(toHex(sha1(new Uint8Array(1_000_000).fill(0x61)))).toBe('34aa973cd4c4daa4f61eeb2bdbad27316534016f');
  });

  it.each([55, 56, 57, 63, 64, 65, 119, 120, 128])('agrees with node:crypto at the padding boundary, %i bytes', (length) => {
    const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + 11) & 0xff);
    expect(toHex(sha1(bytes))).toBe(createHash('sha1').update(bytes).digest('hex'));
  });

  it('agrees with node:crypto on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(toHex(sha1(bytes))).toBe(createHash('sha1').update(bytes).digest('hex'));
      }),
      { numRuns: 500 },
    );
  });

  it('does not change its input', () => {
    const bytes = utf8('abc');
    sha1(bytes);
    expect([...bytes]).toEqual([0x61, 0x62, 0x63]);
  });
});

describe('toHex', () => {
  it('writes two lowercase digits per byte', () => {
    expect(toHex(new Uint8Array([0, 171, 255, 16]))).toBe('00abff10');
  });
});
